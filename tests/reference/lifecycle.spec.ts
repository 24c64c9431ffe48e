/**
 * Markov-chain CLV (Pfeifer & Carraway 2000) against values worked out here: the
 * published recency-chain table, a one-state chain's geometric sum, two-state retention chains at
 * r = 0 and 0.99 against the start-of-period retention formula, the fundamental matrix of an
 * absorbing chain at zero discount, and a 600-period cohort projection against x·P^t by hand.
 */
import { describe, expect, it } from 'vitest';
import {
	finiteHorizonValue,
	infiniteHorizonValue,
	projectCohort,
	type LifecycleChain
} from '../../src/lib/model/lifecycle';

const close = (actual: number, expected: number, tolerance = 1e-9) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
		tolerance * Math.max(1, Math.abs(expected))
	);

const state = (id: string, revenue: number, churned = false) => ({
	id,
	name: id,
	revenue,
	cost: 0,
	churned
});

/** Active (margin m, retention r) and lost. */
const retentionChain = (m: number, r: number, d: number): LifecycleChain => ({
	states: [state('active', m), state('lost', 0, true)],
	transitions: [
		[r, 1 - r],
		[0, 1]
	],
	discountRate: d
});

const finiteValues = (chain: LifecycleChain) => {
	const result = infiniteHorizonValue(chain);
	if (result.kind !== 'finite') throw new Error(result.reason);
	return result.values;
};

describe('lifecycle chain values', () => {
	it('reproduces the published recency chain (Pfeifer & Carraway 2000)', () => {
		// buy probabilities 0.30, 0.20, 0.15, 0.05; R = [36, −4, −4, −4, 0]; d = 0.2
		const buy = [0.3, 0.2, 0.15, 0.05];
		const chain: LifecycleChain = {
			states: [
				state('r1', 36),
				state('r2', -4),
				state('r3', -4),
				state('r4', -4),
				state('lost', 0, true)
			],
			transitions: buy
				.map((p, j) => [p, ...[1, 2, 3, 4].map((k) => (k === j + 1 ? 1 - p : 0))])
				.concat([[0, 0, 0, 0, 1]]),
			discountRate: 0.2
		};
		[52.3196, 5.5538, 1.2508, -1.82, 0].forEach((v, s) =>
			expect(finiteValues(chain)[s]).toBeCloseTo(v, 4)
		);
		[42.6667, -0.6667, -2.3333, -2.5, 0].forEach((v, s) =>
			expect(finiteHorizonValue(chain, 1).values[s]).toBeCloseTo(v, 4)
		);
		[50.9904, 4.7472, 0.8618, -1.9119, 0].forEach((v, s) =>
			expect(finiteHorizonValue(chain, 5).values[s]).toBeCloseTo(v, 4)
		);
	});

	it('values a one-state chain as the geometric sum R·Σ(1+d)^−t, over 600 periods', () => {
		const chain: LifecycleChain = {
			states: [state('member', 10)],
			transitions: [[1]],
			discountRate: 0.01
		};
		close(finiteValues(chain)[0]!, (10 * 1.01) / 0.01);
		const sum = (10 * (1 - Math.pow(1 / 1.01, 600))) / (1 - 1 / 1.01);
		close(finiteHorizonValue(chain, 599).values[0]!, sum);
		// at zero discount it has no finite infinite-horizon value; 600 periods earn 6000
		expect(infiniteHorizonValue({ ...chain, discountRate: 0 }).kind).toBe('divergent');
		close(finiteHorizonValue({ ...chain, discountRate: 0 }, 599).values[0]!, 6000);
	});

	it.each([
		[0, 0.12],
		[0.99, 0.12],
		[0.99, 0],
		[0.8, 0.12]
	])('two-state chain at r = %d, d = %d: m(1+d)/(1+d−r)', (r, d) => {
		close(finiteValues(retentionChain(100, r, d))[0]!, (100 * (1 + d)) / (1 + d - r));
		// T periods counted from 0: Σ_{t=0}^{T} 100·(r/(1+d))^t
		let sum = 0;
		for (let t = 0; t <= 600; t++) sum += 100 * Math.pow(r / (1 + d), t);
		close(finiteHorizonValue(retentionChain(100, r, d), 600).values[0]!, sum);
	});

	it('values an absorbing chain at zero discount by its fundamental matrix N = (I − Q)^−1', () => {
		// transient new (reward 50) and regular (reward 80); two absorbing ends, no reward
		const chain: LifecycleChain = {
			states: [state('new', 50), state('regular', 80), state('left', 0, true), state('moved', 0)],
			transitions: [
				[0.2, 0.5, 0.2, 0.1],
				[0, 0.9, 0.05, 0.05],
				[0, 0, 1, 0],
				[0, 0, 0, 1]
			],
			discountRate: 0
		};
		// Q = [[0.2, 0.5], [0, 0.9]]; I − Q = [[0.8, −0.5], [0, 0.1]]; its inverse [[1.25, 6.25], [0, 10]]
		const values = finiteValues(chain);
		close(values[0]!, 1.25 * 50 + 6.25 * 80);
		close(values[1]!, 10 * 80);
		close(values[2]!, 0);
	});

	it('projects 600 periods of a cohort as x·P^t worked out step by step', () => {
		const chain = retentionChain(100, 0.99, 0.005);
		const projection = projectCohort(chain, { cohortSize: 1000, periods: 600, initial: 'active' });
		let discounted = 0;
		for (let t = 0; t < 600; t++) {
			const active = 1000 * Math.pow(0.99, t);
			close(projection.counts[t]![0]!, active);
			close(projection.profit[t]!, 100 * active);
			discounted += (100 * active) / Math.pow(1.005, t);
		}
		close(projection.cumulativeDiscountedProfit[599]!, discounted);
	});
});
