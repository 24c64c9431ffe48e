import { describe, expect, it } from 'vitest';
import { simulateCohort } from '$lib/model/lifecycle';
import { computeLifecycle } from './compute';
import { presetInputs } from './presets';
import { agreement, scaleBands, simulationPlan } from './simulation';

describe('simulation plan', () => {
	it('simulates about 100,000 customers in at least 20 cohorts', () => {
		expect(simulationPlan(1000, 120, 4)).toEqual({
			cohortSize: 1000,
			runs: 100,
			scale: 1,
			customers: 100_000
		});
		expect(simulationPlan(20_000, 120, 4)).toMatchObject({
			cohortSize: 10_000,
			runs: 20,
			scale: 2
		});
		expect(simulationPlan(1, 240, 12).runs).toBe(1000);
		const big = simulationPlan(1e7, 240, 12);
		expect(big.runs).toBeGreaterThanOrEqual(20);
		expect(big.customers).toBeLessThanOrEqual(1_000_000);
	});

	it('scales bands: centre in proportion, spread by the square root', () => {
		const bands = { p10: [8], p50: [10], p90: [12], mean: [10] };
		expect(scaleBands(bands, 4)).toEqual({ p10: [36], p50: [40], p90: [44], mean: [40] });
		expect(scaleBands(bands, 1)).toBe(bands);
	});

	it('agrees with the closed form within three standard errors (Pfeifer & Carraway 2000)', () => {
		const inputs = { ...presetInputs('retail-recency', 'en', (s) => s), cohortSize: 500 };
		const view = computeLifecycle(inputs);
		const plan = simulationPlan(inputs.cohortSize, view.periods, 4);
		const result = simulateCohort({
			chain: view.chain,
			cohort: { ...view.cohort, cohortSize: plan.cohortSize },
			runs: plan.runs,
			seed: 20_240_501
		});
		const check = agreement(result, plan.scale, view.cohortValue);
		expect(Math.abs(check.z)).toBeLessThan(3);
		expect(check.standardError).toBeGreaterThan(0);
	});
});
