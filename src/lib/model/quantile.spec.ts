import fc from 'fast-check';
import { doubleIn } from './arbitraries';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from './quantile';

describe('quantileSorted', () => {
	it('interpolates between order statistics (Hyndman & Fan type 7, as R and NumPy)', () => {
		const sample = Float64Array.of(1, 2, 3, 4);
		// R: quantile(c(1, 2, 3, 4), c(0, 0.1, 0.5, 1)) = 1, 1.3, 2.5, 4
		expect(quantileSorted(sample, 0)).toBe(1);
		expect(quantileSorted(sample, 0.1)).toBeCloseTo(1.3, 12);
		expect(quantileSorted(sample, 0.5)).toBe(2.5);
		expect(quantileSorted(sample, 1)).toBe(4);
		// numpy.percentile([10, 20, 30, 40, 50], 10) = 14
		expect(quantileSorted([10, 20, 30, 40, 50], 0.1)).toBeCloseTo(14, 12);
		// R: quantile(c(-3, 0, 0, 8, 100), 0.9) = 8 + 0.6 · (100 − 8) = 63.2
		expect(quantileSorted([-3, 0, 0, 8, 100], 0.9)).toBeCloseTo(63.2, 12);
	});

	it('gives the one value of a sample of one', () => {
		expect(quantileSorted([7], 0.9)).toBe(7);
		expect(quantileSorted(Float64Array.of(-2), 0)).toBe(-2);
	});

	it('refuses an empty sample and p outside 0 … 1', () => {
		expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
		expect(() => quantileSorted(Float64Array.of(), 0.1)).toThrow(RangeError);
		for (const p of [-0.1, 1.1, Number.NaN]) {
			expect(() => quantileSorted([1, 2], p)).toThrow(RangeError);
		}
	});

	it('hits the order statistics at p = k/(n − 1), stays between them and grows with p', () => {
		const sample = fc
			.array(doubleIn(-1e6, 1e6), { minLength: 1, maxLength: 40 })
			.map((xs) => Float64Array.from(xs).sort());
		fc.assert(
			fc.property(sample, doubleIn(0, 1), (sorted, p) => {
				const n = sorted.length;
				for (let k = 0; k < n; k++) {
					expect(quantileSorted(sorted, n === 1 ? 0 : k / (n - 1))).toBeCloseTo(sorted[k]!, 6);
				}
				const h = (n - 1) * p;
				const value = quantileSorted(sorted, p);
				expect(value).toBeGreaterThanOrEqual(sorted[Math.floor(h)]! - 1e-9);
				expect(value).toBeLessThanOrEqual(sorted[Math.ceil(h)]! + 1e-9);
				expect(quantileSorted(sorted, Math.min(1, p + 0.01))).toBeGreaterThanOrEqual(value - 1e-9);
			})
		);
	});
});
