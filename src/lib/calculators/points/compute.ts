/**
 * Everything the points calculator shows, from its inputs in one pass: the programme under the
 * chosen expiry rule, the same programme with points that never expire and with the expiry rule
 * side by side, and the period-by-period view of the two ledgers — the points liability on the
 * books (accounting) against the CLV gained so far (investment). Pure, so it is unit-tested and
 * benchmarked outside the browser.
 */
import type { Step } from '$lib/model/expr';
import {
	compareExpiry,
	retentionSchedule,
	type ExpiryComparison,
	type PointsProgrammeResult
} from '$lib/model/loyalty';
import {
	convertDiscountRate,
	convertRetention,
	periodsPerYear,
	type TimeUnit
} from '$lib/model/time';
import { modelInput, type PointsInputs } from './fields';

export interface PointsTimeline {
	/** t = 1…N. */
	readonly period: readonly number[];
	/** Points liability at the end of period t, per member enrolled at the start, money. */
	readonly liability: readonly number[];
	/** CLV with the programme minus without, counting periods 1…t, present value, money. */
	readonly cumulativeGain: readonly number[];
}

export interface PointsView {
	/** The programme under the chosen expiry rule. */
	readonly result: PointsProgrammeResult;
	/** "Never expires" against "expires after E months", E as entered. */
	readonly comparison: ExpiryComparison;
	readonly timeline: PointsTimeline;
	/** Discount rate per period, from the yearly rate. */
	readonly periodDiscount: number;
	/** Retention without the programme, over a year. */
	readonly annualRetention: number;
	/** The arithmetic, in order: period conversion, then the model's steps, then the break-even. */
	readonly steps: readonly Step[];
}

/** The value of the model's step `id` (a margin the timeline reuses). */
const valueOfStep = (steps: readonly Step[], id: string): number => {
	const found = steps.find((s) => s.id === id);
	if (!found) throw new Error(`the points model returned no ${id} step`);
	return found.value;
};

/**
 * Cumulative present value of the CLV gain, period by period: Σ_{u≤t} (m₁·r′^(u−1) − m₀·r^(u−1))
 * / (1 + i)^u, from the two schedules the model totals (so the last value is its net effect).
 */
function timelineOf(result: PointsProgrammeResult, inputs: PointsInputs): PointsTimeline {
	const { discountRate, horizon, baseRetention } = modelInput(inputs);
	const base = { discountRate, horizon };
	const without = retentionSchedule({
		...base,
		margin: valueOfStep(result.steps, 'points.marginWithout'),
		retention: baseRetention
	});
	const withProgramme = retentionSchedule({
		...base,
		margin: valueOfStep(result.steps, 'points.netMarginWith'),
		retention: result.retentionWithProgramme
	});
	let running = 0;
	const cumulativeGain = withProgramme.discountedMargin.map(
		(value, t) => (running += value - without.discountedMargin[t]!)
	);
	return {
		period: result.liability.map((row) => row.period),
		liability: result.liability.map((row) => row.liability),
		cumulativeGain
	};
}

/** Computes the calculator's view; throws `ModelInputError` for inputs the model refuses. */
export function computePoints(inputs: PointsInputs): PointsView {
	const comparison = compareExpiry(modelInput(inputs), inputs.expiry);
	const result = inputs.expires === 'never' ? comparison.never : comparison.withExpiry;
	const period = convertDiscountRate(inputs.discount, 'year', inputs.unit);
	const breakEven = result.breakEven.kind === 'found' ? result.breakEven.steps : [];
	return {
		result,
		comparison,
		timeline: timelineOf(result, inputs),
		periodDiscount: period.value,
		annualRetention: convertRetention(inputs.retention, inputs.unit, 'year').value,
		steps: [...(inputs.unit === 'year' ? [] : period.steps), ...result.steps, ...breakEven]
	};
}

/**
 * The period (1-based, in `unit`) in which the liability peaks. The model reports the peak in
 * months from enrolment, anywhere within a period, so it need not be one of the timeline's
 * end-of-period rows. Undefined when there is no peak after enrolment.
 */
export function peakPeriod(result: PointsProgrammeResult, unit: TimeUnit): number | undefined {
	const months = result.peakLiabilityMonths;
	if (!(months > 0) || !Number.isFinite(months)) return undefined;
	return Math.max(1, Math.ceil(months / (12 / periodsPerYear[unit]) - 1e-9));
}
