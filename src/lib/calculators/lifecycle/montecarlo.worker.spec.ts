import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulateCohort, type MonteCarloResult } from '$lib/model/lifecycle';
import { twoStateChain } from '$lib/model/lifecycle/test-fixtures';
import { type McReply, type WorkerPort } from '$lib/state/mc-protocol';
import type { LifecycleJob } from './montecarlo';
import { simulationPlan } from './simulation';

describe('the lifecycle simulation worker', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	it('answers a job with progress in customers and the same result as the model', async () => {
		const replies: McReply<MonteCarloResult>[] = [];
		const port: WorkerPort = { onmessage: null, postMessage: (m) => replies.push(m as never) };
		vi.stubGlobal('self', port);
		await import('./montecarlo.worker');

		const plan = simulationPlan(50, 6, 2);
		const input = {
			chain: twoStateChain(),
			cohort: { cohortSize: plan.cohortSize, periods: 6, initial: 'active' },
			runs: plan.runs,
			seed: 7
		};
		const job: LifecycleJob = { input, plan };
		await port.onmessage?.({ data: { id: 1, job } } as MessageEvent);

		const progress = replies.filter((r) => r.type === 'progress');
		expect(progress.at(-1)).toEqual({
			id: 1,
			type: 'progress',
			done: plan.customers,
			total: plan.customers
		});
		const done = replies.at(-1);
		expect(done?.type).toBe('done');
		expect(done?.type === 'done' && done.result).toEqual(simulateCohort(input));
	});
});
