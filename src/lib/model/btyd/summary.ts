/**
 * The summary of purchase histories that the customer-base models take: for each customer, how
 * many times they came back, when they last bought, and how long we have watched them.
 *
 * This is the "RFM summary" of the buy-till-you-die literature (Fader, Hardie & Lee 2005, §2) and
 * the layout of the lifetimes package, stored as columns (typed arrays) so 100,000 customers cost
 * four arrays, not 100,000 objects:
 *
 * - `frequency` = x, the number of **repeat** purchases in the calibration period (the first
 *   purchase is not counted; purchases on the same day count once);
 * - `recency` = t_x, the time from the customer's first purchase to their last one (0 when x = 0) —
 *   not the time since the last purchase;
 * - `age` = T, the time from the first purchase to the end of the calibration period;
 * - `monetary` = m_x, the average value of the repeat purchases (0 when x = 0), for Gamma-Gamma.
 *
 * Times are in one unit (days, weeks or months) throughout.
 */
import { ModelInputError } from '../errors';

export interface BtydSummary {
	/** x: repeat purchases (whole numbers ≥ 0). */
	readonly frequency: Float64Array;
	/** t_x: time from first to last purchase, 0 ≤ t_x ≤ T. */
	readonly recency: Float64Array;
	/** T: time from first purchase to the end of the calibration period. */
	readonly age: Float64Array;
	/** m_x: average value of the repeat purchases (0 for customers without one). */
	readonly monetary?: Float64Array;
}

/** Most repeat purchases one customer may have. */
export const MAX_FREQUENCY = 1_000_000;

/**
 * Throws a {@link ModelInputError} naming the first customer (by row index) whose summary is not a
 * purchase history: x not a whole number ≥ 0, t_x outside [0, T], t_x > 0 with x = 0, or
 * non-finite values.
 *
 * @example
 * requireSummary({ frequency: Float64Array.of(1), recency: Float64Array.of(5), age: Float64Array.of(3) })
 * // throws "recency: customer 0: must be between 0 and T (3), got 5"
 */
export function requireSummary(summary: BtydSummary): void {
	const { frequency, recency, age, monetary } = summary;
	const n = frequency.length;
	if (n === 0) throw new ModelInputError('frequency', 'nonEmpty', 'needs at least one customer');
	if (recency.length !== n || age.length !== n || (monetary && monetary.length !== n)) {
		throw new ModelInputError('recency', 'custom', 'columns must have the same length');
	}
	for (let i = 0; i < n; i++) {
		const x = frequency[i]!;
		const tx = recency[i]!;
		const T = age[i]!;
		if (!(Number.isInteger(x) && x >= 0 && x <= MAX_FREQUENCY)) {
			throw new ModelInputError('frequency', 'integer', `customer ${i}: got ${x}`, {
				min: 0,
				max: MAX_FREQUENCY
			});
		}
		if (!(Number.isFinite(T) && T >= 0)) {
			throw new ModelInputError('age', 'min', `customer ${i}: got ${T}`, { min: 0 });
		}
		if (!(tx >= 0 && tx <= T) || (x === 0 && tx !== 0)) {
			throw new ModelInputError(
				'recency',
				'range',
				`customer ${i}: must be between 0 and T (${T}), and 0 without repeat purchases, got ${tx}`,
				{ min: 0, max: T }
			);
		}
		const m = monetary?.[i];
		if (m !== undefined && !(Number.isFinite(m) && m >= 0)) {
			throw new ModelInputError('monetary', 'min', `customer ${i}: got ${m}`, { min: 0 });
		}
	}
}

/**
 * One number per customer of a summary, from the customer's history (x, t_x, T).
 *
 * @example
 * perCustomer({ frequency: Float64Array.of(1, 2), recency: Float64Array.of(3, 4),
 *   age: Float64Array.of(5, 6) }, (x, tx, T) => x + tx + T) //=> Float64Array [9, 12]
 */
export const perCustomer = (
	summary: BtydSummary,
	value: (x: number, tx: number, T: number) => number
): Float64Array => summary.frequency.map((x, i) => value(x, summary.recency[i]!, summary.age[i]!));

/**
 * Distinct (x, t_x, T) histories with how many customers share each: the likelihoods depend on a
 * customer only through these three numbers, so they are evaluated once per distinct history.
 */
export interface DistinctHistories {
	readonly frequency: Float64Array;
	readonly recency: Float64Array;
	readonly age: Float64Array;
	/** How many customers have this history. */
	readonly count: Float64Array;
	/** The largest x. */
	readonly maxFrequency: number;
	/** How many customers in all (the sum of `count`). */
	readonly customers: number;
}

/**
 * Groups customers with the same (x, t_x, T).
 *
 * @example
 * distinctHistories({ frequency: Float64Array.of(0, 0, 2), recency: Float64Array.of(0, 0, 3),
 *   age: Float64Array.of(5, 5, 6) }).count //=> Float64Array [2, 1]
 */
export function distinctHistories(summary: BtydSummary): DistinctHistories {
	const { frequency, recency, age } = summary;
	const index = new Map<string, number>();
	const rows: number[] = [];
	const counts: number[] = [];
	let maxFrequency = 0;
	for (let i = 0; i < frequency.length; i++) {
		const key = `${frequency[i]}|${recency[i]}|${age[i]}`;
		const found = index.get(key);
		if (found === undefined) {
			index.set(key, rows.length);
			rows.push(i);
			counts.push(1);
		} else counts[found]!++;
		maxFrequency = Math.max(maxFrequency, frequency[i]!);
	}
	const pick = (column: Float64Array) => Float64Array.from(rows, (i) => column[i]!);
	return {
		frequency: pick(frequency),
		recency: pick(recency),
		age: pick(age),
		count: Float64Array.from(counts),
		maxFrequency,
		customers: frequency.length
	};
}

/** Distinct histories above which a fit starts on a subsample. */
export const SUBSAMPLE_ABOVE = 20_000;

/**
 * Every k-th distinct history, about `size` of them, with the subsample's share of all customers;
 * undefined when there are at most {@link SUBSAMPLE_ABOVE} distinct histories.
 *
 * @example
 * subsampleHistories(histories, 10_000) //=> { data: about 10,000 histories, share: ≈ 0.1 }
 */
export function subsampleHistories(
	data: DistinctHistories,
	size = 10_000
): { readonly data: DistinctHistories; readonly share: number } | undefined {
	const n = data.frequency.length;
	if (n <= SUBSAMPLE_ABOVE) return undefined;
	const stride = Math.ceil(n / size);
	const rows = Array.from({ length: Math.ceil(n / stride) }, (_, i) => i * stride);
	const pick = (column: Float64Array) => Float64Array.from(rows, (i) => column[i]!);
	const count = pick(data.count);
	const customers = count.reduce((t, k) => t + k, 0);
	const frequency = pick(data.frequency);
	return {
		data: {
			frequency,
			recency: pick(data.recency),
			age: pick(data.age),
			count,
			maxFrequency: frequency.reduce((m, x) => Math.max(m, x), 0),
			customers
		},
		share: customers / data.customers
	};
}
