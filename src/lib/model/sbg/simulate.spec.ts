import { describe, expect, it } from 'vitest';
import { thrownField } from '../testing';
import { createRandom } from '../random';
import { simulateCohorts } from './simulate';
import { churnByBeta, survivalByBeta } from './test-fixtures';

describe('simulateCohorts', () => {
	it('same parameters and seed, same table; a triangle one period younger per cohort', () => {
		const options = { cohorts: 4, size: 200, ages: 6 };
		const a = simulateCohorts({ alpha: 1, beta: 2 }, options, createRandom(9));
		const b = simulateCohorts({ alpha: 1, beta: 2 }, options, createRandom(9));
		expect(a).toEqual(b);
		expect(a.map((row) => row.length)).toEqual([7, 6, 5, 4]);
		expect(a.every((row) => row[0] === 200)).toBe(true);
		const rectangle = simulateCohorts(
			{ alpha: 1, beta: 2 },
			{ ...options, step: 0 },
			createRandom(9)
		);
		expect(rectangle.every((row) => row.length === 7)).toBe(true);
	});

	it('mean periods active (up to age 12) within 3 standard errors of Σ S(t) (200,000 customers)', () => {
		const alpha = 0.7;
		const beta = 1.2;
		const size = 200_000;
		const [row] = simulateCohorts({ alpha, beta }, { cohorts: 1, size, ages: 12 }, createRandom(3));
		// A customer active at ages 0 … k − 1 counts k periods; row[t] customers are active at age t.
		const periods = row!.reduce((sum, active) => sum + active, 0);
		let squares = 0;
		for (let t = 0; t <= 12; t++) {
			const k = t + 1; // customers lost after being active at ages 0 … t, or still active at 12
			const customers = t < 12 ? row![t]! - row![t + 1]! : row![12]!;
			squares += customers * k * k;
		}
		const mean = periods / size;
		const se = Math.sqrt((squares / size - mean * mean) / size);
		let expected = 0;
		for (let t = 0; t <= 12; t++) expected += survivalByBeta(alpha, beta, t);
		expect(Math.abs(mean - expected)).toBeLessThanOrEqual(3 * se);
	});

	it('losses per period follow P(T = t): chi-square well below its 99.9% point', () => {
		const alpha = 2;
		const beta = 3;
		const size = 50_000;
		const [row] = simulateCohorts({ alpha, beta }, { cohorts: 1, size, ages: 8 }, createRandom(5));
		let chi = 0;
		for (let t = 1; t <= 8; t++) {
			const expected = size * churnByBeta(alpha, beta, t);
			chi += (row![t - 1]! - row![t]! - expected) ** 2 / expected;
		}
		const expectedStill = size * survivalByBeta(alpha, beta, 8);
		chi += (row![8]! - expectedStill) ** 2 / expectedStill;
		expect(chi).toBeLessThan(26.1); // χ² with 8 degrees of freedom, 99.9%
	});

	it('refuses bad options', () => {
		const random = createRandom(1);
		expect(
			thrownField(() =>
				simulateCohorts({ alpha: 1, beta: 1 }, { cohorts: 0, size: 1, ages: 1 }, random)
			)
		).toBe('cohorts');
		expect(
			thrownField(() =>
				simulateCohorts({ alpha: 1, beta: 1 }, { cohorts: 1, size: 1.5, ages: 1 }, random)
			)
		).toBe('size');
	});
});
