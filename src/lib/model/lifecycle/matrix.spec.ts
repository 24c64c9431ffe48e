import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	identityMatrix,
	matrixPower,
	matrixTimesColumn,
	multiplyMatrices,
	rowTimesMatrix
} from './matrix';
import { deepFreeze } from '../testing';
import { chainArbitrary } from './test-fixtures';

const retention = [
	[0.8, 0.2],
	[0, 1]
];

describe('matrix helpers', () => {
	it('multiplies a row by a matrix and a matrix by a column', () => {
		expect(rowTimesMatrix([1, 0], retention)).toEqual([0.8, 0.2]);
		expect(matrixTimesColumn(retention, [100, 0])).toEqual([80, 0]);
		expect(multiplyMatrices(identityMatrix(2), retention)).toEqual(retention);
	});

	it('raises to a power (P^0 = I, P^2 by hand)', () => {
		expect(matrixPower(retention, 0)).toEqual(identityMatrix(2));
		const squared = matrixPower(retention, 2);
		expect(squared[0]![0]).toBeCloseTo(0.64, 15);
		expect(squared[0]![1]).toBeCloseTo(0.36, 15);
		expect(squared[1]).toEqual([0, 1]);
		expect(() => matrixPower(retention, -1)).toThrow(RangeError);
		expect(() => matrixPower(retention, 1.5)).toThrow(RangeError);
	});

	it('property: rows of P^t are probability vectors (sum to 1, entries in [0, 1])', () => {
		fc.assert(
			fc.property(
				chainArbitrary({ maxStates: 8 }),
				fc.integer({ min: 0, max: 200 }),
				(chain, t) => {
					const power = matrixPower(deepFreeze(chain).transitions, t);
					for (const row of power) {
						expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
						row.forEach((p) => expect(p).toBeGreaterThanOrEqual(-1e-12));
						row.forEach((p) => expect(p).toBeLessThanOrEqual(1 + 1e-12));
					}
				}
			)
		);
	});

	it('property: P^(a+b) = P^a · P^b', () => {
		fc.assert(
			fc.property(
				chainArbitrary(),
				fc.integer({ min: 0, max: 20 }),
				fc.integer({ min: 0, max: 20 }),
				(chain, a, b) => {
					const left = matrixPower(chain.transitions, a + b);
					const right = multiplyMatrices(
						matrixPower(chain.transitions, a),
						matrixPower(chain.transitions, b)
					);
					left.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(right[i]![j]!, 10)));
				}
			)
		);
	});
});
