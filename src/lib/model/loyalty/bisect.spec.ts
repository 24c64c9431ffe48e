import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { bisect } from './bisect';

describe('bisect', () => {
	it('finds √2', () => {
		expect(bisect((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 11);
	});

	it('finds the root of any increasing line in its bracket, from above', () => {
		fc.assert(
			fc.property(doubleIn(0, 1), (root) => {
				const found = bisect((x) => x - root, 0, 1);
				expect(found).toBeCloseTo(root, 11);
				expect(found).toBeGreaterThanOrEqual(root);
			})
		);
	});
});
