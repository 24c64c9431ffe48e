import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serveSimulations, type WorkerPort } from '$lib/state/mc-protocol';
import { segmentsComputeAfterPaint } from './after-paint';
import { segmentsCompute } from './compute';
import type { SegmentsInputs } from './fields';
import { presetInputs } from './presets';
import { workerSamples, workSample, type WorkerLike } from './sample-worker';

const start = presetInputs(undefined, 'en', 'USD');
const direct = (inputs: SegmentsInputs) => segmentsCompute(() => undefined)(inputs);

/**
 * The real worker's code (`serveSimulations(workSample)`) behind a stand-in `Worker`: messages go
 * both ways as structured copies, delivered when the test says (`toWorker`, `toPage`).
 */
function fakeWorker() {
	const inbox: unknown[] = [];
	const outbox: unknown[] = [];
	const port: WorkerPort = {
		onmessage: null,
		postMessage: (message) => outbox.push(structuredClone(message))
	};
	serveSimulations(workSample, port);
	const made = { count: 0, posted: 0, terminated: 0 };
	const page: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage: (message) => {
			made.posted++;
			inbox.push(structuredClone(message));
		},
		terminate: () => made.terminated++
	};
	return {
		made,
		create: () => {
			made.count++;
			return page;
		},
		/** The worker takes every message sent to it, one by one. */
		toWorker: async () => {
			for (const data of inbox.splice(0)) await port.onmessage!({ data } as MessageEvent);
		},
		/** The page takes the worker's replies. */
		toPage: () => {
			for (const data of outbox.splice(0)) page.onmessage!({ data } as MessageEvent);
		},
		fail: () => page.onerror!({} as ErrorEvent),
		pending: () => inbox.length + outbox.length
	};
}

/** The page's compute over the stand-in worker, with a hand-run schedule as in after-paint.spec. */
function page() {
	const worker = fakeWorker();
	let version = 0;
	const queue: (() => void)[] = [];
	const compute = segmentsComputeAfterPaint(() => undefined, {
		version: () => version,
		ready: () => version++,
		schedule: (task) => queue.push(task),
		worker: workerSamples(worker.create)
	});
	const later = () => queue.splice(0).forEach((task) => task());
	/** Until nothing is left in the worker or the schedule. */
	const settle = async () => {
		while (worker.pending() > 0 || queue.length > 0) {
			await worker.toWorker();
			worker.toPage();
			later();
		}
	};
	return { compute, worker, later, settle, version: () => version, queued: () => queue.length };
}

describe('the sample worker', () => {
	it('keeps the last view until the worker’s sample is in and painted, then the direct view', async () => {
		const p = page();
		const first = p.compute(start);
		expect(p.worker.made.count).toBe(0);
		const next = { ...start, count: 550 };
		expect(p.compute(next)).toBe(first);
		expect(p.worker.made.posted).toBe(1);
		await p.worker.toWorker();
		expect(p.compute(next)).toBe(first);
		p.worker.toPage();
		// in, but shown only after the next paint
		expect(p.compute(next)).toBe(first);
		expect(p.queued()).toBe(1);
		p.later();
		expect(p.version()).toBe(1);
		expect(p.compute(next)).toEqual(direct(next));
	});

	it('has one sample in the worker at a time, sends the newest next, and ends on the direct view', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						count: fc.integer({ min: 10, max: 400 }),
						seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
						pressureThreshold: fc.constantFrom(0, -2, 10)
					}),
					{ minLength: 1, maxLength: 6 }
				),
				fc.array(fc.constantFrom('none', 'worker', 'page', 'paint', 'all'), {
					minLength: 6,
					maxLength: 6
				}),
				async (steps, between) => {
					const p = page();
					p.compute(start);
					let inputs: SegmentsInputs = start;
					for (const [i, step] of steps.entries()) {
						inputs = { ...inputs, ...step };
						p.compute(inputs);
						expect(p.worker.pending()).toBeLessThanOrEqual(1);
						const what = between[i];
						if (what === 'worker' || what === 'all') await p.worker.toWorker();
						if (what === 'page' || what === 'all') p.worker.toPage();
						if (what === 'paint' || what === 'all') p.later();
					}
					await p.settle();
					expect(p.compute(inputs)).toEqual(direct(inputs));
					expect(p.worker.made.posted).toBeLessThanOrEqual(steps.length);
				}
			),
			{ numRuns: 25 }
		);
	});

	it('works the sample out on the page when the worker fails, and from then on', async () => {
		const p = page();
		p.compute(start);
		const next = { ...start, seed: 7 };
		p.compute(next);
		p.worker.fail();
		p.later();
		expect(p.compute(next)).toEqual(direct(next));
		const again = { ...start, seed: 8 };
		p.compute(again);
		expect(p.worker.made.posted).toBe(1);
		p.later();
		expect(p.compute(again)).toEqual(direct(again));
	});

	it('refuses a setting the model refuses at once, and sends nothing', () => {
		const p = page();
		p.compute(start);
		expect(() => p.compute({ ...start, count: 20_000 })).toThrow(
			expect.objectContaining({ field: 'count' })
		);
		expect(p.worker.made.posted).toBe(0);
	});

	it('ends the worker when asked to stop', () => {
		const worker = fakeWorker();
		const samples = workerSamples(worker.create);
		samples(start, () => {});
		samples.stop();
		expect(worker.made.terminated).toBe(1);
	});
});
