import { describe, expect, it } from 'vitest';
import { maximize, solveSpd } from './optimize';

describe('maximize', () => {
	it('finds the top of a concave quadratic (gradient below 1e-9)', () => {
		const result = maximize(
			([x, y]) => ({
				value: -((x! - 1) ** 2) - 2 * (y! + 3) ** 2,
				gradient: [-2 * (x! - 1), -4 * (y! + 3)],
				hessian: [
					[-2, 0],
					[0, -4]
				]
			}),
			[0, 0],
			{ lower: [-10, -10], upper: [10, 10] }
		);
		expect(result.x[0]).toBeCloseTo(1, 9);
		expect(result.x[1]).toBeCloseTo(-3, 9);
		expect(result.converged).toBe(true);
		expect(result.bound).toEqual([0, 0]);
	});

	it('climbs Rosenbrock’s valley (indefinite Hessian at the start) to (1, 1)', () => {
		const result = maximize(
			([x, y]) => ({
				value: -((1 - x!) ** 2) - 100 * (y! - x! * x!) ** 2,
				gradient: [2 * (1 - x!) + 400 * x! * (y! - x! * x!), -200 * (y! - x! * x!)],
				hessian: [
					[-2 + 400 * y! - 1200 * x! * x!, 400 * x!],
					[400 * x!, -200]
				]
			}),
			[-1.2, 1],
			{ lower: [-5, -5], upper: [5, 5] }
		);
		expect(result.x[0]).toBeCloseTo(1, 8);
		expect(result.x[1]).toBeCloseTo(1, 8);
	});

	it('stops on a bound the function rises beyond, and solves for the free variable', () => {
		// −(x − 3)² − (y − x/2)², box x ≤ 1: maximum at x = 1, y = 0.5
		const result = maximize(
			([x, y]) => ({
				value: -((x! - 3) ** 2) - (y! - x! / 2) ** 2,
				gradient: [-2 * (x! - 3) + (y! - x! / 2), -2 * (y! - x! / 2)],
				hessian: [
					[-2.5, 1],
					[1, -2]
				]
			}),
			[0, 0],
			{ lower: [-1, -1], upper: [1, 1] }
		);
		expect(result.bound).toEqual([1, 0]);
		expect(result.x[0]).toBe(1);
		expect(result.x[1]).toBeCloseTo(0.5, 8);
	});

	it('solveSpd solves a positive definite system and refuses an indefinite one', () => {
		const x = solveSpd(
			[
				[4, 2],
				[2, 3]
			],
			[2, 1]
		)!;
		expect(x[0]).toBeCloseTo(0.5, 14);
		expect(x[1]).toBeCloseTo(0, 14);
		expect(
			solveSpd(
				[
					[1, 2],
					[2, 1]
				],
				[1, 1]
			)
		).toBeNull();
	});
});
