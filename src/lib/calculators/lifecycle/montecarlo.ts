/**
 * The lifecycle calculator's Monte-Carlo: the job its worker (`montecarlo.worker.ts`) runs and the
 * runner that drives it from the page (the generic `McRunner`, started when its section nears the
 * screen).
 */
import type { MonteCarloInput, MonteCarloResult } from '$lib/model/lifecycle';
import { McRunner } from '$lib/state/mc-runner.svelte';
import type { SimulationPlan } from './simulation';

/** What to simulate, and the plan it came from (to scale the result back to the reader's cohort). */
export interface LifecycleJob {
	readonly input: MonteCarloInput;
	readonly plan: SimulationPlan;
}

export type LifecycleRunner = McRunner<LifecycleJob, MonteCarloResult>;

/** A runner for the cohort simulation; progress counts simulated customers. */
export const createLifecycleRunner = (delay?: number): LifecycleRunner =>
	new McRunner<LifecycleJob, MonteCarloResult>(
		() => new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' }),
		{ delay, size: (job) => job.plan.customers }
	);
