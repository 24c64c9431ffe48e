/**
 * The referral Monte-Carlo, off the main thread. Runs a job in batches, reporting progress after
 * each and yielding to the event loop so a newer request (the reader changed an input) stops it.
 */
import {
	createMonteCarlo,
	runMonteCarloBatch,
	summarizeMonteCarlo,
	type MonteCarloSummary
} from '$lib/model/referral';
import { nextTask, serveSimulations } from '$lib/state/mc-protocol';
import { MC_BATCH, type ReferralJob } from './mc-protocol';

serveSimulations<ReferralJob, MonteCarloSummary>(
	async ({ params, seed, runs }, progress, stopped) => {
		const job = createMonteCarlo(params, seed, runs);
		while (job.done < job.runs) {
			const batch = runMonteCarloBatch(job, MC_BATCH);
			progress(batch.done, batch.total);
			await nextTask();
			if (stopped()) return undefined;
		}
		return summarizeMonteCarlo(job);
	}
);
