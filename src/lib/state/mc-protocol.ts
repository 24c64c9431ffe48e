/**
 * The messages between a page and a Monte-Carlo worker, and the worker's side of them. Every
 * simulation (lifecycle cohorts, referral chains) speaks this protocol; it only chooses its `Job`
 * (what to simulate) and its `Result` (what comes back), and keeps a few-line worker entry:
 *
 *   serveSimulations<MyJob, MyResult>(async (job, progress, stopped) => { … return result; });
 *
 * The page side is `McRunner` in `./mc-runner.svelte`.
 */

/**
 * Page → worker: from now on job `id` is the only one that counts (any older one stops at its next
 * progress report); with `job`, start simulating it as job `id`.
 */
export interface McRequest<Job> {
	readonly id: number;
	readonly job?: Job;
}

/** Worker → page, tagged with the job's id so the page can ignore replies to older jobs. */
export type McReply<Result> =
	| {
			readonly id: number;
			readonly type: 'progress';
			readonly done: number;
			readonly total: number;
	  }
	| {
			readonly id: number;
			readonly type: 'done';
			readonly result: Result;
			/** Wall-clock time the simulation took in the worker. */
			readonly seconds: number;
	  }
	| { readonly id: number; readonly type: 'error'; readonly message: string };

/**
 * One simulation: reports `progress(done, total)` as it goes and checks `stopped()` between batches;
 * resolves to the result, or to `undefined` once stopped. Throwing (bad input) becomes an `error`
 * reply.
 */
export type Simulate<Job, Result> = (
	job: Job,
	progress: (done: number, total: number) => void,
	stopped: () => boolean
) => Promise<Result | undefined>;

/** The part of a worker's global scope the protocol uses (a stand-in in tests). */
export interface WorkerPort {
	onmessage: ((event: MessageEvent) => unknown) | null;
	postMessage(message: unknown): void;
}

/** Waits for the next task, so a message from the page (a newer job) can arrive in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Answers the page's requests in a worker: runs each job with `simulate`, forwards its progress,
 * and stops it as soon as a newer request arrives (latest request wins).
 *
 * @example
 * serveSimulations<Job, Summary>(async (job, progress, stopped) => {
 *   … progress(done, total); await nextTask(); if (stopped()) return undefined; …
 *   return summary;
 * });
 */
export function serveSimulations<Job, Result>(
	simulate: Simulate<Job, Result>,
	port: WorkerPort = self as unknown as WorkerPort
): void {
	let current = 0;
	const post = (reply: McReply<Result>) => port.postMessage(reply);
	port.onmessage = async (event: MessageEvent<McRequest<Job>>) => {
		const { id, job } = event.data;
		current = id;
		if (job === undefined) return;
		const started = performance.now();
		try {
			const result = await simulate(
				job,
				(done, total) => {
					if (current === id) post({ id, type: 'progress', done, total });
				},
				() => current !== id
			);
			if (result === undefined || current !== id) return;
			post({ id, type: 'done', result, seconds: (performance.now() - started) / 1000 });
		} catch (error) {
			post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
		}
	};
}
