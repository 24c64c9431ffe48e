import { describe, expect, it } from 'vitest';
import { following, replaced, sameData } from './props';

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

describe('replaced', () => {
	it('sees other data in a prop, not a new object holding the same, nor a new function', () => {
		const first = { rows: [[0.5, 0.5]], n: 3, on: () => 1 };
		expect(replaced(first, { rows: [[0.5, 0.5]], n: 3, on: () => 2 })).toBe(false);
		expect(replaced(first, { rows: [[0.4, 0.6]], n: 3, on: first.on })).toBe(true);
		expect(replaced(first, { rows: first.rows, n: 4, on: first.on })).toBe(true);
	});
});

describe('following', () => {
	it('reads the current props, handing back the value read before while its data is the same', () => {
		let now: { rows: number[][]; n: number } = { rows: [[0.5, 0.5]], n: 1 };
		const props = following(() => now, ['rows', 'n']);
		const rows = props.rows;
		expect(rows).toEqual([[0.5, 0.5]]);
		now = { rows: [[0.5, 0.5]], n: 2 };
		expect(props.n).toBe(2);
		expect(props.rows).toBe(rows);
		now = { rows: [[0.4, 0.6]], n: 2 };
		expect(props.rows).toEqual([[0.4, 0.6]]);
		expect(props.rows).not.toBe(rows);
		expect(Object.keys(props)).toEqual(['rows', 'n']);
	});

	it('reads the props function on every read', () => {
		let calls = 0;
		const now = { a: [1] };
		const props = following(() => {
			calls++;
			return now;
		}, ['a']);
		for (let i = 0; i < 3; i++) expect(props.a).toBe(now.a);
		expect(calls).toBe(3);
	});
});
