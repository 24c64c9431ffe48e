/**
 * Small, hand-checkable parameter sets shared by the referral model's tests. Not used by the site.
 */
import type { CustomerBehaviour, ReferralParams } from './params';

/** A customer who spends 100 at joining, then 50 + 20·1.1^(a−1) + 30, stays 80%, refers 0.5 × 30%. */
export function testBehaviour(overrides: Partial<CustomerBehaviour> = {}): CustomerBehaviour {
	return {
		firstPurchase: 100,
		repeatPurchase: 50,
		upsell: 20,
		upsellGrowth: 0.1,
		crossSell: 30,
		retention: 0.8,
		referralRate: 0.5,
		conversion: 0.3,
		...overrides
	};
}

/** One first customer, 24 periods, lag 2, margin 60%, 1% per period, no cap, K = 0.75. */
export function testParams(overrides: Partial<ReferralParams> = {}): ReferralParams {
	return {
		initialCustomers: 1,
		horizon: 24,
		lag: 2,
		grossMargin: 0.6,
		discountRate: 0.01,
		acquisitionCost: 150,
		referralReward: 20,
		marketCap: null,
		generations: 12,
		first: testBehaviour(),
		referred: null,
		...overrides
	};
}
