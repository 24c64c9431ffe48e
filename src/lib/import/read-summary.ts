/**
 * Reading a ready customer summary — one row per customer in the layout of the lifetimes package
 * (and of `static/sql/btyd-summary.sql`):
 *
 * - frequency: the number of **repeat** purchases (a whole number; the first purchase not counted);
 * - recency: the time from the first purchase to the last one — not the time since the last one;
 * - T: the time from the first purchase to the end of the period;
 * - monetary_value (optional): the average value of the repeat purchases.
 *
 * Times are in one unit, which the file does not say: the page asks.
 */
import type { BtydSummary } from '$lib/model/btyd/summary';
import { eachDataRow, eachLine, splitLine } from './lines';
import { detectDecimalMark, parseAmount, type DecimalMark } from './numbers';
import { BadRows, type BadRow, type ImportError, type RowsRead } from './problems';

export interface SummaryColumns {
	/** -1 when there is no id column (customers are then numbered by their line). */
	readonly customer: number;
	readonly frequency: number;
	readonly recency: number;
	readonly age: number;
	/** -1 when there is no spend column. */
	readonly monetary: number;
}

export interface SummaryOptions {
	readonly delimiter: string;
	readonly columns: SummaryColumns;
	readonly headerLine: number;
	readonly maxRows: number;
	readonly decimal?: DecimalMark;
}

export type SummaryResult =
	| ({
			readonly kind: 'summary';
			readonly ids: readonly string[];
			readonly summary: BtydSummary;
	  } & RowsRead)
	| { readonly kind: 'error'; readonly error: ImportError; readonly badRows?: readonly BadRow[] };

type Row = { id: string; x: number; tx: number; T: number; m: number };

/** One row to a customer, or the problem and its column. */
function readRow(
	cells: readonly string[],
	line: number,
	{ columns }: SummaryOptions,
	decimal: DecimalMark
): Row | { problem: BadRow['problem']; column: number } {
	const value = (column: number) => {
		const cell = cells[column]?.trim();
		if (!cell) return { problem: 'missing-value' as const, column };
		const parsed = parseAmount(cell, decimal);
		if (parsed === null) return { problem: 'bad-number' as const, column };
		if (parsed < 0) return { problem: 'negative-value' as const, column };
		return parsed;
	};
	const x = value(columns.frequency);
	if (typeof x !== 'number') return x;
	if (!Number.isInteger(x)) return { problem: 'fractional-frequency', column: columns.frequency };
	const tx = value(columns.recency);
	if (typeof tx !== 'number') return tx;
	const T = value(columns.age);
	if (typeof T !== 'number') return T;
	if (tx > T) return { problem: 'recency-after-age', column: columns.recency };
	if (x === 0 && tx > 0) return { problem: 'recency-without-repeat', column: columns.recency };
	let m = 0;
	if (columns.monetary >= 0 && x > 0) {
		const spend = value(columns.monetary);
		if (typeof spend !== 'number') return spend;
		m = spend;
	}
	const id = columns.customer >= 0 ? (cells[columns.customer]?.trim() ?? '') : String(line);
	if (!id) return { problem: 'missing-customer', column: columns.customer };
	return { id, x, tx, T, m };
}

/** Reads the data rows of a summary table; bad rows are counted and the first 20 listed. */
export function readSummary(text: string, options: SummaryOptions): SummaryResult {
	const sample: string[] = [];
	eachLine(text, (line, number) => {
		if (number <= options.headerLine) return;
		const cells = splitLine(line, options.delimiter);
		for (const column of [options.columns.recency, options.columns.age, options.columns.monetary]) {
			const cell = column >= 0 ? cells?.[column]?.trim() : undefined;
			if (cell) sample.push(cell);
		}
		return sample.length < 3000;
	});
	const decimal = options.decimal ?? detectDecimalMark(sample, options.delimiter);
	const bad = new BadRows();
	const rows: Row[] = [];
	const seen = new Set<string>();
	const { rows: count, error } = eachDataRow(text, options, (cells, number) => {
		const row = readRow(cells, number, options, decimal);
		if ('problem' in row) return void bad.add(number, row.problem, row.column);
		if (seen.has(row.id))
			return void bad.add(number, 'duplicate-customer', options.columns.customer);
		seen.add(row.id);
		rows.push(row);
	});
	if (error) return { kind: 'error', error };
	if (rows.length === 0)
		return { kind: 'error', error: { code: 'no-valid-rows' }, badRows: bad.listed };
	const column = (pick: (row: Row) => number) => Float64Array.from(rows, pick);
	const summary: BtydSummary = {
		frequency: column((r) => r.x),
		recency: column((r) => r.tx),
		age: column((r) => r.T),
		...(options.columns.monetary >= 0 ? { monetary: column((r) => r.m) } : {})
	};
	return {
		kind: 'summary',
		ids: rows.map((r) => r.id),
		summary,
		decimal,
		rows: count,
		badRows: bad.listed,
		badRowCount: bad.count
	};
}
