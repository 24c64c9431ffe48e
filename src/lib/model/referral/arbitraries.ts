/**
 * fast-check generators of valid referral-model inputs, shared by the property tests. Not used by
 * the site.
 */
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import type { CustomerBehaviour, ReferralParams } from './params';

const amount = (max: number) => fc.double({ min: 0, max, noNaN: true });

export const behaviourArbitrary: fc.Arbitrary<CustomerBehaviour> = fc.record({
	firstPurchase: amount(1000),
	repeatPurchase: amount(500),
	upsell: amount(200),
	upsellGrowth: doubleIn(-0.2, 0.3),
	crossSell: amount(200),
	retention: doubleIn(0, 0.99),
	referralRate: doubleIn(0, 2),
	conversion: doubleIn(0, 1)
});

/** Valid parameters of up to 60 periods, with or without a cap and own referred behaviour. */
export const paramsArbitrary: fc.Arbitrary<ReferralParams> = fc
	.record({
		initialCustomers: fc.integer({ min: 1, max: 5 }),
		horizon: fc.integer({ min: 1, max: 60 }),
		lag: fc.integer({ min: 1, max: 6 }),
		grossMargin: doubleIn(0, 1),
		discountRate: doubleIn(0, 0.2),
		acquisitionCost: amount(1000),
		referralReward: amount(200),
		capFactor: fc.option(doubleIn(1, 50), { nil: null }),
		generations: fc.integer({ min: 2, max: 12 }),
		first: behaviourArbitrary,
		referred: fc.option(behaviourArbitrary, { nil: null })
	})
	.map(({ capFactor, ...params }) => ({
		...params,
		marketCap: capFactor === null ? null : params.initialCustomers * capFactor
	}));

/**
 * Uncapped parameters in which every referred customer is worth at least its reward (m·F ≥ R), so
 * more referrals can only add value.
 */
export const worthwhileParamsArbitrary: fc.Arbitrary<ReferralParams> = paramsArbitrary.map((p) => {
	const referred = p.referred ?? p.first;
	const reward = Math.min(p.referralReward, p.grossMargin * referred.firstPurchase);
	return { ...p, marketCap: null, referralReward: reward };
});
