import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '$lib/model/segments';
import { keptSamples, segmentsComputeAfterPaint } from './after-paint';
import { segmentsCompute } from './compute';
import type { SegmentsInputs } from './fields';
import { presetInputs } from './presets';

const start = presetInputs(undefined, 'en', 'USD');

/** A page's compute with a hand-run schedule: `later()` runs what the page would after a paint. */
function page(table: () => readonly CustomerRecord[] | undefined = () => undefined) {
	let version = 0;
	const queue: (() => void)[] = [];
	const compute = segmentsComputeAfterPaint(table, {
		version: () => version,
		ready: () => version++,
		schedule: (task) => queue.push(task)
	});
	return {
		compute,
		queued: () => queue.length,
		version: () => version,
		later: () => queue.splice(0).forEach((task) => task())
	};
}

describe('segmentsComputeAfterPaint', () => {
	it('gives the first view at once, the same as segmentsCompute', () => {
		const { compute, queued } = page();
		expect(compute(start)).toEqual(segmentsCompute(() => undefined)(start));
		expect(queued()).toBe(0);
	});

	it('keeps the last view until the new sample is worked out, then gives the direct view', () => {
		const p = page();
		const first = p.compute(start);
		const next = { ...start, count: 550 };
		// the very same object: nothing on the page changes before the next paint
		expect(p.compute(next)).toBe(first);
		expect(p.queued()).toBe(1);
		p.later();
		expect(p.version()).toBe(1);
		const after = p.compute(next);
		expect(after.source).toEqual({ kind: 'sample', count: 550, seed: 1 });
		expect(after).toEqual(segmentsCompute(() => undefined)(next));
	});

	it('moves the lines at once over the customers shown', () => {
		const p = page();
		p.compute(start);
		const moved = { ...start, pressureThreshold: 5 };
		expect(p.compute(moved)).toEqual(segmentsCompute(() => undefined)(moved));
		expect(p.queued()).toBe(0);
	});

	it('works out only the newest sample asked for, and ends on the direct view', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						count: fc.integer({ min: 10, max: 400 }),
						seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
						pressureThreshold: fc.constantFrom(0, -2, 10)
					}),
					{ minLength: 1, maxLength: 6 }
				),
				fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
				(steps, paints) => {
					const p = page();
					p.compute(start);
					let inputs: SegmentsInputs = start;
					steps.forEach((step, i) => {
						inputs = { ...inputs, ...step };
						p.compute(inputs);
						expect(p.queued()).toBeLessThanOrEqual(1);
						if (paints[i]) p.later();
					});
					p.later();
					expect(p.compute(inputs)).toEqual(segmentsCompute(() => undefined)(inputs));
				}
			),
			{ numRuns: 25 }
		);
	});

	it('gives a recent sample back at once', () => {
		const p = page();
		const first = p.compute(start);
		for (let i = 1; i < keptSamples; i++) {
			p.compute({ ...start, count: 500 + 50 * i });
			p.later();
		}
		expect(p.compute(start).customers).toBe(first.customers);
		expect(p.queued()).toBe(0);
	});

	it('works out every sample at once where there are no frames (prerendering)', () => {
		let version = 0;
		const compute = segmentsComputeAfterPaint(() => undefined, {
			version: () => version,
			ready: () => version++
		});
		compute(start);
		const next = { ...start, seed: 9 };
		expect(compute(next)).toEqual(segmentsCompute(() => undefined)(next));
		expect(version).toBe(0);
	});

	it('refuses a setting the model refuses at once, naming it, and schedules nothing', () => {
		const p = page();
		p.compute(start);
		expect(() => p.compute({ ...start, count: 20_000 })).toThrow(
			expect.objectContaining({ field: 'count' })
		);
		expect(p.queued()).toBe(0);
	});

	it('shows the reader’s table at once, and the sample again after it', () => {
		const four: CustomerRecord[] = [
			{ id: 'a', transactions: 10, profit: 1000, recencyDays: 3 },
			{ id: 'b', transactions: 1, profit: 200, recencyDays: 90 },
			{ id: 'c', transactions: 10, profit: 50, recencyDays: 10 },
			{ id: 'd', transactions: 1, profit: -30, recencyDays: 200 }
		];
		let table: readonly CustomerRecord[] | undefined;
		const p = page(() => table);
		const first = p.compute(start);
		table = four;
		expect(p.compute(start).source).toEqual({ kind: 'table', count: 4 });
		table = undefined;
		expect(p.compute(start).customers).toBe(first.customers);
	});
});
