import { describe, expect, it } from 'vitest';
import { nextTask, serveSimulations, type McReply, type WorkerPort } from './mc-protocol';

/** Stand-in for a worker's global scope: the page's side posts requests, replies are collected. */
function fakePort() {
	const replies: McReply<string>[] = [];
	const port: WorkerPort = {
		onmessage: null,
		postMessage: (message) => replies.push(message as McReply<string>)
	};
	const send = (data: unknown) => port.onmessage?.({ data } as MessageEvent);
	return { port, replies, send };
}

/** Counts to `job` in steps of one, yielding between steps like a batched simulation. */
async function count(
	job: number,
	progress: (done: number, total: number) => void,
	stopped: () => boolean
) {
	for (let done = 1; done <= job; done++) {
		progress(done, job);
		await nextTask();
		if (stopped()) return undefined;
	}
	return `counted to ${job}`;
}

describe('serveSimulations', () => {
	it('reports progress, then the result and how long it took', async () => {
		const { port, replies, send } = fakePort();
		serveSimulations(count, port);
		await send({ id: 1, job: 3 });
		expect(replies.slice(0, 3)).toEqual(
			[1, 2, 3].map((done) => ({ id: 1, type: 'progress', done, total: 3 }))
		);
		expect(replies[3]).toMatchObject({ id: 1, type: 'done', result: 'counted to 3' });
		expect((replies[3] as { seconds: number }).seconds).toBeGreaterThanOrEqual(0);
		expect(replies).toHaveLength(4);
	});

	it('stops a job when a newer request arrives; only the newest answers', async () => {
		const { port, replies, send } = fakePort();
		serveSimulations(count, port);
		const first = send({ id: 1, job: 1000 });
		await nextTask();
		const second = send({ id: 2, job: 2 });
		await Promise.all([first, second]);
		expect(replies.filter((r) => r.type === 'done')).toEqual([
			expect.objectContaining({ id: 2, result: 'counted to 2' })
		]);
		expect(replies.filter((r) => r.id === 1).length).toBeLessThan(5);
	});

	it('a request without a job only stops the running one', async () => {
		const { port, replies, send } = fakePort();
		serveSimulations(count, port);
		const running = send({ id: 1, job: 1000 });
		await nextTask();
		await send({ id: 2 });
		await running;
		expect(replies.every((r) => r.type === 'progress' && r.id === 1)).toBe(true);
	});

	it('turns a thrown error (bad input) into an error reply', async () => {
		const { port, replies, send } = fakePort();
		serveSimulations(async () => {
			throw new RangeError('runs must be at least 1');
		}, port);
		await send({ id: 7, job: 0 });
		expect(replies).toEqual([{ id: 7, type: 'error', message: 'runs must be at least 1' }]);
	});
});
