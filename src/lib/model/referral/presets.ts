/**
 * Ready-made scenarios for the referral calculator: plain data with ids only (the UI localizes the
 * names and explains each one). Every number is illustrative — chosen to be plausible and to show a
 * lesson, not taken from a study — and each preset says so with `illustrative: true`.
 */
import type { CustomerBehaviour, ReferralParams, ReferralPeriodUnit } from './params';
import { softwareVendorParams } from './software-params';

export type ReferralPresetId =
	'software-vendor' | 'software-chain' | 'subscription-app' | 'b2b-services' | 'premium-car';

export interface ReferralPreset {
	readonly id: ReferralPresetId;
	/** What one period of `params` is. */
	readonly periodUnit: ReferralPeriodUnit;
	readonly illustrative: true;
	readonly params: ReferralParams;
}

/** A consumer app at 10 a month: modest word of mouth; referred users stay longer and buy more. */
const appUser: CustomerBehaviour = {
	firstPurchase: 10,
	repeatPurchase: 10,
	upsell: 0.5,
	upsellGrowth: 0.02,
	crossSell: 1.5,
	retention: 0.93,
	referralRate: 0.05,
	conversion: 0.3
};

/** A B2B services client: a first project, then a yearly retainer; introductions are rare but big. */
const client: CustomerBehaviour = {
	firstPurchase: 20_000,
	repeatPurchase: 12_000,
	upsell: 2_000,
	upsellGrowth: 0.1,
	crossSell: 4_000,
	retention: 0.85,
	referralRate: 0.4,
	conversion: 0.25
};

/**
 * A premium-car owner (the owners' clubs of “What customer lifetime value means”, the lifetime car
 * spend of Lixiao CRM's guide): the car, then next cars spread over the years plus service
 * (repeat), options (up-sell), finance and insurance (cross-sell); word of mouth converts slowly
 * (lag two years) but each referral is a car sale.
 */
const carOwner: CustomerBehaviour = {
	firstPurchase: 60_000,
	repeatPurchase: 9_000,
	upsell: 1_000,
	upsellGrowth: 0.05,
	crossSell: 2_000,
	retention: 0.9,
	referralRate: 0.3,
	conversion: 0.1
};

const common = { initialCustomers: 1, marketCap: null, generations: 12 } as const;

export const referralPresets: Readonly<Record<ReferralPresetId, ReferralPreset>> = {
	'software-vendor': {
		id: 'software-vendor',
		periodUnit: 'year',
		illustrative: true,
		params: softwareVendorParams
	},
	/**
	 * The referral chain worked out in the article on customer-value multiplication: the software
	 * vendor's customers buy as in the five-year case, and every customer — the first one and
	 * everyone it brings in alike — makes 0.5 recommendations a year, 20% of which convert, and stays
	 * each year with probability 0.75. So K = 0.5 × 0.2 / (1 − 0.75) = 0.4 for all, the chain dies
	 * out, and one customer leads to 1 / (1 − 0.4) ≈ 1.67 in all. No market cap.
	 */
	'software-chain': {
		id: 'software-chain',
		periodUnit: 'year',
		illustrative: true,
		params: {
			...softwareVendorParams,
			marketCap: null,
			referred: null,
			first: { ...softwareVendorParams.first, referralRate: 0.5, conversion: 0.2, retention: 0.75 }
		}
	},
	'subscription-app': {
		id: 'subscription-app',
		periodUnit: 'month',
		illustrative: true,
		params: {
			...common,
			horizon: 60,
			lag: 1,
			grossMargin: 0.7,
			discountRate: 0.008,
			acquisitionCost: 40,
			referralReward: 5,
			first: appUser,
			referred: { ...appUser, retention: 0.95, crossSell: 2 }
		}
	},
	'b2b-services': {
		id: 'b2b-services',
		periodUnit: 'year',
		illustrative: true,
		params: {
			...common,
			horizon: 10,
			lag: 1,
			grossMargin: 0.4,
			discountRate: 0.1,
			acquisitionCost: 8_000,
			referralReward: 1_000,
			first: client,
			referred: { ...client, retention: 0.88, repeatPurchase: 14_000 }
		}
	},
	'premium-car': {
		id: 'premium-car',
		periodUnit: 'year',
		illustrative: true,
		params: {
			...common,
			horizon: 20,
			lag: 2,
			grossMargin: 0.15,
			discountRate: 0.08,
			acquisitionCost: 3_000,
			referralReward: 500,
			first: carOwner,
			referred: { ...carOwner, retention: 0.92 }
		}
	}
};

export const referralPresetIds = Object.keys(referralPresets) as ReferralPresetId[];
