/**
 * The worker's side of the protocol in ./protocol.ts: runs each job, forwards its progress, and
 * stops it when a newer request arrives (latest request wins). It follows the site's generic
 * simulation protocol message for message, so it can give way to the shared one.
 */
import type { BtydJob, BtydReply, BtydRequest, BtydResult } from './protocol';

/** The part of a worker's global scope used here (a stand-in in tests). */
export interface WorkerPort {
	onmessage: ((event: MessageEvent) => unknown) | null;
	postMessage(message: unknown): void;
}

export type Analyse = (
	job: BtydJob,
	progress: (done: number, total: number) => void,
	stopped: () => boolean
) => Promise<BtydResult | undefined>;

/**
 * Answers the page's requests with `analyse`.
 *
 * @example
 * serveAnalyses(createAnalyser()); // in the worker entry
 */
export function serveAnalyses(
	analyse: Analyse,
	port: WorkerPort = self as unknown as WorkerPort
): void {
	let current = 0;
	const post = (reply: BtydReply) => port.postMessage(reply);
	port.onmessage = async (event: MessageEvent<BtydRequest>) => {
		const { id, job } = event.data;
		current = id;
		if (job === undefined) return;
		const started = performance.now();
		try {
			const result = await analyse(
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
