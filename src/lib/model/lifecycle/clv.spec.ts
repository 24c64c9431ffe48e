import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { describe, expect, it } from 'vitest';
import { finiteHorizonValue, infiniteHorizonValue } from './clv';
import { chainFromPreset, lifecyclePreset } from './presets';
import { deepFreeze } from '../testing';
import { chainArbitrary, expectStepsMatch, recencyChain, twoStateChain } from './test-fixtures';

/** Values printed to 4 decimals: within half a unit of the last printed digit. */
const expectPrinted = (actual: readonly number[], printed: readonly number[]) => {
	expect(actual).toHaveLength(printed.length);
	printed.forEach((x, i) => expect(Math.abs(actual[i]! - x)).toBeLessThanOrEqual(5e-5));
};

describe('infiniteHorizonValue', () => {
	it('reproduces Pfeifer & Carraway’s V (2000)', () => {
		// Pfeifer & Carraway (2000) recency example: V = (I − P/1.2)^−1 R
		const result = infiniteHorizonValue(recencyChain());
		expect(result.kind).toBe('finite');
		if (result.kind !== 'finite') return;
		expectPrinted(result.values, [52.3196, 5.5538, 1.2508, -1.82, 0]);
		expect(result.byState.map((s) => s.id)).toEqual([
			'recency-1',
			'recency-2',
			'recency-3',
			'recency-4',
			'lost'
		]);
	});

	it('gives V(active) = 350 for the two-state chain at d = 0.12 (start-of-period retention CLV), to 1e-9 relative', () => {
		const result = infiniteHorizonValue(twoStateChain());
		if (result.kind !== 'finite') throw new Error('expected a finite value');
		expect(Math.abs(result.values[0]! - 350) / 350).toBeLessThan(1e-9);
		expect(result.values[1]).toBe(0);
		const closedForm = result.byState[0]!.steps.find(
			(s) => s.id === 'lifecycle.retentionClosedForm'
		);
		expect(closedForm?.value).toBe(result.values[0]);
	});

	it('shows each state’s Bellman equation with the solved values, and the steps evaluate to their values', () => {
		const result = infiniteHorizonValue(recencyChain());
		if (result.kind !== 'finite') throw new Error('expected a finite value');
		expect(result.steps.map((s) => s.id)).toEqual(['lifecycle.discountFactor']);
		for (const state of result.byState) {
			expect(state.steps.map((s) => s.id).slice(0, 2)).toEqual([
				'lifecycle.reward',
				'lifecycle.bellman'
			]);
			expect(state.steps[1]!.value).toBe(state.value);
			expectStepsMatch(state.steps);
		}
		expectStepsMatch(result.steps);
	});

	it('is finite at d = 0 when only transient states earn (Pfeifer & Carraway at d = 0)', () => {
		const result = infiniteHorizonValue({ ...recencyChain(), discountRate: 0 });
		expect(result.kind).toBe('finite');
	});

	it('reports an absorbing state that earns forever with zero discount as divergent, never Infinity', () => {
		const chain = {
			...twoStateChain(100, 0.8, 0),
			states: [
				{ id: 'new', name: 'New', revenue: 100, cost: 0 },
				{ id: 'stable', name: 'Stable', revenue: 50, cost: 10 }
			]
		};
		const result = infiniteHorizonValue(chain);
		expect(result).toEqual({
			kind: 'divergent',
			reason: 'absorbing-state-earns-forever',
			state: 'stable',
			states: ['stable'],
			from: ['new', 'stable'],
			rewardPerPeriod: 40
		});
		// the same chain with any positive discount is finite: V(stable) = 40 · 1.05 / 0.05 = 840
		const discounted = infiniteHorizonValue({ ...chain, discountRate: 0.05 });
		if (discounted.kind !== 'finite') throw new Error('expected a finite value');
		expect(discounted.values[1]).toBeCloseTo(840, 9);
	});

	it('reports the telecom preset at d = 0 as divergent (win-back keeps everyone earning)', () => {
		const chain = { ...chainFromPreset(lifecyclePreset('telecom')), discountRate: 0 };
		expect(infiniteHorizonValue(chain)).toMatchObject({
			kind: 'divergent',
			reason: 'recurrent-class-earns-forever'
		});
	});

	it('property: a higher discount rate gives a lower value when every reward is ≥ 0', () => {
		fc.assert(
			fc.property(
				chainArbitrary({ nonNegativeRewards: true }),
				doubleIn(0.01, 1),
				doubleIn(0.001, 1),
				(chain, low, extra) => {
					const lower = infiniteHorizonValue({ ...chain, discountRate: low });
					const higher = infiniteHorizonValue({ ...chain, discountRate: low + extra });
					if (lower.kind !== 'finite' || higher.kind !== 'finite')
						throw new Error('d > 0 is finite');
					higher.values.forEach((x, i) => {
						// a state worth exactly 0 may come out as −1e-16 from the linear solve
						expect(x).toBeGreaterThanOrEqual(-1e-9);
						expect(x).toBeLessThanOrEqual(lower.values[i]! * (1 + 1e-12) + 1e-9);
					});
				}
			)
		);
	});

	it('property: V solves the Bellman equation (every step evaluates to its value)', () => {
		fc.assert(
			fc.property(chainArbitrary(), (chain) => {
				const result = infiniteHorizonValue(chain);
				if (result.kind !== 'finite') throw new Error('d > 0 is finite');
				result.byState.forEach((s) => expectStepsMatch(s.steps));
			})
		);
	});

	it('property: never mutates its input', () => {
		fc.assert(
			fc.property(chainArbitrary({ minDiscount: 0, maxDiscount: 0.5 }), (chain) => {
				const copy = structuredClone(chain);
				infiniteHorizonValue(deepFreeze(chain));
				finiteHorizonValue(chain, 5);
				expect(chain).toEqual(copy);
			})
		);
	});
});

describe('finiteHorizonValue', () => {
	it('reproduces V_1 and V_5 of Pfeifer & Carraway (2000)', () => {
		expectPrinted(
			finiteHorizonValue(recencyChain(), 1).values,
			[42.6667, -0.6667, -2.3333, -2.5, 0]
		);
		expectPrinted(
			finiteHorizonValue(recencyChain(), 5).values,
			[50.9904, 4.7472, 0.8618, -1.9119, 0]
		);
	});

	it('V_0 = R (one period, nothing discounted)', () => {
		const result = finiteHorizonValue(recencyChain(), 0);
		expect(result.values).toEqual([36, -4, -4, -4, 0]);
		result.byState.forEach((s) => expectStepsMatch(s.steps));
	});

	it('matches the truncated retention sum, by hand: Σ_{t=0..4} 100 (0.8/1.12)^t = 284.9229', () => {
		const result = finiteHorizonValue(twoStateChain(), 4);
		expect(Math.abs(result.values[0]! - 284.9229)).toBeLessThanOrEqual(5e-5);
	});

	it('shows the finite-horizon Bellman step with V_{T−1} substituted', () => {
		const result = finiteHorizonValue(recencyChain(), 5);
		const step = result.byState[0]!.steps[1]!;
		expect(step.id).toBe('lifecycle.bellmanFinite');
		expect(JSON.stringify(step.formula)).toContain('"V_4,2"');
		result.byState.forEach((s) => expectStepsMatch(s.steps));
		expectStepsMatch(result.steps);
	});

	it('rejects a horizon that is not a whole number in 0 … 1200', () => {
		expect(() => finiteHorizonValue(recencyChain(), -1)).toThrow(
			expect.objectContaining({ field: 'horizon' })
		);
		expect(() => finiteHorizonValue(recencyChain(), 2.5)).toThrow(
			expect.objectContaining({ field: 'horizon' })
		);
		expect(() => finiteHorizonValue(recencyChain(), 1201)).toThrow(
			expect.objectContaining({ field: 'horizon' })
		);
	});

	it('property: V_T converges to V, within the bound β^(T+1) · max|R| / (1 − β)', () => {
		fc.assert(
			fc.property(
				chainArbitrary({ minDiscount: 0.05 }),
				fc.integer({ min: 0, max: 60 }),
				(chain, horizon) => {
					const infinite = infiniteHorizonValue(chain);
					if (infinite.kind !== 'finite') throw new Error('d > 0 is finite');
					const beta = 1 / (1 + chain.discountRate);
					const maxReward = Math.max(...chain.states.map((s) => Math.abs(s.revenue - s.cost)));
					const bound = (Math.pow(beta, horizon + 1) * maxReward) / (1 - beta);
					const finite = finiteHorizonValue(chain, horizon).values;
					finite.forEach((x, i) =>
						expect(Math.abs(x - infinite.values[i]!)).toBeLessThanOrEqual(bound * (1 + 1e-9) + 1e-9)
					);
					const far = finiteHorizonValue(chain, 1200).values;
					far.forEach((x, i) => expect(x).toBeCloseTo(infinite.values[i]!, 6));
				}
			),
			{ numRuns: 50 }
		);
	});
});
