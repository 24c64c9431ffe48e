import { describe, expect, it, vi } from 'vitest';
import { referralPresets } from '$lib/model/referral';
import { McRunner } from './mc-runner.svelte';

/** A stand-in worker that records what the page posts to it. */
function fakeWorker() {
	const posted: unknown[] = [];
	const worker = { postMessage: (m: unknown) => posted.push(m), terminate: () => {} };
	return { posted, create: () => worker as unknown as Worker };
}

describe('McRunner', () => {
	const params = referralPresets['software-vendor'].params;

	it('only remembers requests until it is activated, then runs the latest one', () => {
		vi.useFakeTimers();
		try {
			const worker = fakeWorker();
			const create = vi.fn(worker.create);
			const runner = new McRunner(create, 10);
			runner.request(params);
			runner.request({ ...params, lag: 7 });
			vi.advanceTimersByTime(100);
			expect(create).not.toHaveBeenCalled();
			expect(runner.status).toBe('idle');

			runner.activate();
			expect(runner.status).toBe('waiting');
			vi.advanceTimersByTime(100);
			expect(create).toHaveBeenCalledTimes(1);
			expect(worker.posted).toHaveLength(1);
			expect(worker.posted[0]).toMatchObject({ job: { params: { lag: 7 } } });
			expect(runner.status).toBe('running');

			runner.activate();
			vi.advanceTimersByTime(100);
			expect(worker.posted).toHaveLength(1);
		} finally {
			vi.useRealTimers();
		}
	});
});
