/**
 * The per-period schedule of retention-based CLV used by the loyalty models: a thin adapter over
 * `../clv`'s `clvSchedule` and `retentionClv` with the `'end-first-certain'` timing (margin at the
 * end of every period, the first one certain). No CLV arithmetic lives here. Two things it adds: a
 * margin that may be negative (a loyalty programme can cost more than it earns; `../clv` accepts
 * only margins ≥ 0), handled by scaling the schedule of a unit margin, since the present value is
 * linear in the margin; and symbol names of the caller's choosing (m₁, r′…) in the formula shown.
 */
import { clvSchedule, retentionClv } from '../clv';
import { renameVars, v, type Expr } from '../expr';

/** Longest horizon the loyalty models accept, in periods (50 years of months). */
export const maxLoyaltyPeriods = 600;

export interface ScheduleInput {
	/** m: expected margin per period while the customer stays, money (may be negative). */
	readonly margin: number;
	/** r: retention per period, 0 to 1. */
	readonly retention: number;
	/** i: discount rate per period. */
	readonly discountRate: number;
	/** N: number of periods. */
	readonly horizon: number;
}

/** Symbols used in the formula, so each model can name its margin and retention (m₁, r′…). */
export interface ScheduleSymbols {
	readonly margin: string;
	readonly retention: string;
}

/** One array per column, one entry per period t = 1…N (chart-ready). */
export interface RetentionSchedule {
	readonly period: readonly number[];
	/** S_t = r^(t−1): share of the starting customers still active in period t. */
	readonly survival: readonly number[];
	/** 1/(1 + i)^t. */
	readonly discountFactor: readonly number[];
	/** m × S_t / (1 + i)^t, money. */
	readonly discountedMargin: readonly number[];
	/** Σ_t discountedMargin, money. */
	readonly presentValue: number;
	/** Σ_{t=1}^{N} m·r^(t−1)/(1+i)^t, with the user's numbers. */
	readonly formula: Expr;
}

/** The input with a unit margin, first margin certain: what `../clv` computes both results from. */
const unitMargin = ({ retention, discountRate, horizon }: Readonly<ScheduleInput>) => ({
	margin: 1,
	retention,
	discountRate,
	timing: 'end-first-certain' as const,
	horizon
});

/**
 * Expected present value of a margin earned at the end of every period, the first certain and each
 * later one only if the customer is still there: PV = Σ_{t=1}^{N} m·r^(t−1)/(1 + i)^t (m money per
 * period, r retention and i discount rate per period, N periods). Infinite-horizon limit m/(1+i−r).
 *
 * Everything is computed by `../clv` for a unit margin (`clvSchedule`, which totals through
 * `retentionClv` with timing `'end-first-certain'`) and scaled by m; the formula is the one
 * `retentionClv` shows, with m and r renamed to the caller's symbols and m carrying its real value.
 *
 * Source: Fader & Hardie, "Reconciling and Clarifying CLV Formulas" (2012), their third convention
 * (margin at the end of every period, the first one certain), as computed by `../clv`. Code →
 * symbols: margin = m, retention = r, discountRate = i, horizon = N.
 *
 * @example
 * retentionSchedule({ margin: 100, retention: 0.8, discountRate: 0.12, horizon: 2 }).presentValue
 * //=> 153.0612 (100/1.12 + 100 × 0.8/1.12²)
 */
export function retentionSchedule(
	input: Readonly<ScheduleInput>,
	symbols: ScheduleSymbols = { margin: 'm', retention: 'r' }
): RetentionSchedule {
	const { margin, retention, discountRate } = input;
	const unit = clvSchedule(unitMargin(input));
	// clvSchedule passes an acquisition cost of 0, so the sum itself is the `presentValue` step.
	const total = unit.steps.find((s) => s.id === 'presentValue');
	if (total === undefined) throw new Error('clvSchedule returned no present-value step');
	const formula = renameVars(total.formula, {
		m: v(symbols.margin, margin, 'money'),
		r: v(symbols.retention, retention, 'rate')
	});
	return {
		period: unit.period,
		survival: unit.survival,
		discountFactor: unit.period.map((t) => 1 / Math.pow(1 + discountRate, t)),
		discountedMargin: unit.discountedMargin.map((weight) => margin * weight),
		presentValue: margin * total.value,
		formula
	};
}

/**
 * Just the present value of `retentionSchedule`, PV = Σ_{t=1}^{N} m·r^(t−1)/(1 + i)^t, from
 * `../clv`'s `retentionClv` for a unit margin scaled by m, without the per-period columns and the
 * renamed formula: for root finding, which asks for it dozens of times per recompute.
 *
 * @example
 * retentionPresentValue({ margin: 100, retention: 0.8, discountRate: 0.12, horizon: 2 })
 * //=> 153.0612 (100/1.12 + 100 × 0.8/1.12²)
 */
export function retentionPresentValue(input: Readonly<ScheduleInput>): number {
	const unit = retentionClv(unitMargin(input));
	if (unit.kind !== 'finite') throw new Error('a finite horizon has a finite present value');
	return input.margin * unit.value;
}
