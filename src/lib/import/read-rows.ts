/**
 * Reading the data rows of a table that has one row per customer (or per anything with a key),
 * for tables other than the log and the summary that read.ts knows — the segmentation page's
 * customer table, for one. The caller says how the cells of a row become a record; this file does
 * what every such table needs:
 *
 * - the decimal mark, decided once from the number columns (see numbers.ts) and returned, so the
 *   page can say which convention it used; every number is read under it;
 * - counts that must be whole (a number of purchases) refused when they are not;
 * - blank lines skipped; a quote that does not close on its line reported with the line where it
 *   opens (the whole table is refused: the rows after it would be misread);
 * - a later row with a key seen before refused (`duplicate-customer`);
 * - a row limit: past it, either the table is refused or the first rows are kept and the page is
 *   told where reading stopped;
 * - bad rows counted, the first 20 listed with their line, column and problem;
 * - progress, for a page that reads in a worker.
 */
import { eachLine, splitLine } from './lines';
import { detectDecimalMark, parseAmount, type DecimalMark } from './numbers';
import { BadRows, type BadRow, type ImportError, type RowProblem } from './problems';

/** Why a row cannot be used: the problem and the column (0-based) it is in. */
export interface CellProblem {
	readonly problem: RowProblem;
	readonly column: number;
}

/** What a number cell must be. */
export interface NumberRule {
	/** A count: whole numbers only (`fractional-frequency` otherwise). */
	readonly whole?: boolean;
	/** Zero or more (`negative-value` otherwise). */
	readonly nonNegative?: boolean;
}

/** The cells of one row, read the table's way. */
export interface Cells {
	/** The cell's text, trimmed; undefined when it is blank or the row is short. */
	text(column: number): string | undefined;
	/**
	 * The cell as a number under the table's decimal mark, or why not: `missing-value` (blank),
	 * `bad-number`, `fractional-frequency` or `negative-value` (see `rule`).
	 */
	number(column: number, rule?: NumberRule): number | CellProblem;
}

export const isProblem = (value: unknown): value is CellProblem =>
	typeof value === 'object' && value !== null && 'problem' in value;

export interface RowsOptions<R> {
	readonly delimiter: string;
	/** Line of the header (data starts after it). */
	readonly headerLine: number;
	/** Most data rows read (blank lines do not count). */
	readonly maxRows: number;
	/**
	 * Past `maxRows`: 'error' refuses the table (`too-many-rows`); 'keep-first' keeps the first
	 * `maxRows` rows and returns the line where reading stopped.
	 */
	readonly overflow?: 'error' | 'keep-first';
	/** The columns that hold numbers, sampled to decide the decimal mark. */
	readonly numberColumns: readonly number[];
	/** Decimal mark chosen by hand (decided from the number columns otherwise). */
	readonly decimal?: DecimalMark;
	/** One row's cells → a record, or why the row cannot be used. */
	readonly read: (cells: Cells, line: number) => R | CellProblem;
	/** A record's key and the column it is in: a key seen before makes a `duplicate-customer`. */
	readonly key?: { readonly of: (row: R) => string; readonly column: number };
	/** Called now and then with the characters read so far and the text's length. */
	readonly progress?: (done: number, total: number) => void;
}

export type RowsResult<R> =
	| {
			readonly kind: 'rows';
			readonly rows: readonly R[];
			readonly decimal: DecimalMark;
			/** Data rows seen (good and bad). */
			readonly count: number;
			readonly badRows: readonly BadRow[];
			readonly badRowCount: number;
			/** With 'keep-first': the line of the first row not read, or null when all were. */
			readonly stoppedAt: number | null;
	  }
	| {
			readonly kind: 'error';
			readonly error: ImportError;
			/** With `no-valid-rows`: why the rows were bad (the first 20), and how many there were. */
			readonly badRows?: readonly BadRow[];
			readonly badRowCount?: number;
			readonly decimal?: DecimalMark;
	  };

/** Number cells looked at to decide the decimal mark. */
const SAMPLE_CELLS = 3000;
/** Rows between two progress reports. */
const PROGRESS_EVERY = 4096;

/** The number cells of the first data rows, to decide the decimal mark. */
function numberSample(
	text: string,
	options: Pick<RowsOptions<unknown>, 'headerLine' | 'delimiter' | 'numberColumns'>
): string[] {
	const sample: string[] = [];
	eachLine(text, (line, number) => {
		if (number <= options.headerLine || line.trim() === '') return;
		const cells = splitLine(line, options.delimiter);
		for (const column of options.numberColumns) {
			const cell = cells?.[column]?.trim();
			if (cell) sample.push(cell);
		}
		return sample.length < SAMPLE_CELLS;
	});
	return sample;
}

/** A row's cells with the table's decimal mark. */
function cellsOf(row: readonly string[], decimal: DecimalMark): Cells {
	const text = (column: number) => row[column]?.trim() || undefined;
	return {
		text,
		number(column, rule = {}) {
			const cell = text(column);
			if (cell === undefined) return { problem: 'missing-value', column };
			const value = parseAmount(cell, decimal);
			if (value === null) return { problem: 'bad-number', column };
			if (rule.whole && !Number.isInteger(value))
				return { problem: 'fractional-frequency', column };
			if (rule.nonNegative && value < 0) return { problem: 'negative-value', column };
			return value;
		}
	};
}

/**
 * Reads the data rows after the header (see {@link RowsOptions}).
 *
 * @example
 * readRows('id;n\nA;2,5\nB;3', {
 *   delimiter: ';', headerLine: 1, maxRows: 10, numberColumns: [1],
 *   read: (cells) => { const n = cells.number(1, { whole: true }); return isProblem(n) ? n : { n }; }
 * })
 * //=> { kind: 'rows', rows: [{ n: 3 }], decimal: 'comma',
 * //     badRows: [{ line: 2, problem: 'fractional-frequency', column: 1 }], … }
 */
export function readRows<R>(text: string, options: RowsOptions<R>): RowsResult<R> {
	const decimal =
		options.decimal ?? detectDecimalMark(numberSample(text, options), options.delimiter);
	const bad = new BadRows();
	const rows: R[] = [];
	const seen = new Set<string>();
	let count = 0;
	let done = 0;
	let stoppedAt: number | null = null;
	let error: ImportError | undefined;
	eachLine(text, (line, number) => {
		done += line.length + 1;
		if (number <= options.headerLine || line.trim() === '') return;
		if (count === options.maxRows) {
			if (options.overflow === 'keep-first') stoppedAt = number;
			else error = { code: 'too-many-rows', limit: options.maxRows };
			return false;
		}
		const cells = splitLine(line, options.delimiter);
		if (!cells) {
			error = { code: 'unbalanced-quote', line: number };
			return false;
		}
		count++;
		if (count % PROGRESS_EVERY === 0) options.progress?.(done, text.length);
		const row = options.read(cellsOf(cells, decimal), number);
		if (isProblem(row)) return void bad.add(number, row.problem, row.column);
		if (options.key) {
			const key = options.key.of(row);
			if (seen.has(key)) return void bad.add(number, 'duplicate-customer', options.key.column);
			seen.add(key);
		}
		rows.push(row);
	});
	if (error) return { kind: 'error', error };
	if (rows.length === 0) {
		const error = { code: 'no-valid-rows' } as const;
		return { kind: 'error', error, badRows: bad.listed, badRowCount: bad.count, decimal };
	}
	options.progress?.(text.length, text.length);
	return {
		kind: 'rows',
		rows,
		decimal,
		count,
		badRows: bad.listed,
		badRowCount: bad.count,
		stoppedAt
	};
}
