/**
 * The lifecycle simulation run for a Web Worker: chunk by chunk, with progress reports,
 * cancellation between chunks and a pause between chunks so the worker can receive a "cancel"
 * message. Results depend only on the inputs and the seed, never on the chunk size.
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
import {
	createCohortSimulation,
	type MonteCarloInput,
	type MonteCarloProgress,
	type MonteCarloResult
} from './montecarlo';

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
