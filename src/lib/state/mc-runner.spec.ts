import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { McReply, McRequest } from './mc-protocol';
import { McRunner } from './mc-runner.svelte';

type Job = { readonly tag: string };

/** Stand-in for a Worker: records what the page posts and lets a test reply as the worker would. */
function fakeWorker() {
	const posted: McRequest<Job>[] = [];
	const worker = {
		onmessage: null as ((event: MessageEvent) => void) | null,
		onerror: null as (() => void) | null,
		terminated: false,
		postMessage: (request: McRequest<Job>) => posted.push(request),
		terminate: () => (worker.terminated = true)
	};
	const reply = (message: McReply<number>) => worker.onmessage?.({ data: message } as MessageEvent);
	const create = vi.fn(() => worker as unknown as Worker);
	return { worker, posted, reply, create };
}

describe('McRunner', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('remembers requests until started, then runs only the latest', () => {
		const fake = fakeWorker();
		const runner = new McRunner<Job, number>(fake.create, { delay: 10 });
		runner.request({ tag: 'first' });
		runner.request({ tag: 'latest' });
		vi.advanceTimersByTime(100);
		expect(fake.create).not.toHaveBeenCalled();
		expect(runner.status).toBe('idle');

		runner.start();
		runner.start();
		expect(runner.status).toBe('waiting');
		vi.advanceTimersByTime(100);
		expect(fake.create).toHaveBeenCalledTimes(1);
		expect(fake.posted).toEqual([{ id: 1, job: { tag: 'latest' } }]);
		expect(runner.status).toBe('running');
	});

	it('waits for a pause in requests, and stops a running job when a newer one comes', () => {
		const fake = fakeWorker();
		const runner = new McRunner<Job, number>(fake.create, { delay: 10 });
		runner.start();
		runner.request({ tag: 'a' });
		vi.advanceTimersByTime(5);
		runner.request({ tag: 'b' });
		vi.advanceTimersByTime(5);
		expect(fake.posted).toEqual([]);
		vi.advanceTimersByTime(5);
		expect(fake.posted).toEqual([{ id: 2, job: { tag: 'b' } }]);

		runner.request({ tag: 'c' });
		// the running job is told to stop at once, the new one starts after the pause
		expect(fake.posted.at(-1)).toEqual({ id: 3 });
		vi.advanceTimersByTime(10);
		expect(fake.posted.at(-1)).toEqual({ id: 3, job: { tag: 'c' } });
	});

	it('shows progress and the result of the latest job, ignoring replies to older ones', () => {
		const fake = fakeWorker();
		const runner = new McRunner<Job, number>(fake.create, {
			delay: 0,
			size: (job) => job.tag.length * 100
		});
		runner.start();
		runner.request({ tag: 'old' });
		vi.advanceTimersByTime(1);
		runner.request({ tag: 'new!' });
		expect(runner.total).toBe(400);
		expect(runner.fraction).toBe(0);
		vi.advanceTimersByTime(1);

		fake.reply({ id: 1, type: 'progress', done: 250, total: 300 });
		fake.reply({ id: 1, type: 'done', result: 1, seconds: 1 });
		expect(runner.done).toBe(0);
		expect(runner.finished).toBeUndefined();

		fake.reply({ id: 2, type: 'progress', done: 100, total: 400 });
		expect(runner.fraction).toBe(0.25);
		fake.reply({ id: 2, type: 'done', result: 42, seconds: 0.5 });
		expect(runner.status).toBe('done');
		expect(runner.fraction).toBe(1);
		expect(runner.finished).toEqual({ job: { tag: 'new!' }, result: 42, seconds: 0.5 });

		// a new request hides the finished result until its own arrives
		runner.request({ tag: 'next' });
		expect(runner.finished).toBeUndefined();
		expect(runner.status).toBe('waiting');
	});

	it('does not rerun the job on screen, but retries one that failed', () => {
		const fake = fakeWorker();
		const runner = new McRunner<Job, number>(fake.create, { delay: 0 });
		runner.start();
		runner.request({ tag: 'a' });
		vi.advanceTimersByTime(1);
		fake.reply({ id: 1, type: 'done', result: 1, seconds: 0 });
		runner.request({ tag: 'a' });
		vi.advanceTimersByTime(1);
		expect(fake.posted).toHaveLength(1);
		expect(runner.status).toBe('done');

		runner.request({ tag: 'b' });
		vi.advanceTimersByTime(1);
		fake.reply({ id: 2, type: 'error', message: 'bad input' });
		expect(runner.status).toBe('error');
		runner.request({ tag: 'b' });
		vi.advanceTimersByTime(1);
		expect(fake.posted.at(-1)).toEqual({ id: 3, job: { tag: 'b' } });
		expect(runner.status).toBe('running');
	});

	it('says it failed when the browser cannot make a worker, or the worker fails to load', () => {
		const runner = new McRunner<Job, number>(
			() => {
				throw new Error('no workers here');
			},
			{ delay: 0 }
		);
		runner.start();
		runner.request({ tag: 'a' });
		vi.advanceTimersByTime(1);
		expect(runner.status).toBe('error');

		const fake = fakeWorker();
		const other = new McRunner<Job, number>(fake.create, { delay: 0 });
		other.start();
		other.request({ tag: 'a' });
		vi.advanceTimersByTime(1);
		fake.worker.onerror?.();
		expect(other.status).toBe('error');
	});

	it('cancel stops the running job, ignores its late replies, and lets the same job run again', () => {
		const fake = fakeWorker();
		const runner = new McRunner<Job, number>(fake.create, { delay: 0 });
		runner.start();
		runner.request({ tag: 'a' });
		vi.advanceTimersByTime(1);
		fake.reply({ id: 1, type: 'progress', done: 5, total: 10 });
		runner.cancel();
		expect(fake.posted.at(-1)).toEqual({ id: 2 });
		expect(runner.status).toBe('idle');
		expect(runner.fraction).toBe(0);
		fake.reply({ id: 1, type: 'done', result: 1, seconds: 0 });
		expect(runner.finished).toBeUndefined();
		expect(runner.status).toBe('idle');

		runner.request({ tag: 'a' });
		vi.advanceTimersByTime(1);
		expect(fake.posted.at(-1)).toEqual({ id: 3, job: { tag: 'a' } });
		// cancelled before it was posted: nothing reaches the worker
		runner.request({ tag: 'b' });
		runner.cancel();
		vi.advanceTimersByTime(10);
		expect(fake.posted.some((m) => m.job?.tag === 'b')).toBe(false);
		expect(runner.status).toBe('idle');
	});

	it('destroy stops the worker and any pending start', () => {
		const fake = fakeWorker();
		const runner = new McRunner<Job, number>(fake.create, { delay: 10 });
		runner.start();
		runner.request({ tag: 'a' });
		vi.advanceTimersByTime(20);
		runner.request({ tag: 'b' });
		runner.destroy();
		vi.advanceTimersByTime(20);
		expect(fake.worker.terminated).toBe(true);
		expect(fake.posted.filter((m) => m.job)).toEqual([{ id: 1, job: { tag: 'a' } }]);
	});
});
