import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
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

/** Simpson's rule with `steps` (even) intervals: an integral worked out apart from the model. */
function simpson(f: (x: number) => number, from: number, to: number, steps = 2000): number {
	const h = (to - from) / steps;
	let total = f(from) + f(to);
	for (let i = 1; i < steps; i++) total += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
	return (total * h) / 3;
}

/**
 * The ledger's definition, integrated numerically: a member earning s′κ/P points a month while
 * active, still active after u months with probability r′^(u/P); a point of age a is still to be
 * redeemed with probability ρ(e^(−a/L) − e^(−E/L)) before expiry, outstanding with 1 − ρ + ρe^(−a/L).
 */
function byDefinition(input: LiabilityInput, months: number) {
	const { pointsPerPeriod, retention, redemptionRate: rho, periodMonths: P } = input;
	const lag = input.redemptionLagMonths;
	const expiry = input.expiryMonths === 'never' ? Infinity : input.expiryMonths;
	const span = Math.min(months, expiry);
	const active = (a: number) => (pointsPerPeriod / P) * Math.pow(retention, (months - a) / P);
	const lapsed = Math.exp(-expiry / lag);
	return {
		liability:
			input.pointValue * simpson((a) => active(a) * rho * (Math.exp(-a / lag) - lapsed), 0, span),
		outstanding: simpson((a) => active(a) * (1 - rho + rho * Math.exp(-a / lag)), 0, span)
	};
}

describe('pointsLiability', () => {
	it('works a year by hand and two years against the definition, without expiry', () => {
		// year 1, points earned evenly while members leave at a constant rate:
		// v·s′κ·ρ·(r′ − e^(−P/L))/(P/L + ln r′) = 0.01 × 1100 × 0.5 × (0.7 − e^(−1))/(1 + ln 0.7)
		const { rows, step } = pointsLiability(base);
		const year1 = (5.5 * (0.7 - Math.exp(-1))) / (1 + Math.log(0.7));
		expect(rows[0]!.liability).toBeCloseTo(year1, 12);
		const year2 = byDefinition(base, 24);
		expect(rows[1]!.liability).toBeCloseTo(year2.liability, 10);
		expect(rows[1]!.outstandingPoints).toBeCloseTo(year2.outstanding, 8);
		// points earned in year 2: 1100 × 0.7 × ∫₀¹ 0.7^x dx = 770 × 0.3/(−ln 0.7)
		expect(rows[1]!.pointsEarned).toBeCloseTo((770 * 0.3) / -Math.log(0.7), 9);
		expect(rows[1]!.activeShare).toBeCloseTo(0.7, 12);
		expect(step.id).toBe('points.liabilityAtHorizon');
		expect(step.value).toBe(rows[1]!.liability);
		expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('keeps only the last year’s points when they expire after a year', () => {
		const input = { ...base, expiryMonths: 12 as const };
		const { rows, step } = pointsLiability(input);
		for (const [t, row] of rows.entries()) {
			const expected = byDefinition(input, 12 * (t + 1));
			expect(row.liability).toBeCloseTo(expected.liability, 10);
			expect(row.outstandingPoints).toBeCloseTo(expected.outstanding, 8);
		}
		expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('finds the peak between period ends, where the definition is highest', () => {
		const input = { ...base, retention: 0.45, expiryMonths: 12 as const, redemptionLagMonths: 6 };
		const { rows, peak } = pointsLiability({ ...input, horizon: 3 });
		let best = { months: 0, liability: 0 };
		for (let months = 0.25; months <= 36; months += 0.25) {
			const { liability } = byDefinition(input, months);
			if (liability > best.liability) best = { months, liability };
		}
		// no month on a quarter-month grid is higher, and the peak lies next to the grid's best
		expect(peak.liability).toBeGreaterThanOrEqual(best.liability * (1 - 1e-12));
		expect(Math.abs(peak.months - best.months)).toBeLessThanOrEqual(0.25);
		expect(peak.liability).toBeCloseTo(byDefinition(input, peak.months).liability, 10);
		expect(peak.liability).toBeGreaterThan(Math.max(...rows.map((row) => row.liability)));
	});

	it.each(['never', 12, 36] as const)(
		'gives the same liability per year, quarter or month (expiry %s)',
		(expiryMonths) => {
			const yearly: LiabilityInput = {
				...base,
				expiryMonths,
				redemptionLagMonths: 18,
				horizon: 10
			};
			const per = (periods: number): LiabilityInput => ({
				...yearly,
				pointsPerPeriod: yearly.pointsPerPeriod / periods,
				retention: Math.pow(yearly.retention, 1 / periods),
				periodMonths: 12 / periods,
				horizon: yearly.horizon * periods
			});
			const years = pointsLiability(yearly);
			for (const periods of [4, 12]) {
				const finer = pointsLiability(per(periods));
				years.rows.forEach((row, t) =>
					expect(finer.rows[(t + 1) * periods - 1]!.liability).toBeCloseTo(row.liability, 9)
				);
				expect(finer.peak.liability).toBeCloseTo(years.peak.liability, 9);
				expect(finer.step.value).toBeCloseTo(years.step.value, 9);
			}
		}
	);

	it('has no liability without members or without redemptions', () => {
		const gone = pointsLiability({ ...base, retention: 0 });
		expect(gone.rows.every((row) => row.liability === 0 && row.pointsEarned === 0)).toBe(true);
		expect(gone.step.value).toBe(0);
		expect(evaluate(gone.step.formula)).toBe(0);
		const unused = pointsLiability({ ...base, redemptionRate: 0 });
		expect(unused.peak.liability).toBe(0);
	});

	it('keeps members for good at retention 1 (its formula takes the limits)', () => {
		const input = { ...base, retention: 1, expiryMonths: 18 as const, horizon: 5 };
		const { rows, step } = pointsLiability(input);
		expect(rows[4]!.liability).toBeCloseTo(byDefinition(input, 60).liability, 10);
		expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
		// r′ = e^(−P/L): the redeeming and leaving rates are equal
		const equal = { ...base, retention: Math.exp(-1), horizon: 3 };
		const same = pointsLiability(equal);
		expect(same.step.value).toBeCloseTo(byDefinition(equal, 36).liability, 10);
		expect(evaluate(same.step.formula)).toBeCloseTo(same.step.value, 12);
	});

	it('never exceeds the value of the outstanding points, and its step evaluates', () => {
		fc.assert(
			fc.property(
				doubleIn(0, 1e5),
				doubleIn(0, 1),
				doubleIn(0, 1),
				fc.oneof(fc.constant('never' as const), fc.integer({ min: 1, max: 60 })),
				doubleIn(0.5, 60),
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
