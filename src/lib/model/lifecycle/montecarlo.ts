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
 * customers, and `runCohortSimulation` adds progress reports, cancellation between chunks and a
 * pause between chunks so the worker can receive a "cancel" message. Results depend only on the
 * inputs and the seed, never on the chunk size. The inner loop uses typed arrays and alias tables
 * and allocates nothing per step.
 *
 * Worker sketch:
 *   let stop = false;
 *   onmessage = async ({ data }) => {
 *     if (data.type === 'cancel') { stop = true; return; }
 *     stop = false;
 *     const outcome = await runCohortSimulation(data.input, {
 *       onProgress: (p) => postMessage({ type: 'progress', ...p }),
 *       shouldStop: () => stop
 *     });
 *     postMessage({ type: 'done', outcome });
 *   };
 */
import { ModelInputError, requireInteger } from '../errors';
import { createRandom, type Random } from '../random';
import { aliasTables } from './alias';
import type { CohortSpec, LifecycleChain } from './chain';
import { quantileSorted } from '../quantile';
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
	requireInteger('seed', input.seed, 0, 2 ** 32 - 1);
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

/** Everything the inner loop touches: typed arrays set up once per simulation. */
interface Buffers {
	readonly n: number;
	readonly periods: number;
	readonly cohortSize: number;
	readonly random: Random;
	readonly nextProbability: Float64Array;
	readonly nextAlias: Int32Array;
	readonly startProbability: Float64Array;
	readonly startAlias: Int32Array;
	/** The start state when everyone starts in the same one, else −1. */
	readonly fixedStart: number;
	readonly reward: Float64Array;
	readonly discount: Float64Array;
	/** Per run and period: the cohort's profit. */
	readonly profit: Float64Array;
	/** Per run, period and state: customers. */
	readonly counts: Int32Array;
	/** Per customer: discounted profit over the horizon. */
	readonly customerValue: Float64Array;
}

/**
 * The inner loop: simulates customers [from, to). A top-level function (not a closure) so the
 * engine optimises it once for every simulation; it allocates nothing.
 */
function simulateCustomers(b: Buffers, from: number, to: number): void {
	const { n, periods, cohortSize, random, nextProbability, nextAlias, reward, discount } = b;
	const { profit, counts, customerValue } = b;
	for (let g = from; g < to; g++) {
		const runBase = Math.floor(g / cohortSize) * periods;
		let state = b.fixedStart;
		if (state < 0) {
			const x = random() * n;
			const column = x | 0;
			state = x - column < b.startProbability[column]! ? column : b.startAlias[column]!;
		}
		let value = 0;
		for (let t = 0; t < periods; t++) {
			const r = reward[state]!;
			profit[runBase + t]! += r;
			counts[(runBase + t) * n + state]!++;
			value += r * discount[t]!;
			const x = random() * n;
			const column = x | 0;
			const k = state * n + column;
			state = x - column < nextProbability[k]! ? column : nextAlias[k]!;
		}
		customerValue[g] = value;
	}
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

interface RawResults {
	readonly input: MonteCarloInput;
	readonly ids: readonly string[];
	readonly n: number;
	readonly periods: number;
	readonly cohortSize: number;
	readonly discount: Float64Array;
	readonly profit: Float64Array;
	readonly counts: Int32Array;
	readonly customerValue: Float64Array;
}

/** p10/p50/p90/mean of `value(run)` over runs. */
function band(runs: number, value: (run: number) => number): [number, number, number, number] {
	const xs = Float64Array.from({ length: runs }, (_, r) => value(r)).sort();
	const mean = xs.reduce((a, b) => a + b, 0) / runs;
	return [quantileSorted(xs, 0.1), quantileSorted(xs, 0.5), quantileSorted(xs, 0.9), mean];
}

function toBands(rows: readonly [number, number, number, number][]): Bands {
	return {
		p10: rows.map((b) => b[0]),
		p50: rows.map((b) => b[1]),
		p90: rows.map((b) => b[2]),
		mean: rows.map((b) => b[3])
	};
}

function summarize(raw: RawResults): MonteCarloResult {
	const { input, n, periods, cohortSize, discount, profit, counts, customerValue } = raw;
	const runs = input.runs;
	const cumulative = new Float64Array(runs * periods);
	for (let r = 0; r < runs; r++) {
		let total = 0;
		for (let t = 0; t < periods; t++) {
			total += profit[r * periods + t]! * discount[t]!;
			cumulative[r * periods + t] = total;
		}
	}
	const time = Array.from({ length: periods }, (_, t) => t);
	const stateBands = time.map((t) =>
		raw.ids.map((_, s) => band(runs, (r) => counts[(r * periods + t) * n + s]!))
	);
	const pick = (k: number) => stateBands.map((row) => row.map((b) => b[k]!));
	const customers = customerValue.length;
	const sorted = Float64Array.from(customerValue).sort();
	const mean = sorted.reduce((a, b) => a + b, 0) / customers;
	const squares = sorted.reduce((a, b) => a + (b - mean) * (b - mean), 0);
	const standardDeviation = customers > 1 ? Math.sqrt(squares / (customers - 1)) : 0;
	const standardError = standardDeviation / Math.sqrt(customers);
	return {
		stateIds: raw.ids,
		runs,
		cohortSize,
		periods,
		seed: input.seed,
		profit: toBands(time.map((t) => band(runs, (r) => profit[r * periods + t]!))),
		cumulativeValue: toBands(time.map((t) => band(runs, (r) => cumulative[r * periods + t]!))),
		counts: { p10: pick(0), p50: pick(1), p90: pick(2), mean: pick(3) },
		customerValue: {
			customers,
			mean,
			standardDeviation,
			standardError,
			p10: quantileSorted(sorted, 0.1),
			p50: quantileSorted(sorted, 0.5),
			p90: quantileSorted(sorted, 0.9)
		},
		cohortValue: { mean: mean * cohortSize, standardError: standardError * cohortSize }
	};
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

export interface RunOptions {
	/** Customers per chunk; default about 1 million customer-periods per chunk. */
	readonly chunkSize?: number;
	/** Called after every chunk. */
	readonly onProgress?: (progress: MonteCarloProgress) => void;
	/** Checked before every chunk; returning true cancels the run. */
	readonly shouldStop?: () => boolean;
	/** Awaited between chunks so messages can arrive; default a zero-delay timeout. */
	readonly yieldControl?: () => Promise<void>;
}

export type MonteCarloOutcome =
	| { readonly kind: 'complete'; readonly result: MonteCarloResult }
	| {
			readonly kind: 'cancelled';
			readonly simulatedCustomers: number;
			readonly totalCustomers: number;
	  };

/**
 * Runs the simulation chunk by chunk, reporting progress and yielding between chunks; stops early
 * when `shouldStop()` returns true. Invalid input throws (rejects) before anything runs.
 *
 * @example
 * const outcome = await runCohortSimulation(input, {
 *   onProgress: (p) => post(p.fraction),
 *   shouldStop: () => cancelled
 * });
 * outcome.kind //=> 'complete' (or 'cancelled')
 */
export async function runCohortSimulation(
	input: MonteCarloInput,
	options: RunOptions = {}
): Promise<MonteCarloOutcome> {
	const simulation = createCohortSimulation(input);
	const chunkSize = options.chunkSize ?? Math.max(1, Math.floor(1_000_000 / input.cohort.periods));
	const pause =
		options.yieldControl ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
	const total = simulation.totalCustomers;
	let finished = false;
	while (!finished) {
		if (options.shouldStop?.()) {
			return {
				kind: 'cancelled',
				simulatedCustomers: simulation.simulatedCustomers(),
				totalCustomers: total
			};
		}
		finished = simulation.runChunk(chunkSize);
		const simulatedCustomers = simulation.simulatedCustomers();
		options.onProgress?.({
			simulatedCustomers,
			totalCustomers: total,
			fraction: simulatedCustomers / total
		});
		if (!finished) await pause();
	}
	return { kind: 'complete', result: simulation.result() };
}
