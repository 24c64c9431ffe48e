/**
 * The five-year case of “The law of customer value multiplication” (Chinese document, 2025): a
 * software vendor wins a graphic-design firm, which then buys more, buys other products and
 * recommends the vendor to freelance designers who do the same.
 *
 * ILLUSTRATIVE NUMBERS. The article gives no amounts; every price and cost below is a round,
 * USD-like figure of our own, chosen so the story holds as the article tells it (year 1 is a
 * loss because acquisition costs more than the first sale; referral sales end up above the firm's
 * own). Who bought what, and when, follows the article year by year. Ids only; the UI localizes
 * them.
 */

/** What a purchase is for the buyer: its first product, an upgrade, or another product line. */
export type PurchaseKind = 'first' | 'upsell' | 'crossSell';

export interface CaseProduct {
	readonly id: string;
	/** Price in money (illustrative). */
	readonly price: number;
}

export interface CaseCustomer {
	readonly id: string;
	/** Id of the customer who recommended this one; `null` for a customer the vendor won itself. */
	readonly referredBy: string | null;
}

export interface CasePurchase {
	/** Year of the case, 1-based. */
	readonly year: number;
	readonly buyer: string;
	readonly product: string;
	readonly kind: PurchaseKind;
}

export interface ReferralCase {
	readonly id: string;
	/** True: the amounts are ours, not the article's. */
	readonly illustrative: boolean;
	readonly years: number;
	/** m: share of revenue kept after the cost of goods and of serving. */
	readonly grossMargin: number;
	/** d: discount rate per year (0: the article tells the case in undiscounted money). */
	readonly discountRate: number;
	/** A: what winning a customer with the vendor's own marketing costs. */
	readonly acquisitionCost: number;
	/** R: reward (thank-you discount, gift) for each recommendation that leads to a sale. */
	readonly referralReward: number;
	readonly products: readonly CaseProduct[];
	readonly customers: readonly CaseCustomer[];
	readonly purchases: readonly CasePurchase[];
}

const buy = (year: number, buyer: string, product: string, kind: PurchaseKind): CasePurchase => ({
	year,
	buyer,
	product,
	kind
});

/**
 * The five-year software-vendor case. Year 1: the design firm buys the design software (price 500
 * < acquisition cost 700: a loss). Year 2: an upgrade and the drawing software; referral #1 buys the
 * design software. Year 3: image software and a clip-art library; referral #1 buys drawing software
 * and an upgrade; referral #2 buys the design software. Year 4: the firm buys new upgrades;
 * referral #1 image software and the library; referral #2 drawing software and an upgrade; referrals
 * #3 and #4 the design software. Year 5: the firm buys the all-in-one suite and a new library;
 * referral #1 further upgrades; referral #2 image software and the library; #3 and #4 drawing
 * software and an upgrade. The article does not say who recommended #2–#4; we credit the firm.
 */
export const softwareVendorCase: ReferralCase = {
	id: 'software-vendor',
	illustrative: true,
	years: 5,
	grossMargin: 0.8,
	discountRate: 0,
	acquisitionCost: 700,
	referralReward: 50,
	products: [
		{ id: 'designSoftware', price: 500 },
		{ id: 'designUpgrade', price: 150 },
		{ id: 'drawingSoftware', price: 300 },
		{ id: 'drawingUpgrade', price: 150 },
		{ id: 'imageSoftware', price: 400 },
		{ id: 'clipArtLibrary', price: 100 },
		{ id: 'allInOneSuite', price: 900 },
		{ id: 'newClipArtLibrary', price: 100 }
	],
	customers: [
		{ id: 'designFirm', referredBy: null },
		{ id: 'referral1', referredBy: 'designFirm' },
		{ id: 'referral2', referredBy: 'designFirm' },
		{ id: 'referral3', referredBy: 'designFirm' },
		{ id: 'referral4', referredBy: 'designFirm' }
	],
	purchases: [
		buy(1, 'designFirm', 'designSoftware', 'first'),
		buy(2, 'designFirm', 'designUpgrade', 'upsell'),
		buy(2, 'designFirm', 'drawingSoftware', 'crossSell'),
		buy(2, 'referral1', 'designSoftware', 'first'),
		buy(3, 'designFirm', 'imageSoftware', 'crossSell'),
		buy(3, 'designFirm', 'clipArtLibrary', 'crossSell'),
		buy(3, 'referral1', 'drawingSoftware', 'crossSell'),
		buy(3, 'referral1', 'designUpgrade', 'upsell'),
		buy(3, 'referral2', 'designSoftware', 'first'),
		buy(4, 'designFirm', 'designUpgrade', 'upsell'),
		buy(4, 'designFirm', 'drawingUpgrade', 'upsell'),
		buy(4, 'referral1', 'imageSoftware', 'crossSell'),
		buy(4, 'referral1', 'clipArtLibrary', 'crossSell'),
		buy(4, 'referral2', 'drawingSoftware', 'crossSell'),
		buy(4, 'referral2', 'designUpgrade', 'upsell'),
		buy(4, 'referral3', 'designSoftware', 'first'),
		buy(4, 'referral4', 'designSoftware', 'first'),
		buy(5, 'designFirm', 'allInOneSuite', 'upsell'),
		buy(5, 'designFirm', 'newClipArtLibrary', 'crossSell'),
		buy(5, 'referral1', 'designUpgrade', 'upsell'),
		buy(5, 'referral1', 'drawingUpgrade', 'upsell'),
		buy(5, 'referral2', 'imageSoftware', 'crossSell'),
		buy(5, 'referral2', 'clipArtLibrary', 'crossSell'),
		buy(5, 'referral3', 'drawingSoftware', 'crossSell'),
		buy(5, 'referral3', 'designUpgrade', 'upsell'),
		buy(5, 'referral4', 'drawingSoftware', 'crossSell'),
		buy(5, 'referral4', 'designUpgrade', 'upsell')
	]
};

// The case's parameters live apart, so that the presets do not pull the case's data into a page.
export { softwareVendorParams } from './software-params';
