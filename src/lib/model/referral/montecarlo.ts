/**
 * A seeded Monte-Carlo of the referral process, run in batches so a Web Worker can report progress.
 *
 * Plain data in (parameters, seed, number of runs), plain data out (typed arrays, structured-cloneable
 * and transferable). Each run simulates one chain of N₀ first customers with its own seed derived from
 * (seed, run number), so the result is the same whatever the batch size, and runs could even be split
 * across workers. Typical use in a worker:
 *
 *   const batches = simulateReferralBatches(params, seed, 10_000);
 *   for (let step = batches.next(); ; step = batches.next()) {
 *     if (step.done) { postMessage({ summary: step.value }); break; }
 *     postMessage({ progress: step.value }); // { done, total }; yield to the event loop here
 *   }
 */
import { ModelInputError, requireInteger, requireSeed } from '../errors';
import { createRandom } from '../random';
import { discountFactors } from './discount';
import { projectReferral } from './expected';
import {
	createScratch,
	simulateRun,
	type RunOutput,
	type RunScratch,
	type RunTables
} from './mc-run';
import type { ReferralParams, ResolvedReferralParams } from './params';
import { resolveReferralParams } from './params';
import { quantileSorted } from '../quantile';
import { runSeed } from './run-seed';
import { spendByAge } from './spend';

/** Most runs in one simulation, and most stored values (runs × horizon) per series. */
export const MAX_RUNS = 100_000;
export const MAX_SAMPLES = 3_000_000;

export type MonteCarloSeriesName = 'cumulativeProfit' | 'activeCustomers' | 'everAcquired';
const seriesNames: readonly MonteCarloSeriesName[] = [
	'cumulativeProfit',
	'activeCustomers',
	'everAcquired'
];

interface Accumulator {
	/** Every run's value, period-major: samples[t × runs + run] (float32 to halve memory). */
	readonly samples: Float32Array;
	/** Running mean and sum of squared deviations per period (Welford 1962). */
	readonly mean: Float64Array;
	readonly m2: Float64Array;
}

/** The state of a simulation in progress. Owned by one caller; `runMonteCarloBatch` advances it. */
export interface MonteCarloJob {
	readonly params: ResolvedReferralParams;
	readonly seed: number;
	readonly runs: number;
	/** Runs completed so far. */
	done: number;
	readonly tables: RunTables;
	readonly scratch: RunScratch;
	readonly output: RunOutput;
	readonly series: Readonly<Record<MonteCarloSeriesName, Accumulator>>;
}

export interface MonteCarloProgress {
	readonly done: number;
	readonly total: number;
}

/** Spread of one series across runs, per period. */
export interface MonteCarloBand {
	readonly mean: Float64Array;
	/** Standard error of the mean: sample standard deviation / √runs. */
	readonly standardError: Float64Array;
	readonly p10: Float64Array;
	readonly p50: Float64Array;
	readonly p90: Float64Array;
}

export interface MonteCarloSummary {
	readonly seed: number;
	/** Runs the summary is based on (fewer than requested for an interim summary). */
	readonly runs: number;
	readonly horizon: number;
	/** Cumulative discounted profit of a chain. */
	readonly cumulativeProfit: MonteCarloBand;
	/** Active customers of a chain. */
	readonly activeCustomers: MonteCarloBand;
	/** Customers a chain has acquired so far. */
	readonly everAcquired: MonteCarloBand;
}

/**
 * Prepares a simulation of `runs` chains (1–100 000, runs × horizon ≤ 3 000 000) with a 32-bit
 * `seed`. Validates like the expected-value model (it runs it once, which also refuses horizons
 * that would explode past 10¹² customers) and throws `ModelInputError` for bad `seed` or `runs`.
 *
 * @example
 * const job = createMonteCarlo(params, 42, 10_000); // then runMonteCarloBatch(job, 500) …
 */
export function createMonteCarlo(
	params: Readonly<ReferralParams>,
	seed: number,
	runs: number
): MonteCarloJob {
	const p = resolveReferralParams(params);
	requireSeed('seed', seed);
	requireInteger('runs', runs, 1, MAX_RUNS);
	if (runs * p.horizon > MAX_SAMPLES) {
		const max = Math.floor(MAX_SAMPLES / p.horizon);
		throw new ModelInputError('runs', 'max', `at most ${max} runs for ${p.horizon} periods`, {
			min: 1,
			max
		});
	}
	projectReferral(p);
	const discount = discountFactors(p.discountRate, p.horizon);
	const accumulator = (): Accumulator => ({
		samples: new Float32Array(runs * p.horizon),
		mean: new Float64Array(p.horizon),
		m2: new Float64Array(p.horizon)
	});
	const row = () => new Float64Array(p.horizon);
	return {
		params: p,
		seed,
		runs,
		done: 0,
		tables: {
			firstSpend: spendByAge(p.first, p.horizon),
			referredSpend: spendByAge(p.referred, p.horizon),
			discount
		},
		scratch: createScratch(p.horizon),
		output: { cumulativeProfit: row(), activeCustomers: row(), everAcquired: row() },
		series: {
			cumulativeProfit: accumulator(),
			activeCustomers: accumulator(),
			everAcquired: accumulator()
		}
	};
}

/** Stores run `run`'s output and updates the running mean and variance (Welford's algorithm). */
function record(job: MonteCarloJob, run: number): void {
	const n = run + 1;
	for (const name of seriesNames) {
		const values = job.output[name];
		const { samples, mean, m2 } = job.series[name];
		for (let t = 0; t < job.params.horizon; t++) {
			const x = values[t]!;
			samples[t * job.runs + run] = x;
			const delta = x - mean[t]!;
			mean[t]! += delta / n;
			m2[t]! += delta * (x - mean[t]!);
		}
	}
}

/**
 * Runs the next `batchSize` chains of a job (fewer at the end) and returns the progress. Mutates
 * only the job. Call until `done === total`; `summarizeMonteCarlo` works on a partial job too.
 *
 * @example
 * runMonteCarloBatch(job, 500) //=> { done: 500, total: 10000 }
 */
export function runMonteCarloBatch(job: MonteCarloJob, batchSize: number): MonteCarloProgress {
	requireInteger('batchSize', batchSize, 1, MAX_RUNS);
	const end = Math.min(job.runs, job.done + batchSize);
	for (let run = job.done; run < end; run++) {
		const random = createRandom(runSeed(job.seed, run));
		simulateRun(job.params, job.tables, job.scratch, random, job.output);
		record(job, run);
	}
	job.done = end;
	return { done: job.done, total: job.runs };
}

function band(job: MonteCarloJob, name: MonteCarloSeriesName): MonteCarloBand {
	const { samples, mean, m2 } = job.series[name];
	const { horizon } = job.params;
	const n = job.done;
	const result = {
		mean: Float64Array.from(mean),
		standardError: new Float64Array(horizon),
		p10: new Float64Array(horizon),
		p50: new Float64Array(horizon),
		p90: new Float64Array(horizon)
	};
	for (let t = 0; t < horizon; t++) {
		result.standardError[t] = n > 1 ? Math.sqrt(Math.max(0, m2[t]!) / (n - 1) / n) : 0;
		if (n === 0) continue; // before the first run every band is 0, like the mean
		const sorted = samples.slice(t * job.runs, t * job.runs + n).sort();
		result.p10[t] = quantileSorted(sorted, 0.1);
		result.p50[t] = quantileSorted(sorted, 0.5);
		result.p90[t] = quantileSorted(sorted, 0.9);
	}
	return result;
}

/**
 * Per period, the mean, its standard error and the 10th, 50th and 90th percentiles (Hyndman–Fan
 * type 7) of cumulative discounted profit, active customers and customers acquired, over the runs
 * completed so far. The mean estimates the expected-value model exactly without a market cap; with
 * a cap that binds (`projectReferral(p).saturation.binds`) the expected-value model applies
 * saturation to means and is only an approximation of the expectation, which this mean estimates.
 *
 * @example
 * summarizeMonteCarlo(job).cumulativeProfit.p90[119] // 90th percentile of 10-year profit
 */
export function summarizeMonteCarlo(job: MonteCarloJob): MonteCarloSummary {
	return {
		seed: job.seed,
		runs: job.done,
		horizon: job.params.horizon,
		cumulativeProfit: band(job, 'cumulativeProfit'),
		activeCustomers: band(job, 'activeCustomers'),
		everAcquired: band(job, 'everAcquired')
	};
}

function* batchesOf(
	job: MonteCarloJob,
	batchSize: number
): Generator<MonteCarloProgress, MonteCarloSummary, void> {
	while (job.done < job.runs) yield runMonteCarloBatch(job, batchSize);
	return summarizeMonteCarlo(job);
}

/**
 * The simulation as a generator: yields `{ done, total }` after each batch and returns the summary,
 * so a worker can post progress (and check for cancellation) between batches. Inputs are validated
 * when it is called, before the first batch.
 *
 * @example
 * const it = simulateReferralBatches(params, 7, 1000, 250); it.next() //=> { value: { done: 250, total: 1000 }, done: false }
 */
export function simulateReferralBatches(
	params: Readonly<ReferralParams>,
	seed: number,
	runs: number,
	batchSize = 250
): Generator<MonteCarloProgress, MonteCarloSummary, void> {
	requireInteger('batchSize', batchSize, 1, MAX_RUNS);
	return batchesOf(createMonteCarlo(params, seed, runs), batchSize);
}

/**
 * Runs the whole simulation at once, calling `onProgress` after each batch.
 *
 * @example
 * simulateReferral(params, 42, 2000).cumulativeProfit.mean // ≈ projectReferral(params).series.cumulativeProfit
 */
export function simulateReferral(
	params: Readonly<ReferralParams>,
	seed: number,
	runs: number,
	onProgress?: (progress: MonteCarloProgress) => void,
	batchSize = 250
): MonteCarloSummary {
	const batches = simulateReferralBatches(params, seed, runs, batchSize);
	for (;;) {
		const step = batches.next();
		if (step.done) return step.value;
		onProgress?.(step.value);
	}
}
