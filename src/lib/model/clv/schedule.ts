/**
 * The period-by-period table behind retention-based CLV, for the calculator's chart and table.
 */
import { retentionClv } from './retention';
import { type ClvStep } from './result';
import { requireMoney } from '../errors';
import { maxPeriods } from '../errors';
import { periodRange, survivalAt, weightAt, type Horizon, type RetentionTiming } from './timing';

export interface ScheduleInput {
	/** m: margin per period while the customer stays, money. */
	readonly margin: number;
	/** r: retention per period, 0 to 1. */
	readonly retention: number;
	/** i: discount rate per period. */
	readonly discountRate: number;
	/** When margins arrive; see `timing.ts`. */
	readonly timing: RetentionTiming;
	/** N: number of periods (rows). */
	readonly horizon: number;
	/** AC: acquisition cost paid now, money; 0 when omitted. */
	readonly acquisitionCost?: number;
}

/** One array per column, one entry per period (chart-ready). */
export interface ClvSchedule {
	readonly timing: RetentionTiming;
	/** t: when the period's margin arrives (0 = now). */
	readonly period: readonly number[];
	/** Share of the starting customers still paying at t: r^t, or r^(t−1) if the first is certain. */
	readonly survival: readonly number[];
	/** Expected margin at t: m × survival, money. */
	readonly expectedMargin: readonly number[];
	/** Its present value: expected margin / (1 + i)^t, money. */
	readonly discountedMargin: readonly number[];
	/** Σ of discounted margins up to t, minus AC, money. */
	readonly cumulativeNet: readonly number[];
	/** First t at which the cumulative discounted margin reaches AC, or null within the horizon. */
	readonly paybackPeriod: number | null;
	/** The steps of the total, as {@link retentionClv} over the same N periods. */
	readonly steps: readonly ClvStep[];
}

/**
 * Per-period schedule of retention-based CLV: survival, expected margin, its present value and the
 * running total net of acquisition cost, plus the payback period.
 *
 * Formulas, for each period t of the timing convention (t = 0…N−1 when the first margin is now,
 * t = 1…N otherwise): survival S_t = r^t (or r^(t−1) when the first period is certain); expected
 * margin m·S_t; discounted margin m·S_t/(1 + i)^t; cumulative Σ_{u≤t} m·S_u/(1 + i)^u − AC. The
 * payback period is the first t where the cumulative discounted margin is at least AC.
 *
 * Source: the sums of Gupta & Lehmann (2003) and Fader & Hardie (2012), written out
 * term by term; discounted payback as in corporate finance. The last cumulative value equals
 * {@link retentionClv} with the same finite horizon.
 *
 * @example
 * const rates = { retention: 0.8, discountRate: 0.12 };
 * clvSchedule({ margin: 100, ...rates, timing: 'end-of-period', horizon: 5, acquisitionCost: 100 })
 * //=> { period: [1, 2, 3, 4, 5], survival: [0.8, 0.64, …], paybackPeriod: 2,
 * //     cumulativeNet: [−28.57, 22.45, …, 103.52], … }
 */
export function clvSchedule(input: ScheduleInput): ClvSchedule {
	const { margin, retention, discountRate, timing, horizon } = input;
	const acquisitionCost = input.acquisitionCost ?? 0;
	requireMoney('acquisitionCost', acquisitionCost);
	const total = retentionClv({ ...input, acquisitionCost });
	const { from, to } = periodRange(timing, horizon);
	const period: number[] = [];
	const survival: number[] = [];
	const expectedMargin: number[] = [];
	const discountedMargin: number[] = [];
	const cumulativeNet: number[] = [];
	let paybackPeriod: number | null = null;
	let running = -acquisitionCost;
	for (let t = from; t <= to; t++) {
		const share = survivalAt(timing, retention, t);
		const present = margin * weightAt(timing, retention, discountRate, t);
		running += present;
		period.push(t);
		survival.push(share);
		expectedMargin.push(margin * share);
		discountedMargin.push(present);
		cumulativeNet.push(running);
		if (paybackPeriod === null && running >= 0) paybackPeriod = t;
	}
	const schedule = { period, survival, expectedMargin, discountedMargin, cumulativeNet };
	return { timing, ...schedule, paybackPeriod, steps: total.steps };
}

/**
 * The discounted payback period alone, over a finite horizon or with no end: the first period t
 * at which the discounted margins received so far reach the acquisition cost, as in
 * {@link clvSchedule} (same sums, same order); null when they never do within the horizon (with
 * no end: within the model's longest horizon, `maxPeriods`, or never when even the infinite sum
 * falls short). 0 without an acquisition cost when the first margin arrives now.
 *
 * @example
 * // €40 a month at 70%, 4% churn, 10% a year, first margin now, €180 to acquire: 7 months
 * paybackPeriod({ margin: 28, retention: 0.96, discountRate: 0.0079741,
 *   timing: 'start-of-period', horizon: 'infinite', acquisitionCost: 180 })
 * //=> 7
 */
export function paybackPeriod(
	input: Omit<ScheduleInput, 'horizon'> & { readonly horizon: Horizon }
): number | null {
	const { margin, retention, discountRate, timing } = input;
	const acquisitionCost = input.acquisitionCost ?? 0;
	requireMoney('acquisitionCost', acquisitionCost);
	const horizon = input.horizon === 'infinite' ? maxPeriods : input.horizon;
	const { from, to } = periodRange(timing, horizon);
	let running = -acquisitionCost;
	for (let t = from; t <= to; t++) {
		running += margin * weightAt(timing, retention, discountRate, t);
		if (running >= 0) return t;
		// margins that have stopped adding anything will not get there
		if (weightAt(timing, retention, discountRate, t) < 1e-16) return null;
	}
	return null;
}
