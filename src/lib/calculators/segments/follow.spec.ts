import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followAfterPaint } from './after-paint';
import { segmentsCompute, type SegmentsView } from './compute';
import { presetInputs } from './presets';

const start = presetInputs(undefined, 'en', 'USD');
const compute = segmentsCompute(() => undefined);

function follower() {
	const shown: SegmentsView[] = [];
	const queue: (() => void)[] = [];
	const follow = followAfterPaint(
		(view) => shown.push(view),
		(task) => queue.push(task)
	);
	return {
		follow,
		shown,
		queued: () => queue.length,
		paint: () => queue.splice(0).forEach((task) => task())
	};
}

describe('followAfterPaint', () => {
	it('passes the first view and a moved line at once', () => {
		const f = follower();
		const first = compute(start);
		f.follow(first);
		const moved = compute({ ...start, pressureThreshold: 5 });
		expect(moved.customers).toBe(first.customers);
		f.follow(moved);
		expect(f.shown).toEqual([first, moved]);
		expect(f.queued()).toBe(0);
	});

	it('passes a new sample after the next paint, only the newest of those waiting', () => {
		const f = follower();
		f.follow(compute(start));
		const a = compute({ ...start, count: 550 });
		const b = compute({ ...start, count: 600 });
		f.follow(a);
		f.follow(b);
		expect(f.shown).toHaveLength(1);
		expect(f.queued()).toBe(1);
		f.paint();
		expect(f.shown.at(-1)).toBe(b);
		expect(f.shown).toHaveLength(2);
	});

	it('drops a waiting sample when the page goes back to the customers shown', () => {
		const f = follower();
		const first = compute(start);
		f.follow(first);
		f.follow(compute({ ...start, count: 550 }));
		const back = compute({ ...start, pressureThreshold: 3 });
		f.follow(back);
		f.paint();
		expect(f.shown).toEqual([first, back]);
	});

	it('always ends on the last view it was given', () => {
		const views = [500, 550, 600].map((count) => compute({ ...start, count }));
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean()), {
					minLength: 1,
					maxLength: 12
				}),
				(steps) => {
					const f = follower();
					for (const [i, paint] of steps) {
						f.follow(views[i]!);
						if (paint) f.paint();
					}
					f.paint();
					expect(f.shown.at(-1)).toBe(views[steps.at(-1)![0]]);
				}
			)
		);
	});
});
