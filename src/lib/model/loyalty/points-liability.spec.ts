import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { pointsLiability, type LiabilityInput } from './points-liability';

const base: LiabilityInput = {
	pointsPerPeriod: 1100,
	retention: 0.7,
	redemptionRate: 0.5,
	expiryMonths: 'never',
	redemptionLagMonths: 12,
	pointValue: 0.01,
	periodMonths: 12,
	horizon: 2
};

describe('pointsLiability', () => {
	it('works two years by hand without expiry', () => {
		// year 1: 1100 points just earned; still to redeem 0.5 × 1100 = 550 → liability 5.50
		// year 2: 770 new points (1100 × 0.7) still to redeem 0.5 × 770 = 385, plus the year-1
		// points a year old: 0.5 × e^(−1) × 1100 = 202.33 → (385 + 202.33) × 0.01 = 5.8733
		const { rows, step } = pointsLiability(base);
		expect(rows[0]!.liability).toBeCloseTo(5.5, 12);
		expect(rows[1]!.liability).toBeCloseTo((385 + 550 * Math.exp(-1)) * 0.01, 12);
		// outstanding in year 2: 770 + 1100 × (1 − 0.5 + 0.5 e^(−1)) = 1522.33
		expect(rows[1]!.outstandingPoints).toBeCloseTo(770 + 1100 * (0.5 + 0.5 * Math.exp(-1)), 9);
		expect(rows[1]!.activeShare).toBeCloseTo(0.7, 12);
		expect(step.id).toBe('points.liabilityAtHorizon');
		expect(step.value).toBe(rows[1]!.liability);
		expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('keeps only the current year’s points when they expire after a year', () => {
		// E = 12: last year's points are 12 months old and gone; this year's: 770 × 0.5(1 − e^(−1))
		const { rows, step } = pointsLiability({ ...base, expiryMonths: 12 });
		expect(rows[1]!.liability).toBeCloseTo(770 * 0.5 * (1 - Math.exp(-1)) * 0.01, 12);
		expect(rows[1]!.outstandingPoints).toBeCloseTo(770, 9);
		expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('never exceeds the value of the outstanding points, and its step evaluates', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e5, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.oneof(fc.constant('never' as const), fc.integer({ min: 1, max: 60 })),
				fc.double({ min: 0.5, max: 60, noNaN: true }),
				fc.constantFrom(1, 3, 12),
				fc.integer({ min: 1, max: 30 }),
				(points, retention, rho, expiry, lag, periodMonths, horizon) => {
					const input = {
						...base,
						pointsPerPeriod: points,
						retention,
						redemptionRate: rho,
						expiryMonths: expiry,
						redemptionLagMonths: lag,
						periodMonths,
						horizon
					};
					const { rows, step } = pointsLiability(input);
					expect(rows).toHaveLength(horizon);
					for (const row of rows) {
						expect(row.liability).toBeGreaterThanOrEqual(0);
						expect(row.liability).toBeLessThanOrEqual(row.outstandingPoints * 0.01 * (1 + 1e-12));
					}
					const scale = Math.max(1, step.value);
					expect(Math.abs(evaluate(step.formula) - step.value)).toBeLessThan(1e-9 * scale);
				}
			)
		);
	});
});
