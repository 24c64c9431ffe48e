import { describe, expect as check, it } from 'vitest';
import { expect, settled } from './soon';

const tick = () => new Promise((done) => setTimeout(done, 0));
const whenSettled = () => new Promise<void>((done) => settled(done));

describe('soon: work after the page, each piece in a task of its own', () => {
	it('runs queued work in order, one piece per task', async () => {
		const log: string[] = [];
		const first = expect();
		const second = expect();
		first(() => {
			log.push('first');
			// Runs before the next task: if the second piece shared this task, it would come first.
			queueMicrotask(() => log.push('after first, same task'));
		});
		second(() => log.push('second'));
		check(log).toEqual([]);
		await whenSettled();
		check(log).toEqual(['first', 'after first, same task', 'second']);
	});

	it('settles only when announced work has been queued and run', async () => {
		const log: string[] = [];
		const later = expect();
		let done = false;
		settled(() => (done = true));
		await tick();
		await tick();
		check(done).toBe(false);
		later(() => log.push('ran'));
		await whenSettled();
		check(log).toEqual(['ran']);
		check(done).toBe(true);
	});

	it('settles when announced work is withdrawn (an island gone, or its code failed to load)', async () => {
		const gone = expect();
		let done = false;
		settled(() => (done = true));
		await tick();
		check(done).toBe(false);
		gone();
		check(done).toBe(true);
	});

	it('settles in a task of its own when nothing was announced', async () => {
		let done = false;
		settled(() => (done = true));
		check(done).toBe(false);
		await tick();
		check(done).toBe(true);
	});

	it('queues a piece once, however often its function is called', async () => {
		let runs = 0;
		const once = expect();
		once(() => runs++);
		once(() => runs++);
		once();
		await whenSettled();
		check(runs).toBe(1);
	});
});
