/**
 * The runner that drives the referral Monte-Carlo from the page: the generic `McRunner` with this
 * calculator's worker; progress counts simulated chains.
 */
import type { MonteCarloSummary } from '$lib/model/referral';
import { McRunner } from '$lib/state/mc-runner.svelte';
import type { ReferralJob } from './mc-protocol';

export type ReferralRunner = McRunner<ReferralJob, MonteCarloSummary>;

export const createReferralRunner = (delay?: number): ReferralRunner =>
	new McRunner<ReferralJob, MonteCarloSummary>(
		() => new Worker(new URL('./mc.worker.ts', import.meta.url), { type: 'module' }),
		{ delay, size: (job) => job.runs }
	);
