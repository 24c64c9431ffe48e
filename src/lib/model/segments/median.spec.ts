import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { ModelInputError } from '../errors';
import { median } from './median';

describe('median', () => {
	it('takes the middle value of an odd count', () => {
		// sorted 1, 3, 5 → the 2nd
		const result = median('m', 'n', [5, 1, 3], 'count');
		expect(result.value).toBe(3);
		expect(evaluate(result.step.formula)).toBe(3);
	});

	it('averages the two middle values of an even count', () => {
		// sorted 1, 2, 3, 5 → (2 + 3) / 2 = 2.5
		const result = median('m', 'n', [5, 1, 3, 2], 'count');
		expect(result.value).toBe(2.5);
		expect(evaluate(result.step.formula)).toBe(2.5);
	});

	it('refuses an empty list', () => {
		expect(() => median('m', 'n', [], 'count')).toThrow(ModelInputError);
	});

	it('has at least half the values on each side, and its step evaluates to it', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (values) => {
				const { value, step } = median('m', 'x', values, 'number');
				expect(values.filter((x) => x <= value).length * 2).toBeGreaterThanOrEqual(values.length);
				expect(values.filter((x) => x >= value).length * 2).toBeGreaterThanOrEqual(values.length);
				expect(evaluate(step.formula)).toBeCloseTo(value, 9);
			})
		);
	});
});
