import { describe, expect, it } from 'vitest';
import { ModelInputError } from '$lib/model/errors';
import { LastValid } from './last-valid';

/** A stand-in model: the square root of a number the reader types, refused below zero. */
function root(x: number): number {
	if (x < 0) throw new ModelInputError('radicand', 'min', 'radicand must be ≥ 0', { min: 0 });
	return Math.sqrt(x);
}
const fields = { radicand: { input: 'x', kind: 'number' } } as const;

describe('LastValid', () => {
	it('shows the view for valid inputs', () => {
		const memo = new LastValid(root, fields, () => 1);
		expect(memo.read(9)).toEqual({ view: 3 });
		expect(memo.read(16)).toEqual({ view: 4 });
	});

	it('keeps the last accepted view when the model refuses, and names the input', () => {
		const memo = new LastValid(root, fields, () => 1);
		memo.read(4);
		expect(memo.read(-1)).toEqual({
			view: 2,
			problem: { input: 'x', kind: 'min', format: 'number', min: 0, max: undefined }
		});
		expect(memo.read(-5).view).toBe(2);
		expect(memo.read(25)).toEqual({ view: 5 });
	});

	it('falls back to inputs the model accepts when the first inputs are refused', () => {
		const memo = new LastValid(root, fields, () => 49);
		expect(memo.read(-1)).toMatchObject({ view: 7, problem: { input: 'x' } });
	});

	it('rethrows anything that is not a model refusal (a bug)', () => {
		const memo = new LastValid(
			(x: number) => {
				if (x > 1) throw new TypeError('bug');
				return x;
			},
			fields,
			() => 0
		);
		expect(() => memo.read(2)).toThrow(TypeError);
	});
});
