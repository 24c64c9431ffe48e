import { describe, expect, it } from 'vitest';
import { finiteHorizonValue } from './clv';
import { createCohortSimulation, simulateCohort } from './montecarlo';
import { chainFromPreset, lifecyclePreset } from './presets';
import { projectCohort } from './projection';
import { deepFreeze } from '../testing';
import { recencyChain, recencyInput } from './test-fixtures';

describe('simulateCohort', () => {
	it('agrees with Pfeifer & Carraway’s closed form within 3 standard errors', () => {
		// 20 000 customers who just bought, 30 periods: mean ≈ V_29(state 1) → V = 52.3196
		const result = simulateCohort(recencyInput());
		const expected = finiteHorizonValue(recencyChain(), 29).values[0]!;
		expect(expected).toBeCloseTo(52.3196, 3);
		const { mean, standardError, customers } = result.customerValue;
		expect(customers).toBe(20_000);
		expect(standardError).toBeGreaterThan(0);
		expect(Math.abs(mean - expected)).toBeLessThan(3 * standardError);
		expect(result.cohortValue.mean).toBeCloseTo(mean * 2000, 6);
	});

	it('agrees with the projection for a mixed start (relationship preset) within 3 standard errors', () => {
		const preset = lifecyclePreset('relationship');
		const chain = chainFromPreset(preset);
		const cohort = { cohortSize: 5000, periods: 40, initial: [0.5, 0.3, 0.2, 0, 0] };
		const result = simulateCohort({ chain, cohort, runs: 4, seed: 99 });
		const projection = projectCohort(chain, cohort);
		const expected = projection.totals.discountedProfit / cohort.cohortSize;
		const { mean, standardError } = result.customerValue;
		expect(Math.abs(mean - expected)).toBeLessThan(3 * standardError);
		// mean customers per state per period are binomial: also within 3 standard errors
		for (const t of [1, 5, 20, 39]) {
			projection.counts[t]!.forEach((expectedCount, s) => {
				const p = expectedCount / cohort.cohortSize;
				const se = Math.sqrt((cohort.cohortSize * p * (1 - p)) / result.runs);
				expect(Math.abs(result.counts.mean[t]![s]! - expectedCount)).toBeLessThanOrEqual(
					3 * se + 1e-9
				);
			});
		}
	});

	it('gives ordered percentile bands whose spread shrinks for the cumulative value of bigger cohorts', () => {
		const result = simulateCohort(recencyInput());
		for (const bands of [result.profit, result.cumulativeValue]) {
			expect(bands.p10).toHaveLength(30);
			bands.p10.forEach((x, t) => {
				expect(x).toBeLessThanOrEqual(bands.p50[t]!);
				expect(bands.p50[t]).toBeLessThanOrEqual(bands.p90[t]!);
			});
		}
		result.counts.mean.forEach((row) =>
			expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(2000, 9)
		);
		result.counts.p10.forEach((row, t) =>
			row.forEach((x, s) => expect(x).toBeLessThanOrEqual(result.counts.p90[t]![s]!))
		);
		// period 0: everyone in state 1, profit exactly 2000 × 36 in every run
		expect(result.profit.p10[0]).toBe(72_000);
		expect(result.profit.p90[0]).toBe(72_000);
		const { p10, p50, p90 } = result.customerValue;
		expect(p10).toBeLessThanOrEqual(p50);
		expect(p50).toBeLessThanOrEqual(p90);
	});

	it('is deterministic for a seed, independent of the chunk size, and changes with the seed', () => {
		const input = deepFreeze(
			recencyInput({ runs: 3, cohort: { cohortSize: 500, periods: 12, initial: 'recency-1' } })
		);
		const once = simulateCohort(input);
		expect(simulateCohort(input)).toEqual(once);
		const chunked = createCohortSimulation(input);
		while (!chunked.runChunk(77));
		expect(chunked.result()).toEqual(once);
		expect(simulateCohort({ ...input, seed: 2 }).customerValue.mean).not.toBe(
			once.customerValue.mean
		);
	});

	it('does not mutate its input', () => {
		const input = recencyInput({
			runs: 2,
			cohort: { cohortSize: 100, periods: 5, initial: [0.5, 0.5, 0, 0, 0] }
		});
		const copy = structuredClone(input);
		simulateCohort(deepFreeze(input));
		expect(input).toEqual(copy);
	});

	it('validates runs, seed and the memory limits', () => {
		expect(() => simulateCohort(recencyInput({ runs: 0 }))).toThrow(
			expect.objectContaining({ field: 'runs' })
		);
		expect(() => simulateCohort(recencyInput({ seed: -1 }))).toThrow(
			expect.objectContaining({ field: 'seed' })
		);
		expect(() => simulateCohort(recencyInput({ seed: 1.5 }))).toThrow(
			expect.objectContaining({ field: 'seed' })
		);
		// 1000 runs × 2000 customers is more than a million customers
		expect(() => simulateCohort(recencyInput({ runs: 1000 }))).toThrow(
			expect.objectContaining({ field: 'runs', rule: 'max', max: 500 })
		);
		expect(() =>
			simulateCohort(
				recencyInput({ cohort: { cohortSize: 2_000_000, periods: 2, initial: 'lost' }, runs: 1 })
			)
		).toThrow(expect.objectContaining({ field: 'cohortSize' }));
	});

	it('refuses to summarise before every customer is simulated', () => {
		const simulation = createCohortSimulation(recencyInput());
		expect(simulation.runChunk(10)).toBe(false);
		expect(simulation.simulatedCustomers()).toBe(10);
		expect(() => simulation.result()).toThrow(/not finished/);
	});
});
