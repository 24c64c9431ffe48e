/**
 * The three timing conventions of retention-based CLV, as building blocks shared by the margin
 * multiple, the CLV formula and the per-period schedule.
 *
 * With margin m per period while the customer stays, retention r and discount rate i per period,
 * textbooks give three different answers for "the same" customer because they put the cash flows at
 * different times (Fader & Hardie, "Reconciling and Clarifying CLV Formulas", 2012):
 *
 * | timing              | when margins arrive                 | t, survival    | infinite horizon |
 * |---------------------|-------------------------------------|----------------|------------------|
 * | `start-of-period`   | first now (t = 0), then if retained | 0…N−1, r^t     | m(1+i)/(1+i−r)   |
 * | `end-of-period`     | end of each period survived         | 1…N, r^t       | m·r/(1+i−r)      |
 * | `end-first-certain` | end of each period, first certain   | 1…N, r^(t−1)   | m/(1+i−r)        |
 *
 * `end-of-period` is Gupta & Lehmann's (2003) "margin multiple" r/(1+i−r).
 */
import { ModelInputError, requirePeriods } from '../errors';
import { add, c, div, idx, mul, paren, pow, sub, v, type Expr } from '../expr';
import { step, type ClvStep } from './result';

export type RetentionTiming = 'start-of-period' | 'end-of-period' | 'end-first-certain';

export const retentionTimings: readonly RetentionTiming[] = [
	'start-of-period',
	'end-of-period',
	'end-first-certain'
];

/** N periods, or `'infinite'` for the closed form. */
export type Horizon = number | 'infinite';

/** The symbols r, i and (1 + i) with the user's values. */
export interface RetentionSymbols {
	readonly r: Expr;
	readonly i: Expr;
	readonly onePlusI: Expr;
}

export function retentionSymbols(retention: number, discountRate: number): RetentionSymbols {
	const i = v('i', discountRate, 'rate');
	return { r: v('r', retention, 'rate'), i, onePlusI: paren(add(c(1), i)) };
}

/** Throws unless `timing` is one of the three conventions and `horizon` is valid. */
export function requireTimingAndHorizon(timing: RetentionTiming, horizon: Horizon): void {
	if (!retentionTimings.includes(timing)) {
		throw new ModelInputError('timing', 'custom', `unknown timing convention "${timing}"`);
	}
	if (horizon !== 'infinite') requirePeriods('horizon', horizon);
}

/** First and last t of the finite sum over N periods. */
export function periodRange(timing: RetentionTiming, periods: number) {
	const from = timing === 'start-of-period' ? 0 : 1;
	return { from, to: from + periods - 1 };
}

/** Share of customers still paying at period t: r^t, or r^(t−1) when the first is certain. */
export function survivalAt(timing: RetentionTiming, retention: number, t: number): number {
	return Math.pow(retention, timing === 'end-first-certain' ? t - 1 : t);
}

/**
 * Discounted survival weight of period t, so that CLV = m × Σ weight. Computed through
 * q = r/(1 + i), which stays exact when r = 0 (0^0 = 1) and never divides 0 by 0.
 */
export function weightAt(timing: RetentionTiming, retention: number, rate: number, t: number) {
	const q = retention / (1 + rate);
	return timing === 'end-first-certain' ? Math.pow(q, t - 1) / (1 + rate) : Math.pow(q, t);
}

/** The term inside Σ, with index t: (r/(1+i))^t, or r^(t−1)/(1+i)^t; times m when given. */
export function termExpr(timing: RetentionTiming, s: RetentionSymbols, m?: Expr): Expr {
	const t = idx('t');
	if (timing === 'end-first-certain') {
		const survival = pow(s.r, paren(sub(t, c(1))));
		return div(m ? mul(m, survival) : survival, pow(s.onePlusI, t));
	}
	const weight = pow(paren(div(s.r, s.onePlusI)), t);
	return m ? mul(m, weight) : weight;
}

/** Closed-form numerator: (1 + i), r or 1, so that the margin multiple is numerator/(1 + i − r). */
export function closedNumerator(
	timing: RetentionTiming,
	s: RetentionSymbols,
	r: number,
	i: number
) {
	if (timing === 'start-of-period') return { expr: s.onePlusI, value: 1 + i };
	if (timing === 'end-of-period') return { expr: s.r, value: r };
	return { expr: c(1), value: 1 };
}

/** The closed-form denominator 1 + i − r (positive exactly when the infinite sum converges). */
export const denominatorExpr = (s: RetentionSymbols): Expr => paren(sub(add(c(1), s.i), s.r));

/** Steps that explain a divergent infinite sum: q = r/(1+i) ≥ 1 and 1 + i − r ≤ 0. */
export function divergenceSteps(s: RetentionSymbols, r: number, i: number): ClvStep[] {
	return [
		step('discountedRetention', div(s.r, s.onePlusI), r / (1 + i)),
		step('closedFormDenominator', sub(add(c(1), s.i), s.r), 1 + i - r)
	];
}
