/**
 * The referral Monte-Carlo, off the main thread. Runs a job in batches, posting progress after each
 * and yielding to the event loop so a newer request (the reader changed an input) abandons it.
 */
import { createMonteCarlo, runMonteCarloBatch, summarizeMonteCarlo } from '$lib/model/referral';
import { MC_BATCH, type McMessage, type McRequest } from './mc-protocol';

let current = 0;

const post = (message: McMessage) => postMessage(message);
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run(id: number, { params, seed, runs }: NonNullable<McRequest['job']>) {
	try {
		const job = createMonteCarlo(params, seed, runs);
		while (job.done < job.runs) {
			const progress = runMonteCarloBatch(job, MC_BATCH);
			post({ id, type: 'progress', done: progress.done, total: progress.total });
			await pause();
			if (id !== current) return;
		}
		post({ id, type: 'done', summary: summarizeMonteCarlo(job) });
	} catch (error) {
		post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
}

onmessage = (event: MessageEvent<McRequest>) => {
	const { id, job } = event.data;
	current = id;
	if (job) void run(id, job);
};
