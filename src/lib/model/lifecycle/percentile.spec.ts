import { describe, expect, it } from 'vitest';
import { quantileOfSorted } from './percentile';

describe('quantileOfSorted', () => {
	it('interpolates between order statistics (Hyndman & Fan type 7)', () => {
		expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantileOfSorted([1, 2, 3, 4], 0)).toBe(1);
		expect(quantileOfSorted([1, 2, 3, 4], 1)).toBe(4);
		// numpy.percentile([10, 20, 30, 40, 50], 10) = 14
		expect(quantileOfSorted([10, 20, 30, 40, 50], 0.1)).toBeCloseTo(14, 12);
		expect(quantileOfSorted(Float64Array.from([7]), 0.9)).toBe(7);
	});

	it('refuses an empty list', () => {
		expect(() => quantileOfSorted([], 0.5)).toThrow(RangeError);
	});
});
