/**
 * How the analyser's long stages run in a worker: as generators stepped one at a time, reporting
 * each stage's share as overall progress and, every 50 ms, yielding to the event loop so that a
 * newer request (or a cancel) can stop them.
 */
import { ModelInputError } from '$lib/model/errors';
import type { MleFit, MleProgress } from '$lib/model/btyd';
import { PROGRESS_TOTAL, stageBand, type BtydStage, type FitFailure } from './protocol';

export type Progress = (done: number, total: number) => void;
export type Stopped = () => boolean;

/** Waits for the next task, so a newer request can arrive. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reports a stage's share done as overall progress. */
export const report = (progress: Progress, stage: BtydStage, share: number) => {
	const [start, end] = stageBand(stage);
	progress(Math.round(start + Math.min(1, Math.max(0, share)) * (end - start)), PROGRESS_TOTAL);
};

/**
 * Runs a generator to its end, yielding to the event loop every 50 ms (where a worker hears of a
 * newer request); undefined once stopped, checked after every step.
 */
export async function drive<T, Y>(
	generator: Generator<Y, T, void>,
	onStep: (value: Y) => void,
	stopped: Stopped
): Promise<T | undefined> {
	let last = performance.now();
	for (;;) {
		const next = generator.next();
		if (next.done) return next.value;
		onStep(next.value);
		// A stop the job already knows of (set synchronously) ends it at once, whatever the clock.
		if (stopped()) return undefined;
		if (performance.now() - last > 50) {
			await nextTask();
			if (stopped()) return undefined;
			last = performance.now();
		}
	}
}

/** Fits one model, turning bad data or a stalled search into a failure instead of an exception. */
export async function fitModel<Name extends string>(
	fit: () => Generator<MleProgress, MleFit<Name>, void>,
	stage: BtydStage,
	progress: Progress,
	stopped: Stopped
): Promise<MleFit<Name> | FitFailure | undefined> {
	report(progress, stage, 0);
	try {
		let steps = 0;
		const result = await drive(fit(), () => report(progress, stage, ++steps / 60), stopped);
		if (result === undefined) return undefined;
		return result.converged ? result : { kind: 'failed', code: 'not-converged' };
	} catch (error) {
		if (error instanceof ModelInputError) {
			return { kind: 'failed', code: 'invalid', detail: error.message };
		}
		throw error;
	}
}

export const isFit = <T extends object>(fit: T | FitFailure): fit is T => !('kind' in fit);
