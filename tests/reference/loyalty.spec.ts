/**
 * Points liability against its defining integral solved by hand: a member who never leaves
 * (r′ = 1), one who leaves at 1% a month for 600 months, and the same programme entered per year
 * and per month.
 */
import { describe, expect, it } from 'vitest';
import { effectiveRedemption, pointsLiability } from '../../src/lib/model/loyalty';

const close = (actual: number, expected: number, tolerance = 1e-9) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
		tolerance * Math.max(1, Math.abs(expected))
	);

describe('points liability', () => {
	it('a member who never leaves: v·(s′κ/P)·ρ·L(1 − e^(−T/L)) without expiry', () => {
		// 1200 points a year, earned 100 a month; ρ = 0.6, L = 6 months, v = 0.02
		const rows = pointsLiability({
			pointsPerPeriod: 1200,
			retention: 1,
			redemptionRate: 0.6,
			expiryMonths: 'never',
			redemptionLagMonths: 6,
			pointValue: 0.02,
			periodMonths: 12,
			horizon: 3
		}).rows;
		rows.forEach((row, t) => {
			const T = 12 * (t + 1);
			close(row.liability, 0.02 * 100 * 0.6 * 6 * (1 - Math.exp(-T / 6)));
			// outstanding: never-redeemed points pile up, destined ones wait: 100(0.4T + 0.6·6(1 − e^(−T/6)))
			close(row.outstandingPoints, 100 * (0.4 * T + 0.6 * 6 * (1 - Math.exp(-T / 6))));
			close(row.pointsEarned, 1200);
		});
	});

	it('a member leaving at 1% a month for 600 months: v·k·ρ·(e^(−hT) − e^(−T/L))/(1/L − h)', () => {
		const { rows, step } = pointsLiability({
			pointsPerPeriod: 50,
			retention: 0.99,
			redemptionRate: 0.8,
			expiryMonths: 'never',
			redemptionLagMonths: 9,
			pointValue: 0.01,
			periodMonths: 1,
			horizon: 600
		});
		const h = -Math.log(0.99);
		const at = (T: number) =>
			(0.01 * 50 * 0.8 * (Math.exp(-h * T) - Math.exp(-T / 9))) / (1 / 9 - h);
		for (const T of [1, 12, 120, 600]) close(rows[T - 1]!.liability, at(T));
		close(step.value, at(600));
	});

	it('is the same programme per year and per month, expiry included', () => {
		const yearly = {
			pointsPerPeriod: 1500,
			retention: 0.45,
			redemptionRate: 0.5,
			expiryMonths: 12,
			redemptionLagMonths: 6,
			pointValue: 0.05,
			periodMonths: 12,
			horizon: 8
		};
		const monthly = {
			...yearly,
			pointsPerPeriod: 125,
			retention: Math.pow(0.45, 1 / 12),
			periodMonths: 1,
			horizon: 96
		};
		const years = pointsLiability(yearly);
		const months = pointsLiability(monthly);
		years.rows.forEach((row, t) => close(months.rows[12 * t + 11]!.liability, row.liability, 1e-9));
		close(months.peak.liability, years.peak.liability, 1e-9);
	});

	it('redeems ρ(1 − e^(−E/L)) of the points under expiry', () => {
		close(effectiveRedemption(0.5, 12, 6).value, 0.5 * (1 - Math.exp(-2)));
		close(effectiveRedemption(0.5, 'never', 6).value, 0.5);
	});
});
