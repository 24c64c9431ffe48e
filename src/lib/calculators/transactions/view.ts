/**
 * What the page derives from an analysis, pure and unit-tested: the per-customer columns of the
 * chosen model, their order for a sort and a filter (as an index array: 100,000 customers are
 * typed arrays, never 100,000 objects), the holdout verdict, the CSV of the table, one customer's
 * P(alive) on a regular time grid, and the weeks of the timeline.
 */
import { csvField, bom } from '$lib/charts/export';
import { UNIT_DAYS, type TimeUnit } from '$lib/import/customer-base';
import type { FittedTransactions } from '$lib/model/btyd/transaction-model';
import type { BtydAnalysis, ModelValidation } from './protocol';

/** P(alive) below this: "probably lapsed". */
export const LAPSED_BELOW = 0.5;
/** The "top customers" filter: this share of customers with the highest CLV. */
export const TOP_SHARE = 0.2;

/** The table's columns for the model the page uses (typed arrays, in `customers.ids` order). */
export interface CustomerColumns {
	readonly ids: readonly string[];
	readonly x: Float64Array;
	readonly tx: Float64Array;
	readonly T: Float64Array;
	/** m_x, the average repeat purchase (absent without amounts). */
	readonly spend?: Float64Array;
	readonly pAlive?: Float64Array;
	readonly expected?: Float64Array;
	readonly expectedSpend?: Float64Array;
	readonly clv?: Float64Array;
}

export type SortKey =
	'id' | 'x' | 'tx' | 'T' | 'spend' | 'pAlive' | 'expected' | 'expectedSpend' | 'clv';
export type CustomerFilter = 'all' | 'lapsed' | 'top';

/** The columns of the model the analysis values customers with. */
export function customerColumns(analysis: BtydAnalysis): CustomerColumns {
	const { summary, ids } = analysis.customers;
	const { table } = analysis;
	const pick = <T>(columns: { bgnbd?: T; paretoNbd?: T }) =>
		analysis.model === 'bgnbd' ? columns.bgnbd : columns.paretoNbd;
	return {
		ids,
		x: summary.frequency,
		tx: summary.recency,
		T: summary.age,
		spend: summary.monetary,
		pAlive: pick(table.pAlive),
		expected: pick(table.expected),
		expectedSpend: table.expectedSpend,
		clv: table.clv
	};
}

/** The lowest value still in the top `share` of `values` (−∞ when there are none). */
export function topThreshold(values: Float64Array, share = TOP_SHARE): number {
	const finite = values.filter(Number.isFinite).sort();
	if (finite.length === 0) return -Infinity;
	const count = Math.max(1, Math.ceil(finite.length * share));
	return finite[finite.length - count]!;
}

/** Sorts ids as numbers when they all are (CDNOW's 1, 2, … 2357), else as text. */
function idComparer(ids: readonly string[]): (a: number, b: number) => number {
	const numbers = Float64Array.from(ids, (id) => (/^\s*-?\d+(\.\d+)?\s*$/.test(id) ? +id : NaN));
	if (!numbers.some(Number.isNaN)) return (a, b) => numbers[a]! - numbers[b]!;
	return (a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
}

/**
 * The customers to show, in order: filtered, then sorted by `key` (ties and missing values — an
 * expected spend the model cannot give — after the others, by position in the file).
 *
 * @example
 * customerOrder(columns, { key: 'clv', descending: true, filter: 'top' }) //=> Int32Array [best, …]
 */
export function customerOrder(
	columns: CustomerColumns,
	{ key, descending, filter }: { key: SortKey; descending: boolean; filter: CustomerFilter }
): Int32Array {
	const n = columns.ids.length;
	let rows = Int32Array.from({ length: n }, (_, i) => i);
	if (filter === 'lapsed' && columns.pAlive) {
		const p = columns.pAlive;
		rows = rows.filter((i) => p[i]! < LAPSED_BELOW);
	} else if (filter === 'top') {
		const value = columns.clv ?? columns.expected;
		if (value) {
			const threshold = topThreshold(value);
			rows = rows.filter((i) => value[i]! >= threshold);
		}
	}
	const sign = descending ? -1 : 1;
	if (key === 'id') {
		const compare = idComparer(columns.ids);
		return rows.sort((a, b) => sign * compare(a, b) || a - b);
	}
	const values = columns[key];
	if (!values) return rows;
	return rows.sort((a, b) => {
		const va = values[a]!;
		const vb = values[b]!;
		const na = Number.isNaN(va);
		const nb = Number.isNaN(vb);
		if (na || nb) return na === nb ? a - b : na ? 1 : -1;
		return sign * (va - vb) || a - b;
	});
}

/** How a model did on the holdout: repeat purchases expected and made, and the relative error. */
export interface HoldoutCheck {
	readonly expected: number;
	readonly actual: number;
	/** expected / actual − 1: above 0 the model over-predicts. */
	readonly error: number;
	readonly quality: 'good' | 'fair' | 'poor';
}

/**
 * The holdout check of one model, from its holdout-by-frequency groups; undefined without a
 * holdout (a summary table, or no purchase after the calibration end).
 *
 * @example
 * holdoutCheck(cdnow.validation.bgnbd) //=> { expected: ≈ 1,330, actual: 1,359, error: ≈ −0.02, quality: 'good' }
 */
export function holdoutCheck(validation: ModelValidation | undefined): HoldoutCheck | undefined {
	const holdout = validation?.holdout;
	if (!holdout) return undefined;
	let expected = 0;
	let actual = 0;
	holdout.customers.forEach((count, g) => {
		expected += count * holdout.expected[g]!;
		actual += count * holdout.actual[g]!;
	});
	if (!(actual > 0)) return undefined;
	const error = expected / actual - 1;
	const size = Math.abs(error);
	return {
		expected,
		actual,
		error,
		quality: size <= 0.05 ? 'good' : size <= 0.15 ? 'fair' : 'poor'
	};
}

/** Intervals by customer (NaN where not simulated). */
export interface Intervals {
	readonly low: Float64Array;
	readonly high: Float64Array;
}

/**
 * The per-customer table as CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, as the chart downloads):
 * one row per customer with `headers` (in the page's language) over id, x, t_x, T, average spend,
 * P(alive), expected purchases, expected spend per purchase, CLV, and its 80% range. Numbers are
 * written raw (a spreadsheet formats them); a value the model has none for is left empty.
 */
export function customerCsv(
	columns: CustomerColumns,
	intervals: Intervals | undefined,
	headers: readonly string[]
): string {
	const empty = new Float64Array(columns.ids.length).fill(NaN);
	const cells = [
		columns.x,
		columns.tx,
		columns.T,
		columns.spend ?? empty,
		columns.pAlive ?? empty,
		columns.expected ?? empty,
		columns.expectedSpend ?? empty,
		columns.clv ?? empty,
		intervals?.low ?? empty,
		intervals?.high ?? empty
	];
	const lines = [headers.map(csvField).join(',')];
	for (let i = 0; i < columns.ids.length; i++) {
		let line = csvField(columns.ids[i]!);
		for (const column of cells) line += ',' + csvField(column[i]!);
		lines.push(line);
	}
	return bom + lines.join('\r\n') + '\r\n';
}

/** Customer `index`'s purchase times since their first purchase, in the analysis's unit. */
export function purchaseTimes(analysis: BtydAnalysis, index: number): number[] {
	const timeline = analysis.timeline;
	if (!timeline) return [];
	const { offsets, days } = timeline.purchases;
	const first = timeline.firstPurchase[index]!;
	const unitDays = UNIT_DAYS[analysis.unit];
	const times: number[] = [];
	for (let k = offsets[index]!; k < offsets[index + 1]!; k++)
		times.push((days[k]! - first) / unitDays);
	return times;
}

/** The model the analysis values customers with, when it was fitted. */
export function chosenModel(analysis: BtydAnalysis): FittedTransactions | undefined {
	const fits = analysis.fits;
	if (analysis.model === 'bgnbd')
		return 'params' in fits.bgnbd ? { kind: 'bgnbd', params: fits.bgnbd.params } : undefined;
	return 'params' in fits.paretoNbd
		? { kind: 'pareto-nbd', params: fits.paretoNbd.params }
		: undefined;
}

/** The week of the timeline a day falls in (0 = the log's first week). */
export const weekOf = (day: number, firstDay: number) => Math.floor((day - firstDay) / 7);

/**
 * The calibration end a week on the slider stands for: the last day of that week, kept at least one
 * day before the log's last day (so something is left to check against).
 */
export const endOfWeek = (week: number, firstDay: number, lastDay: number) =>
	Math.max(firstDay, Math.min(lastDay - 1, firstDay + 7 * week + 6));

/** Time units in the timeline's span (for "39 weeks of calibration"). */
export const spanIn = (days: number, unit: TimeUnit) => days / UNIT_DAYS[unit];
