/**
 * How the field checks a fitted customer-base model against what happened next (Fader, Hardie &
 * Lee 2005, §4, Figures 2–4): the cumulative repeat purchases week by week, through a holdout
 * period the model never saw, and the holdout purchases of customers grouped by how often they had
 * bought in calibration — actual against expected.
 */
import { requireRange } from '../errors';
import { requireSummary, type BtydSummary } from './summary';
import {
	conditionalOf,
	expectedOf,
	requireModel,
	type FittedTransactions
} from './transaction-model';

/** Customers by the day (offset from the log's first day) of their first purchase. */
export interface Cohorts {
	/** First-purchase day offsets, in days from the log's first day, ascending. */
	readonly days: Int32Array;
	/** Customers who first bought on each of those days. */
	readonly counts: Int32Array;
}

/**
 * Groups customers by first-purchase day (a few hundred groups for a year's log).
 *
 * @example
 * cohortsOf(Int32Array.of(10, 12, 10), 10) //=> { days: [0, 2], counts: [2, 1] }
 */
export function cohortsOf(firstPurchase: Int32Array, firstDay: number): Cohorts {
	const counts = new Map<number, number>();
	for (const day of firstPurchase)
		counts.set(day - firstDay, (counts.get(day - firstDay) ?? 0) + 1);
	const days = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
	return { days, counts: Int32Array.from(days, (d) => counts.get(d)!) };
}

/**
 * Expected cumulative repeat purchases of all customers at the end of each week: every customer
 * contributes E[X(t − s)], the purchases expected in the time t − s since their first purchase at s
 * (FHL 2005, Figure 3 — the "tracking plot").
 *
 * Formula: expected(w) = Σ_cohorts n_c · E[X((7(w+1) − d_c) / unit days)] over cohorts with d_c < 7(w+1).
 *
 * @example
 * expectedCumulativeRepeat(cdnowBgNbd, cohorts, 78, 7)[77] //=> ≈ 4,100 for the 2,357 CDNOW customers
 */
export function expectedCumulativeRepeat(
	model: FittedTransactions,
	cohorts: Cohorts,
	weeks: number,
	unitDays: number
): Float64Array {
	requireModel(model);
	requireRange('weeks', weeks, 0, 10_000);
	requireRange('unitDays', unitDays, 1, 31);
	return Float64Array.from({ length: weeks }, (_, w) => {
		const end = 7 * (w + 1);
		let total = 0;
		for (let c = 0; c < cohorts.days.length && cohorts.days[c]! < end; c++) {
			total += cohorts.counts[c]! * expectedOf(model, (end - cohorts.days[c]!) / unitDays);
		}
		return total;
	});
}

/** Holdout purchases by calibration frequency: actual and expected means per group. */
export interface HoldoutByFrequency {
	/** x of each group; the last group is "this many or more". */
	readonly frequency: readonly number[];
	readonly customers: readonly number[];
	readonly actual: readonly number[];
	readonly expected: readonly number[];
}

/**
 * Mean holdout purchases per customer by calibration frequency x = 0, 1, …, `top` or more, actual
 * and as the model expects them: E[Y(t*) | x, t_x, T] with t* the holdout's length (FHL 2005,
 * Figure 4, "conditional expectations").
 *
 * @example
 * holdoutByFrequency(cdnowBgNbd, cdnowSummary, holdout, 39, 7).expected[0] //=> ≈ 0.08
 */
export function holdoutByFrequency(
	model: FittedTransactions,
	summary: BtydSummary,
	holdout: Float64Array,
	length: number,
	top = 7
): HoldoutByFrequency {
	requireModel(model);
	requireSummary(summary);
	requireRange('length', length, 0, 1e7);
	const groups = top + 1;
	const customers = new Array<number>(groups).fill(0);
	const actual = new Array<number>(groups).fill(0);
	const expected = new Array<number>(groups).fill(0);
	for (let i = 0; i < summary.frequency.length; i++) {
		const x = summary.frequency[i]!;
		const g = Math.min(x, top);
		customers[g]!++;
		actual[g]! += holdout[i]!;
		expected[g]! += conditionalOf(model, x, summary.recency[i]!, summary.age[i]!, length);
	}
	const mean = (totals: number[]) =>
		totals.map((t, g) => (customers[g]! > 0 ? t / customers[g]! : 0));
	return {
		frequency: Array.from({ length: groups }, (_, g) => g),
		customers,
		actual: mean(actual),
		expected: mean(expected)
	};
}
