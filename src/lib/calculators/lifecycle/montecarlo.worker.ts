/**
 * Web Worker that runs the Monte-Carlo cohort off the main thread. Messages in: `{ type: 'run', id,
 * input }` (starts a job, stopping any other) and `{ type: 'cancel' }`; out: progress, done (with
 * the elapsed time) or error, each tagged with the job's id so the page ignores stale ones.
 */
import { runCohortSimulation, type MonteCarloInput } from '$lib/model/lifecycle';

export type WorkerRequest =
	| { readonly type: 'run'; readonly id: number; readonly input: MonteCarloInput }
	| { readonly type: 'cancel' };

let current = 0;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const message = event.data;
	if (message.type === 'cancel') {
		current = 0;
		return;
	}
	const { id, input } = message;
	current = id;
	const started = performance.now();
	try {
		const outcome = await runCohortSimulation(input, {
			onProgress: (p) => {
				if (current === id) postMessage({ type: 'progress', id, fraction: p.fraction });
			},
			shouldStop: () => current !== id
		});
		if (outcome.kind === 'complete') {
			postMessage({
				type: 'done',
				id,
				result: outcome.result,
				seconds: (performance.now() - started) / 1000
			});
		}
	} catch (error) {
		postMessage({
			type: 'error',
			id,
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
