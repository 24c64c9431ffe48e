/**
 * Web Worker that runs the lifecycle's Monte-Carlo cohort off the main thread, in chunks of
 * customers, reporting progress and stopping when the page asks for a newer job.
 */
import { runCohortSimulation, type MonteCarloResult } from '$lib/model/lifecycle';
import { serveSimulations } from '$lib/state/mc-protocol';
import type { LifecycleJob } from './montecarlo';

serveSimulations<LifecycleJob, MonteCarloResult>(async ({ input }, progress, stopped) => {
	const outcome = await runCohortSimulation(input, {
		onProgress: (p) => progress(p.simulatedCustomers, p.totalCustomers),
		shouldStop: stopped
	});
	return outcome.kind === 'complete' ? outcome.result : undefined;
});
