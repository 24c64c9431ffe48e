/** The five-year software-vendor case (`software-case.ts`) as parameters of the general model. */
import type { ReferralParams } from './params';

/**
 * The case as parameters of the general model, fitted by eye (illustrative, approximate): yearly
 * periods, first purchase 500; up-sell 150 growing 60% a year (150, 240, 384, 614 vs the case's
 * 150, 0, 300, 900); cross-sell 225 a year (case: 900 over years 2–5); four recommendations a year
 * converting 25% (one referral a year, as in years 2–4); retention 0.95. The case's referred
 * customers spend like the firm and refer nobody in five years; we let them refer a little
 * (K_r = 0.15 × 0.25 / 0.05 = 0.75) so the preset shows a second generation, in a market of 200
 * freelance designers.
 */
export const softwareVendorParams: ReferralParams = {
	initialCustomers: 1,
	horizon: 5,
	lag: 1,
	grossMargin: 0.8,
	discountRate: 0,
	acquisitionCost: 700,
	referralReward: 50,
	marketCap: 200,
	generations: 12,
	first: {
		firstPurchase: 500,
		repeatPurchase: 0,
		upsell: 150,
		upsellGrowth: 0.6,
		crossSell: 225,
		retention: 0.95,
		referralRate: 4,
		conversion: 0.25
	},
	referred: {
		firstPurchase: 500,
		repeatPurchase: 0,
		upsell: 150,
		upsellGrowth: 0.6,
		crossSell: 250,
		retention: 0.95,
		referralRate: 0.15,
		conversion: 0.25
	}
};
