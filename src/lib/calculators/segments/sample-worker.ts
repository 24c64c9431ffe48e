/**
 * The page's side of the sample worker (`sample.worker.ts`), and the work it does there. The page
 * keeps at most one sample in the worker at a time (`segmentsComputeAfterPaint` asks for the next
 * one when the last comes back), so a fast drag of the slider is worked out at the values the
 * worker can keep up with, ending on the last.
 */
import type { McReply, Simulate } from '$lib/state/mc-protocol';
import { sampleStats, type CustomerStats } from './compute';
import type { SegmentsInputs } from './fields';
import { packStats, unpackStats, type PackedStats } from './sample-pack';

/** What the worker does with a request: the sample's statistics, packed for the trip. */
export const workSample: Simulate<SegmentsInputs, PackedStats> = async (inputs) =>
	packStats(sampleStats(inputs));

/**
 * Works out a sample somewhere else and calls back with its statistics, or with `undefined` when
 * it could not there (the page then works it out itself, and so meets the model's own error).
 */
export type SampleWorker = (
	inputs: SegmentsInputs,
	done: (stats: CustomerStats | undefined) => void
) => void;

/** The part of a `Worker` the page uses (a stand-in in tests). */
export interface WorkerLike {
	onmessage: ((event: MessageEvent) => unknown) | null;
	onerror: ((event: ErrorEvent) => unknown) | null;
	postMessage(message: unknown): void;
	terminate(): void;
}

/**
 * A `SampleWorker` over a worker made on the first request. When the worker cannot be made or
 * fails, every request from then on answers `undefined` at once. `stop()` ends the worker.
 *
 * @example
 * const samples = workerSamples(() => new Worker(new URL('./sample.worker.ts', import.meta.url), { type: 'module' }));
 * samples(inputs, (stats) => …);
 */
export function workerSamples(
	create: () => WorkerLike
): SampleWorker & { readonly stop: () => void } {
	let worker: WorkerLike | undefined;
	let broken = false;
	let id = 0;
	let waiting: ((stats: CustomerStats | undefined) => void) | undefined;
	const answer = (stats: CustomerStats | undefined) => {
		const done = waiting;
		waiting = undefined;
		done?.(stats);
	};
	const connect = () => {
		const made = create();
		made.onmessage = (event: MessageEvent<McReply<PackedStats>>) => {
			const reply = event.data;
			if (reply.id !== id || reply.type === 'progress') return;
			answer(reply.type === 'done' ? unpackStats(reply.result) : undefined);
		};
		made.onerror = () => {
			broken = true;
			answer(undefined);
		};
		return made;
	};
	const samples = (inputs: SegmentsInputs, done: (stats: CustomerStats | undefined) => void) => {
		if (broken) return done(undefined);
		// A request still out is forgotten: its answer, if it comes, has an older id.
		waiting = done;
		try {
			worker ??= connect();
			worker.postMessage({ id: ++id, job: inputs });
		} catch {
			broken = true;
			answer(undefined);
		}
	};
	/** Ends the worker (the page is leaving); a later request makes a new one. */
	const stop = () => {
		worker?.terminate();
		worker = undefined;
		waiting = undefined;
	};
	return Object.assign(samples, { stop });
}
