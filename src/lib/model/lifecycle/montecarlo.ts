/**
 * Seeded Monte-Carlo simulation of individual customers moving through the lifecycle chain.
 *
 * Each simulated customer starts in a state drawn from the cohort's start shares and, every period
 * t = 0 … periods − 1, brings that state's net cash flow R_s (at the start of the period, worth
 * R_s/(1+d)^t today) and then moves to the next state drawn from row s of P. Customers are grouped
 * into `runs` independent cohorts of `cohortSize`, so the spread across runs shows how much a real
 * cohort of that size could differ from the expected path of `projectCohort`, and the spread across
 * customers shows how unequal individual lifetime values are. The mean value per customer is an
 * unbiased estimate of x·V_T (Pfeifer & Carraway 2000) with T = periods − 1, and agrees with it
 * within a few standard errors.
 *
 * Built for a Web Worker: plain data in and out; `createCohortSimulation` runs in chunks of
 * customers, and `runCohortSimulation` (`montecarlo-run.ts`) adds progress reports and
 * cancellation. Results depend only on the inputs and the seed, never on the chunk size. The inner
 * loop (`montecarlo-step.ts`) uses typed arrays and alias tables and allocates nothing per step;
 * `montecarlo-summary.ts` turns its arrays into percentile bands.
 */
import { ModelInputError, requireInteger, requireSeed } from '../errors';
import { createRandom } from '../random';
import { aliasTables } from './alias';
import type { CohortSpec, LifecycleChain } from './chain';
import { simulateCustomers, type Buffers } from './montecarlo-step';
import { summarize } from './montecarlo-summary';
import { prepareChain, prepareCohort } from './validate';

/** Most customers per simulation (runs × cohortSize). */
export const MAX_SIMULATED_CUSTOMERS = 1_000_000;
/** Most replicate cohorts. */
export const MAX_RUNS = 1000;
/** Most stored per-run state counts (runs × periods × states), about 16 MB. */
export const MAX_COUNT_CELLS = 4_000_000;

export interface MonteCarloInput {
	readonly chain: LifecycleChain;
	/** `cohortSize` customers per run, `periods` simulated, start `initial`. */
	readonly cohort: CohortSpec;
	/**
	 * Number of independent cohorts simulated (1 … 1000). The bands across runs need many runs
	 * (say 20 or more); with one run they collapse onto that run's path.
	 */
	readonly runs: number;
	/** Seed of the random stream (a whole number 0 … 2^32 − 1). */
	readonly seed: number;
}

/** 10th, 50th and 90th percentiles and the mean, per period. */
export interface Bands {
	readonly p10: readonly number[];
	readonly p50: readonly number[];
	readonly p90: readonly number[];
	readonly mean: readonly number[];
}

/** Summary of one number per simulated customer. */
export interface CustomerValueSummary {
	readonly customers: number;
	readonly mean: number;
	readonly standardDeviation: number;
	/** Standard error of the mean, sd/√customers. */
	readonly standardError: number;
	readonly p10: number;
	readonly p50: number;
	readonly p90: number;
}

export interface MonteCarloResult {
	readonly stateIds: readonly string[];
	readonly runs: number;
	readonly cohortSize: number;
	readonly periods: number;
	readonly seed: number;
	/** Cohort profit per period (money per period), across runs. */
	readonly profit: Bands;
	/** Cohort's cumulative discounted profit through period t, across runs. */
	readonly cumulativeValue: Bands;
	/** Customers per state at the start of each period across runs: `counts.p50[t][s]`. */
	readonly counts: {
		readonly p10: readonly (readonly number[])[];
		readonly p50: readonly (readonly number[])[];
		readonly p90: readonly (readonly number[])[];
		readonly mean: readonly (readonly number[])[];
	};
	/** Discounted profit over the horizon per customer (lifetime value of one customer). */
	readonly customerValue: CustomerValueSummary;
	/** Discounted profit of a cohort: mean and standard error (customer figures × cohortSize). */
	readonly cohortValue: { readonly mean: number; readonly standardError: number };
}

export interface MonteCarloProgress {
	readonly simulatedCustomers: number;
	readonly totalCustomers: number;
	/** simulatedCustomers / totalCustomers, 0 … 1. */
	readonly fraction: number;
}

/** A simulation that runs a chunk of customers at a time. */
export interface CohortSimulation {
	readonly totalCustomers: number;
	/** Customers simulated so far. */
	readonly simulatedCustomers: () => number;
	/** Simulates up to `maxCustomers` more customers; returns true once all are done. */
	readonly runChunk: (maxCustomers: number) => boolean;
	/** The summary; throws if customers remain to be simulated. */
	readonly result: () => MonteCarloResult;
}

function validateInput(input: MonteCarloInput) {
	const chain = prepareChain(input.chain);
	const cohort = prepareCohort(chain, input.cohort);
	requireInteger('cohortSize', cohort.cohortSize, 1, MAX_SIMULATED_CUSTOMERS);
	requireInteger('runs', input.runs, 1, MAX_RUNS);
	requireSeed('seed', input.seed);
	const maxRuns = Math.max(
		1,
		Math.min(
			Math.floor(MAX_SIMULATED_CUSTOMERS / cohort.cohortSize),
			Math.floor(MAX_COUNT_CELLS / (cohort.periods * chain.size))
		)
	);
	if (input.runs > maxRuns) {
		throw new ModelInputError(
			'runs',
			'max',
			`at most ${maxRuns} runs for ${cohort.cohortSize} customers × ${cohort.periods} periods × ${chain.size} states`,
			{ min: 1, max: maxRuns }
		);
	}
	return { chain, cohort };
}

/**
 * Sets up a simulation (validating the input) without running it; call `runChunk` until it returns
 * true, then `result()`.
 *
 * @example
 * const cohort = { cohortSize: 1000, periods: 24, initial: 'active' };
 * const sim = createCohortSimulation({ chain, cohort, runs: 20, seed: 7 });
 * while (!sim.runChunk(5000)) {}
 * sim.result().customerValue.mean //=> close to projectCohort(...).totals.discountedProfit / 1000
 */
export function createCohortSimulation(input: MonteCarloInput): CohortSimulation {
	const { chain, cohort } = validateInput(input);
	const n = chain.size;
	const { periods, cohortSize } = cohort;
	const runs = input.runs;
	const totalCustomers = runs * cohortSize;
	const random = createRandom(input.seed);
	const next = aliasTables(chain.transitions);
	const start = aliasTables([cohort.initialShares]);
	const fixedStart = cohort.initialShares.indexOf(1);
	const reward = Float64Array.from(chain.reward);
	const discount = Float64Array.from({ length: periods }, (_, t) =>
		Math.pow(1 + chain.discountRate, -t)
	);
	const profit = new Float64Array(runs * periods);
	const counts = new Int32Array(runs * periods * n);
	const customerValue = new Float64Array(totalCustomers);
	let done = 0;

	const buffers: Buffers = {
		n,
		periods,
		cohortSize,
		random,
		nextProbability: next.probability,
		nextAlias: next.alias,
		startProbability: start.probability,
		startAlias: start.alias,
		fixedStart,
		reward,
		discount,
		profit,
		counts,
		customerValue
	};
	const runChunk = (maxCustomers: number): boolean => {
		const end = Math.min(totalCustomers, done + Math.max(1, Math.floor(maxCustomers)));
		simulateCustomers(buffers, done, end);
		done = end;
		return done === totalCustomers;
	};

	const result = (): MonteCarloResult => {
		if (done < totalCustomers) throw new Error('simulation not finished');
		return summarize({
			input,
			ids: chain.ids,
			n,
			periods,
			cohortSize,
			discount,
			profit,
			counts,
			customerValue
		});
	};

	return { totalCustomers, simulatedCustomers: () => done, runChunk, result };
}

/**
 * Runs the whole simulation at once (for tests and small runs off the UI thread).
 *
 * @example
 * const cohort = { cohortSize: 10000, periods: 20, initial: 'recency-1' };
 * simulateCohort({ chain, cohort, runs: 1, seed: 1 }).customerValue.mean
 * //=> within 3 standard errors of V_19(recency-1) ≈ 52.3
 */
export function simulateCohort(input: MonteCarloInput): MonteCarloResult {
	const simulation = createCohortSimulation(input);
	simulation.runChunk(simulation.totalCustomers);
	return simulation.result();
}
