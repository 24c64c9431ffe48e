import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { describe, expect, it } from 'vitest';
import { invertMatrix, solveLinear } from './linear';
import { identityMatrix, matrixTimesColumn, multiplyMatrices } from './matrix';
import { deepFreeze } from '../testing';

describe('solveLinear', () => {
	it('solves a 2 × 2 system', () => {
		const x = solveLinear(
			[
				[2, 1],
				[1, 3]
			],
			[3, 5]
		)!;
		expect(x[0]).toBeCloseTo(0.8, 14);
		expect(x[1]).toBeCloseTo(1.4, 14);
	});

	it('needs pivoting when the first pivot is zero', () => {
		const x = solveLinear(
			[
				[0, 1],
				[1, 0]
			],
			[2, 3]
		);
		expect(x).toEqual([3, 2]);
	});

	it('reports a singular matrix as undefined', () => {
		expect(
			solveLinear(
				[
					[1, 2],
					[2, 4]
				],
				[1, 2]
			)
		).toBeUndefined();
		expect(solveLinear([[0]], [1])).toBeUndefined();
	});

	it('rejects mismatched sizes', () => {
		expect(() => solveLinear([[1, 2]], [1])).toThrow(RangeError);
	});

	it('property: residual of random diagonally dominant 30 × 30 systems is tiny; input untouched', () => {
		const size = 30;
		const entries = fc.array(doubleIn(-1, 1), {
			minLength: size * size,
			maxLength: size * size
		});
		const rhs = fc.array(doubleIn(-100, 100), {
			minLength: size,
			maxLength: size
		});
		fc.assert(
			fc.property(entries, rhs, (flat, b) => {
				const a = Array.from({ length: size }, (_, i) =>
					Array.from({ length: size }, (_, j) => flat[i * size + j]! + (i === j ? size : 0))
				);
				const frozenA = deepFreeze(a);
				const x = solveLinear(frozenA, deepFreeze(b))!;
				matrixTimesColumn(a, x).forEach((y, i) => expect(y).toBeCloseTo(b[i]!, 9));
			}),
			{ numRuns: 30 }
		);
	});
});

describe('invertMatrix', () => {
	it('inverts, and A · A⁻¹ = I', () => {
		const a = [
			[4, 7, 2],
			[3, 6, 1],
			[2, 5, 3]
		];
		const inverse = invertMatrix(a)!;
		const product = multiplyMatrices(a, inverse);
		const identity = identityMatrix(3);
		product.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(identity[i]![j]!, 12)));
		expect(
			invertMatrix([
				[2, 0],
				[0, 4]
			])
		).toEqual([
			[0.5, 0],
			[0, 0.25]
		]);
		expect(
			invertMatrix([
				[1, 1],
				[1, 1]
			])
		).toBeUndefined();
	});
});
