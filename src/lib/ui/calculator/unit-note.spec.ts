import { describe, expect, it } from 'vitest';
import { movement, orNull } from './unit-note';

describe('movement', () => {
	it('names the direction of a change of at least half a cent', () => {
		expect(movement(100, 120)).toBe('higher');
		expect(movement(100, 99.99)).toBe('lower');
		expect(movement(100, 100.004)).toBe('same');
	});

	it('counts a side the model refused as no move', () => {
		expect(movement(null, 5)).toBe('same');
		expect(movement(5, null)).toBe('same');
	});
});

describe('orNull', () => {
	it('gives the figure, or null where computing it throws', () => {
		expect(orNull(() => 3)).toBe(3);
		expect(
			orNull(() => {
				throw new Error('refused');
			})
		).toBeNull();
	});
});
