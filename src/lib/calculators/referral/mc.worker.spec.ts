import { afterEach, describe, expect, it, vi } from 'vitest';
import { referralPresets, simulateReferral, type MonteCarloSummary } from '$lib/model/referral';
import { type McReply, type WorkerPort } from '$lib/state/mc-protocol';
import { MC_SEED, referralJob, runsFor } from './mc-protocol';

describe('the referral simulation worker', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	it('simulates the fixed seed with as many runs as the horizon allows', () => {
		const params = referralPresets['software-vendor'].params;
		expect(referralJob(params)).toEqual({
			params,
			seed: MC_SEED,
			runs: runsFor(params.horizon, 3_000_000)
		});
	});

	it('answers a job with progress in chains and the same summary as the model', async () => {
		const replies: McReply<MonteCarloSummary>[] = [];
		const port: WorkerPort = { onmessage: null, postMessage: (m) => replies.push(m as never) };
		vi.stubGlobal('self', port);
		await import('./mc.worker');

		const job = { ...referralJob(referralPresets['software-vendor'].params), runs: 600 };
		await port.onmessage?.({ data: { id: 3, job } } as MessageEvent);

		expect(
			replies.filter((r) => r.type === 'progress').map((r) => r.type === 'progress' && r.done)
		).toEqual([250, 500, 600]);
		const done = replies.at(-1);
		expect(done?.type).toBe('done');
		expect(done?.type === 'done' && done.result).toEqual(
			simulateReferral(job.params, job.seed, job.runs)
		);
	});
});
