import { describe, expect, it } from 'vitest';
import { distinctHistories, requireSummary, subsampleHistories } from './summary';
import { pAliveHistory } from './palive-history';
import { bgnbdPAlive } from './bgnbd-predict';

const of = (...values: number[]) => Float64Array.from(values);

describe('summary checks', () => {
	it('names the column and the customer that break the rules', () => {
		expect(() => requireSummary({ frequency: of(1), recency: of(5), age: of(3) })).toThrow(
			/recency: customer 0/
		);
		expect(() => requireSummary({ frequency: of(0), recency: of(1), age: of(3) })).toThrow(
			/recency/
		);
		expect(() => requireSummary({ frequency: of(2.5), recency: of(1), age: of(3) })).toThrow(
			/frequency/
		);
		expect(() => requireSummary({ frequency: of(1), recency: of(1), age: of(NaN) })).toThrow(/age/);
		expect(() => requireSummary({ frequency: of(), recency: of(), age: of() })).toThrow(
			/frequency/
		);
		expect(() =>
			requireSummary({ frequency: of(1), recency: of(1), age: of(3), monetary: of(-1) })
		).toThrow(/monetary/);
		expect(() =>
			requireSummary({ frequency: of(0, 1), recency: of(0, 1), age: of(3, 3) })
		).not.toThrow();
	});

	it('groups equal histories and keeps every customer counted', () => {
		const groups = distinctHistories({
			frequency: of(0, 0, 2, 0),
			recency: of(0, 0, 3, 0),
			age: of(5, 5, 6, 4)
		});
		expect(Array.from(groups.count)).toEqual([2, 1, 1]);
		expect(groups.customers).toBe(4);
		expect(groups.maxFrequency).toBe(2);
	});

	it('subsamples only large bases, with the share of customers it keeps', () => {
		const n = 30_000;
		const big = distinctHistories({
			frequency: Float64Array.from({ length: n }, (_, i) => i % 7),
			recency: Float64Array.from({ length: n }, (_, i) => (i % 7 ? i / 1000 : 0)),
			age: Float64Array.from({ length: n }, (_, i) => 40 + i / 1000)
		});
		const sub = subsampleHistories(big)!;
		expect(sub.data.frequency.length).toBe(10_000);
		expect(sub.share).toBeCloseTo(1 / 3, 10);
		expect(
			subsampleHistories(distinctHistories({ frequency: of(0), recency: of(0), age: of(1) }))
		).toBeUndefined();
	});
});

describe('P(alive) history', () => {
	const model = {
		kind: 'bgnbd' as const,
		params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425754 }
	};

	it('jumps at purchases and falls in silences', () => {
		const points = pAliveHistory(model, [4, 30.43], 52, 53);
		const after = points.find((p) => p.time === 30.43 && p.purchase)!;
		const before = points.find((p) => p.time === 30.43 && !p.purchase)!;
		expect(after.pAlive).toBeGreaterThan(before.pAlive);
		expect(points[0]!.pAlive).toBe(1);
		const end = points.at(-1)!;
		expect(end.time).toBe(52);
		expect(end.pAlive).toBeCloseTo(
			bgnbdPAlive(model.params, { frequency: 2, recency: 30.43, age: 52 }).value,
			14
		);
		const silent = points.filter((p) => p.time > 30.43);
		for (let i = 1; i < silent.length; i++)
			expect(silent[i]!.pAlive).toBeLessThanOrEqual(silent[i - 1]!.pAlive);
	});

	it('shows that more purchases then a long silence can look less alive', () => {
		// same last purchase (week 10), watched to week 40: the frequent buyer looks more lapsed
		const once = pAliveHistory(model, [10], 40, 2).at(-1)!.pAlive;
		const often = pAliveHistory(model, [2, 4, 6, 8, 10], 40, 2).at(-1)!.pAlive;
		expect(often).toBeLessThan(once);
	});
});
