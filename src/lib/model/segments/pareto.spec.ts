import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { ModelInputError } from '../errors';
import type { CustomerRecord } from './customer';
import { paretoCurve } from './pareto';
import { doubleIn } from '../arbitraries';
import { expectInputUntouched } from '../testing';

const rows = (...profits: number[]): CustomerRecord[] =>
	profits.map((profit, i) => ({ id: String(i), transactions: 1, profit }));

describe('paretoCurve', () => {
	it('finds 80/20 in a textbook base', () => {
		// 5 customers, profits 80, 10, 10, 0, 0 → top 1 of 5 (20%) brings 80 / 100
		const result = paretoCurve(rows(10, 0, 80, 0, 10));
		if (result.kind !== 'curve') throw new Error('expected a curve');
		expect(result.topShare).toBeCloseTo(0.8, 12);
		expect(result.points.map((p) => p.profitShare)).toEqual([0, 0.8, 0.9, 1, 1, 1]);
		expect(evaluate(result.steps[0]!.formula)).toBeCloseTo(0.8, 12);
	});

	it('reads between customers when 20% is not a whole number of them', () => {
		// 3 customers: 60, 30, 10; 20% of 3 = 0.6 of the first → 0.6 × 60 / 100 = 0.36
		const result = paretoCurve(rows(60, 30, 10));
		if (result.kind !== 'curve') throw new Error('expected a curve');
		expect(result.topShare).toBeCloseTo(0.36, 12);
		expect(evaluate(result.steps[0]!.formula)).toBeCloseTo(0.36, 12);
	});

	it('uses positive profit for the curve and shows the net whale curve beside it', () => {
		// profits 150, 50, 0, 0, −100: positive total 200, net 100
		// top 20% = the first: 150 / 200 = 75% of profit earned, 150 / 100 = 150% of net profit
		const result = paretoCurve(rows(0, -100, 150, 50, 0));
		if (result.kind !== 'curve') throw new Error('expected a curve');
		expect(result.positiveProfit).toBe(200);
		expect(result.netProfit).toBe(100);
		expect(result.lossMakers).toBe(1);
		expect(result.topShare).toBeCloseTo(0.75, 12);
		expect(result.netTopShare).toBeCloseTo(1.5, 12);
		expect(result.netPoints!.map((p) => p.profitShare)).toEqual([0, 1.5, 2, 2, 2, 1]);
		for (const step of result.steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('drops the net view when net profit is not positive', () => {
		const result = paretoCurve(rows(10, -50));
		if (result.kind !== 'curve') throw new Error('expected a curve');
		expect(result.netPoints).toBeNull();
		expect(result.netTopShare).toBeNull();
		expect(result.steps).toHaveLength(1);
	});

	it('reports a base with no profit as such, not as NaN', () => {
		expect(paretoCurve(rows(0, -1, 0))).toEqual({
			kind: 'no-positive-profit',
			customers: 3,
			netProfit: -1
		});
	});

	it('does not mutate its input', () => {
		const input = rows(3, -1, 7);
		expectInputUntouched(paretoCurve, input);
	});

	it('validates its inputs', () => {
		expect(() => paretoCurve([])).toThrow(ModelInputError);
		expect(() => paretoCurve(rows(1), 1.5)).toThrow(
			expect.objectContaining({ field: 'topFraction' })
		);
	});

	it('is monotone, starts at (0,0), ends at (1,1) and the top share lies on it', () => {
		// money in cents: subnormal doubles would underflow in φ·π and prove nothing about profit
		const profit = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100);
		fc.assert(
			fc.property(
				fc.array(profit, { minLength: 1, maxLength: 80 }),
				doubleIn(0, 1),
				(profits, fraction) => {
					const result = paretoCurve(rows(...profits), fraction);
					if (result.kind !== 'curve') {
						expect(profits.every((p) => p <= 0)).toBe(true);
						return;
					}
					const points = result.points;
					expect(points[0]).toEqual({ customerShare: 0, profitShare: 0 });
					expect(points.at(-1)!.customerShare).toBe(1);
					expect(points.at(-1)!.profitShare).toBeCloseTo(1, 12);
					for (let i = 1; i < points.length; i++) {
						expect(points[i]!.customerShare).toBeGreaterThan(points[i - 1]!.customerShare);
						expect(points[i]!.profitShare).toBeGreaterThanOrEqual(points[i - 1]!.profitShare);
					}
					// a concave curve lies on or above the diagonal: the best x% bring at least x%
					expect(result.topShare).toBeGreaterThanOrEqual(fraction - 1e-9);
					expect(result.topShare).toBeLessThanOrEqual(1 + 1e-9);
					for (const step of result.steps) {
						expect(evaluate(step.formula)).toBeCloseTo(step.value, 9);
					}
				}
			)
		);
	});
});
