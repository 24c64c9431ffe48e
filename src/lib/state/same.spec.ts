import { describe, expect, it } from 'vitest';
import { keepEqual, sameData } from './same';

describe('sameData', () => {
	it('compares primitives as Object.is does', () => {
		expect(sameData(1, 1)).toBe(true);
		expect(sameData(NaN, NaN)).toBe(true);
		expect(sameData(0, -0)).toBe(false);
		expect(sameData('a', 'b')).toBe(false);
		expect(sameData(undefined, null)).toBe(false);
	});

	it('compares nested arrays and plain objects by content', () => {
		expect(
			sameData({ a: [1, { b: 'x' }], c: undefined }, { a: [1, { b: 'x' }], c: undefined })
		).toBe(true);
		expect(sameData({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
		expect(sameData([1, 2], [1, 2, 3])).toBe(false);
		// a key missing is not a key set to undefined
		expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
		expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(sameData([1], { 0: 1, length: 1 })).toBe(false);
	});

	it('compares functions and class instances by identity', () => {
		const f = () => 1;
		expect(sameData({ f }, { f })).toBe(true);
		expect(sameData({ f }, { f: () => 1 })).toBe(false);
		expect(sameData(new Date(0), new Date(0))).toBe(false);
		expect(sameData(new Map(), new Map())).toBe(false);
	});
});

describe('keepEqual', () => {
	it('hands back the previous value while the next one holds the same data', () => {
		const keep = keepEqual<{ rows: number[][] }>();
		const first = keep({ rows: [[0.5, 0.5]] });
		expect(keep({ rows: [[0.5, 0.5]] })).toBe(first);
		const second = keep({ rows: [[0.4, 0.6]] });
		expect(second).not.toBe(first);
		expect(second).toEqual({ rows: [[0.4, 0.6]] });
		// back to the first content: a new value again (only the last one is kept)
		const third = keep({ rows: [[0.5, 0.5]] });
		expect(third).not.toBe(first);
		expect(keep({ rows: [[0.5, 0.5]] })).toBe(third);
	});
});
