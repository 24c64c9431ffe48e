import { describe, expect, it } from 'vitest';
import { discountFactors } from './discount';

describe('discountFactors', () => {
	it('is 1/(1+d)^t with period 0 undiscounted', () => {
		const factors = discountFactors(0.1, 3);
		expect(factors[0]).toBe(1);
		expect(factors[1]).toBeCloseTo(1 / 1.1, 15);
		expect(factors[2]).toBeCloseTo(1 / 1.21, 15);
	});

	it('is all ones at a zero rate', () => {
		expect(Array.from(discountFactors(0, 4))).toEqual([1, 1, 1, 1]);
	});
});
