import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finiteHorizonValue } from './clv';
import { matrixPower, rowTimesMatrix } from './matrix';
import { projectCohort } from './projection';
import { deepFreeze } from '../testing';
import { chainArbitrary, expectStepsMatch, recencyChain } from './test-fixtures';

describe('projectCohort', () => {
	it('follows 1000 customers who just bought through Pfeifer & Carraway’s chain', () => {
		const projection = projectCohort(recencyChain(), {
			cohortSize: 1000,
			periods: 2,
			initial: 'recency-1'
		});
		expect(projection.counts[0]).toEqual([1000, 0, 0, 0, 0]);
		projection.counts[1]!.forEach((n, i) => expect(n).toBeCloseTo([300, 700, 0, 0, 0][i]!, 9));
		expect(projection.revenue[0]).toBe(40_000);
		expect(projection.cost[0]).toBe(4000);
		expect(projection.profit[0]).toBe(36_000);
		expect(projection.profit[1]).toBeCloseTo(300 * 36 - 700 * 4, 9);
		expect(projection.discountFactor).toEqual([1, 1 / 1.2]);
		// 1000 × V_1(state 1) = 1000 × 42.6667 (Pfeifer & Carraway 2000)
		expect(projection.totals.discountedProfit).toBeCloseTo(42_666.6667, 4);
	});

	it('equals N · x · V_T with T = periods − 1 (Pfeifer & Carraway 2000, T = 5)', () => {
		const initial = [0.4, 0.3, 0.2, 0.1, 0];
		const projection = projectCohort(recencyChain(), { cohortSize: 500, periods: 6, initial });
		const values = finiteHorizonValue(recencyChain(), 5).values;
		const expected = 500 * initial.reduce((acc, x, i) => acc + x * values[i]!, 0);
		expect(
			Math.abs(projection.totals.discountedProfit - expected) / Math.abs(expected)
		).toBeLessThan(1e-12);
	});

	it('keeps running totals and shows its working', () => {
		const projection = projectCohort(recencyChain(), {
			cohortSize: 100,
			periods: 12,
			initial: 'recency-2'
		});
		const last = projection.periods - 1;
		expect(projection.cumulativeProfit[last]).toBeCloseTo(projection.totals.profit, 9);
		expect(projection.cumulativeDiscountedProfit[last]).toBe(projection.totals.discountedProfit);
		projection.profit.forEach((p, t) =>
			expect(p).toBeCloseTo(projection.revenue[t]! - projection.cost[t]!, 9)
		);
		expect(projection.steps.map((s) => s.id)).toEqual([
			'lifecycle.periodProfit',
			'lifecycle.cohortValue'
		]);
		expectStepsMatch(projection.steps);
	});

	it('property: counts in every period sum to the cohort size and equal N · x · P^t', () => {
		fc.assert(
			fc.property(
				chainArbitrary(),
				fc.integer({ min: 1, max: 1_000_000 }),
				fc.integer({ min: 1, max: 60 }),
				(chain, cohortSize, periods) => {
					const initial = chain.states[0]!.id;
					const projection = projectCohort(deepFreeze(chain), { cohortSize, periods, initial });
					expect(projection.counts).toHaveLength(periods);
					projection.counts.forEach((row) => {
						expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(cohortSize, 6);
					});
					const t = periods - 1;
					const start = chain.states.map((_, i) => (i === 0 ? cohortSize : 0));
					const direct = rowTimesMatrix(start, matrixPower(chain.transitions, t));
					direct.forEach((n, s) => expect(projection.counts[t]![s]).toBeCloseTo(n, 5));
				}
			),
			{ numRuns: 60 }
		);
	});

	it('property: steps evaluate to their values', () => {
		fc.assert(
			fc.property(chainArbitrary(), fc.integer({ min: 1, max: 120 }), (chain, periods) => {
				const projection = projectCohort(chain, {
					cohortSize: 1000,
					periods,
					initial: chain.states[0]!.id
				});
				expectStepsMatch(projection.steps);
			}),
			{ numRuns: 40 }
		);
	});
});
