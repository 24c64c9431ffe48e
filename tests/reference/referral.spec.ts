/**
 * Referral multiplication (Kumar, Petersen & Leone 2007) against the branching-process means worked out here
 * period by period, the 1/(1 − K) head count, Kumar's referral value, and zero discount, with
 * retention 0 and 0.99 and a 600-period horizon.
 */
import { describe, expect, it } from 'vitest';
import {
	customerReferralValue,
	projectReferral,
	type CustomerBehaviour,
	type ReferralParams
} from '../../src/lib/model/referral';

const close = (actual: number, expected: number, tolerance = 1e-9) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
		tolerance * Math.max(1, Math.abs(expected))
	);

/** A customer who buys F when joining and P in each later period, and refers ρ with conversion c. */
const behaviour = (
	retention: number,
	referralRate: number,
	conversion: number
): CustomerBehaviour => ({
	firstPurchase: 100,
	repeatPurchase: 40,
	upsell: 0,
	upsellGrowth: 0,
	crossSell: 0,
	retention,
	referralRate,
	conversion
});

const params = (
	first: CustomerBehaviour,
	overrides: Partial<ReferralParams> = {}
): ReferralParams => ({
	initialCustomers: 10,
	horizon: 600,
	lag: 1,
	grossMargin: 0.5,
	discountRate: 0,
	acquisitionCost: 30,
	referralReward: 5,
	marketCap: null,
	generations: 12,
	first,
	referred: null,
	...overrides
});

/**
 * Expected customers by the branching-process recursion: joiners n_t = ρc·a_(t−L) (n_0 = N₀), active
 * a_t = r·a_(t−1) + n_t; profit_t = m(F·n_t + P·(a_t − n_t)) − cost, discounted by (1 + d)^t.
 */
function byRecursion(p: ReferralParams) {
	const { retention: r, referralRate, conversion, firstPurchase, repeatPurchase } = p.first;
	const active: number[] = [];
	let acquired = 0;
	let value = 0;
	for (let t = 0; t < p.horizon; t++) {
		const joined =
			t === 0
				? p.initialCustomers
				: t >= p.lag
					? referralRate * conversion * active[t - p.lag]!
					: 0;
		active.push((t === 0 ? 0 : r * active[t - 1]!) + joined);
		acquired += joined;
		const revenue = firstPurchase * joined + repeatPurchase * (active[t]! - joined);
		const cost = t === 0 ? p.initialCustomers * p.acquisitionCost : joined * p.referralReward;
		value += (p.grossMargin * revenue - cost) / Math.pow(1 + p.discountRate, t);
	}
	return { active, acquired, value };
}

describe('referral projection against the branching recursion', () => {
	it.each([
		['retention 0: customers refer once, K = ρc', behaviour(0, 0.8, 0.5)],
		['retention 0.99: K = ρc/(1 − r) = 0.5', behaviour(0.99, 0.01, 0.5)],
		['K = 0.75 over 600 periods', behaviour(0.8, 0.3, 0.5)],
		['nobody refers', behaviour(0.99, 0, 0.5)]
	])('%s', (_, first) => {
		for (const overrides of [{}, { discountRate: 0.01, lag: 3 }]) {
			const p = params(first, overrides);
			const projection = projectReferral(p);
			const expected = byRecursion(p);
			close(projection.totals.customersAcquired, expected.acquired);
			close(projection.series.activeCustomers[599]!, expected.active[599]!, 1e-8);
			close(projection.totals.totalValue, expected.value);
		}
	});

	it('converges to N₀/(1 − K) customers (the geometric series of generations)', () => {
		for (const [first, K] of [
			[behaviour(0, 0.8, 0.5), 0.4],
			[behaviour(0.9, 0.05, 1), 0.5],
			[behaviour(0.8, 0.3, 0.5), 0.75]
		] as const) {
			const acquired = projectReferral(params(first)).totals.customersAcquired;
			// 600 periods leave less than 1e-3 of the series outstanding in all three cases
			close(acquired, 10 / (1 - K), 1e-3);
		}
	});

	it('counts no discounting at d = 0: total value is the plain sum of profits', () => {
		const p = params(behaviour(0.9, 0, 0.5), { horizon: 3, initialCustomers: 1 });
		// margin 0.5: period 0 buys 100, then 40 × 0.9 and 40 × 0.81; acquisition 30
		close(projectReferral(p).totals.totalValue, 0.5 * (100 + 36 + 32.4) - 30);
	});

	it('reproduces Kumar’s referral value check at 10% (Kumar, Petersen & Leone 2007)', () => {
		const value = customerReferralValue(
			[
				{ period: 1, wouldJoinAnyway: false, margin: 120, incentive: 20, acquisitionSaving: 50 },
				{ period: 2, wouldJoinAnyway: false, margin: 80, incentive: 20, acquisitionSaving: 50 },
				{ period: 1, wouldJoinAnyway: true, margin: 0, incentive: 0, acquisitionSaving: 50 }
			],
			0.1
		).value;
		close(value, 150 / 1.1 + 110 / 1.21 + 50 / 1.1);
		expect(value).toBeCloseTo(272.7273, 4);
	});
});
