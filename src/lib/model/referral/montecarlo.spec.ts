import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import { projectReferral } from './expected';
import { deepFreeze, testBehaviour, testParams } from './fixtures';
import {
	createMonteCarlo,
	runMonteCarloBatch,
	simulateReferral,
	simulateReferralBatches,
	summarizeMonteCarlo,
	type MonteCarloSeriesName
} from './montecarlo';

// K₀ = 0.75 and K_r = 0.6 over 24 periods with a lag of 2: several generations within the horizon.
const params = testParams({ referred: testBehaviour({ retention: 0.75, firstPurchase: 120 }) });

describe('simulateReferral agrees with the expected-value model', () => {
	const expected = projectReferral(params).series;
	const simulated = simulateReferral(params, 1, 4000);

	it.each(['cumulativeProfit', 'activeCustomers', 'everAcquired'] as MonteCarloSeriesName[])(
		'%s: the mean is within 3 standard errors in every period (seed 1, 4000 runs)',
		(name) => {
			const band = simulated[name];
			expected[name].forEach((value, t) => {
				const se = band.standardError[t]!;
				if (se === 0) expect(band.mean[t]).toBeCloseTo(value, 9);
				else expect(Math.abs(band.mean[t]! - value)).toBeLessThan(3 * se);
			});
		}
	);

	it('gives ordered percentile bands that widen as chains branch out', () => {
		const band = simulated.cumulativeProfit;
		for (let t = 0; t < 24; t++) {
			expect(band.p10[t]).toBeLessThanOrEqual(band.p50[t]!);
			expect(band.p50[t]).toBeLessThanOrEqual(band.p90[t]!);
		}
		expect(band.p90[23]! - band.p10[23]!).toBeGreaterThan(band.p90[2]! - band.p10[2]!);
		expect(band.p10[0]).toBeCloseTo(0.6 * 100 - 150, 4);
	});
});

describe('Monte-Carlo determinism and batching', () => {
	it('gives the same output for the same seed, and a different one for another seed', () => {
		const a = simulateReferral(params, 7, 300);
		expect(simulateReferral(params, 7, 300)).toEqual(a);
		expect(simulateReferral(params, 8, 300).cumulativeProfit.mean).not.toEqual(
			a.cumulativeProfit.mean
		);
	});

	it('does not depend on the batch size', () => {
		expect(simulateReferral(params, 3, 300, undefined, 7)).toEqual(
			simulateReferral(params, 3, 300, undefined, 300)
		);
	});

	it('reports progress after each batch', () => {
		const progress: number[] = [];
		simulateReferral(params, 3, 250, (p) => progress.push(p.done), 100);
		expect(progress).toEqual([100, 200, 250]);
		const batches = simulateReferralBatches(params, 3, 250, 100);
		expect(batches.next()).toEqual({ value: { done: 100, total: 250 }, done: false });
	});

	it('summarizes a job that is only partly done', () => {
		const job = createMonteCarlo(params, 5, 1000);
		runMonteCarloBatch(job, 200);
		const interim = summarizeMonteCarlo(job);
		expect(interim.runs).toBe(200);
		expect(Number.isFinite(interim.cumulativeProfit.p90[23])).toBe(true);
	});

	it('summarizes a job before its first run as zero bands', () => {
		const empty = summarizeMonteCarlo(createMonteCarlo(params, 5, 1000));
		expect(empty.runs).toBe(0);
		for (const band of [empty.cumulativeProfit, empty.activeCustomers, empty.everAcquired]) {
			for (const series of [band.mean, band.standardError, band.p10, band.p50, band.p90]) {
				expect(Array.from(series)).toEqual(new Array(params.horizon).fill(0));
			}
		}
	});

	it('does not mutate its input and returns structured-cloneable data', () => {
		const frozen = deepFreeze(structuredClone(params));
		const summary = simulateReferral(frozen, 1, 50);
		expect(frozen).toEqual(params);
		expect(structuredClone(summary)).toEqual(summary);
	});
});

describe('Monte-Carlo with a market cap', () => {
	it('keeps every run at or below the cap', () => {
		const viral = testBehaviour({ referralRate: 2 });
		const capped = { ...params, horizon: 60, marketCap: 30, first: viral, referred: null };
		const summary = simulateReferral(capped, 2, 500);
		expect(Math.max(...summary.everAcquired.p90)).toBeLessThanOrEqual(30);
		expect(summary.everAcquired.p50[59]).toBeGreaterThan(15);
	});
});

describe('Monte-Carlo validation', () => {
	it.each([
		{ seed: -1, runs: 10, field: 'seed' },
		{ seed: 1.5, runs: 10, field: 'seed' },
		{ seed: 1, runs: 0, field: 'runs' },
		{ seed: 1, runs: 200_000, field: 'runs' }
	])('rejects seed $seed with $runs runs ($field)', ({ seed, runs, field }) => {
		expect(() => createMonteCarlo(params, seed, runs)).toThrow(ModelInputError);
		expect(() => createMonteCarlo(params, seed, runs)).toThrow(new RegExp(`^${field}`));
	});

	it('limits runs × horizon, naming the most runs allowed', () => {
		try {
			createMonteCarlo({ ...params, horizon: 600 }, 1, 10_000);
			expect.unreachable();
		} catch (error) {
			expect(error).toMatchObject({ field: 'runs', rule: 'max', max: 5000 });
		}
	});

	it('validates when the generator is created, before any batch runs', () => {
		expect(() => simulateReferralBatches({ ...params, lag: 0 }, 1, 10)).toThrow(/lag/);
		expect(() => simulateReferralBatches(params, 1, 10, 0)).toThrow(/batchSize/);
	});
});
