import { describe, expect, it } from 'vitest';
import { quantileSorted } from './quantile';

describe('quantileSorted', () => {
	it('interpolates between order statistics (type 7, as R and NumPy)', () => {
		const sample = Float64Array.of(1, 2, 3, 4);
		expect(quantileSorted(sample, 0.1)).toBeCloseTo(1.3, 12);
		expect(quantileSorted(sample, 0.5)).toBe(2.5);
		expect(quantileSorted(sample, 0)).toBe(1);
		expect(quantileSorted(sample, 1)).toBe(4);
	});

	it('handles one value and none', () => {
		expect(quantileSorted([7], 0.9)).toBe(7);
		expect(quantileSorted([], 0.5)).toBe(0);
	});
});
