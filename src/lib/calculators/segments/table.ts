/**
 * The reader's own customer table — pasted text or a file's bytes — read with the site's shared
 * importer (`$lib/import`: encodings, binary files refused at once, delimiter and decimal mark
 * detected and reported, an unbalanced quote reported with its line, size caps, bad rows listed),
 * in one of two layouts: `plain`, one row per customer, or `lifetimes`, the customer summary of the
 * lifetimes and BTYD packages (`table-layouts.ts`). Everything happens in the browser (in a worker
 * on the page, `read.worker.ts`); nothing is sent. The example file offered for download is in
 * `table-example.ts`.
 */
import { decodeBytes, type TextEncoding } from '$lib/import/decode';
import type { Delimiter } from '$lib/import/lines';
import type { DecimalMark } from '$lib/import/numbers';
import type { BadRow, ImportError, RowProblem } from '$lib/import/problems';
import { openTable, type OpenTable } from '$lib/import/read';
import { readRows } from '$lib/import/read-rows';
import type { CustomerRecord } from '$lib/model/segments';
import { tablePlan, type ColumnReading, type CsvField, type CsvLayout } from './table-layouts';

/** Most customers read: as many as the generated sample can have; later rows are left unread. */
export const MAX_TABLE_ROWS = 10_000;
/** Longest paste, in characters: room for 10,000 customers with wide rows. Larger: open a file. */
export const MAX_PASTE_CHARS = 2_000_000;
/** Largest file, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The problems a row of a customer table can have (a subset of the importer's). */
export type TableProblem = Extract<
	RowProblem,
	| 'missing-customer'
	| 'missing-value'
	| 'bad-number'
	| 'fractional-frequency'
	| 'negative-value'
	| 'recency-after-age'
	| 'duplicate-customer'
>;

/**
 * A row left out, with the column named as the page shows it: the customer field in the plain
 * layout (in the page's language), the file's own header in the lifetimes layout.
 */
export interface TableBadRow {
	readonly line: number;
	readonly problem: TableProblem;
	readonly field?: CsvField;
	readonly header?: string;
}

/** How the text was read: encoding, delimiter and decimal mark (the page states them). */
export interface TableFormat {
	readonly encoding: TextEncoding | 'text';
	readonly delimiter: Delimiter;
	readonly decimal: DecimalMark;
}

export type TableRead =
	| {
			readonly kind: 'table';
			readonly rows: readonly CustomerRecord[];
			/** The first 20 rows left out, and how many there were. */
			readonly badRows: readonly TableBadRow[];
			readonly badRowCount: number;
			/** The line of the first row past `MAX_TABLE_ROWS` customers, or null when all were read. */
			readonly stoppedAt: number | null;
			readonly hasRecency: boolean;
			readonly layout: CsvLayout;
			/** How each field was read from the table's columns (shown to the reader). */
			readonly columns: readonly ColumnReading[];
			readonly format: TableFormat;
	  }
	/** A header was found but no data row could be used. */
	| {
			readonly kind: 'no-rows';
			readonly badRows: readonly TableBadRow[];
			readonly badRowCount: number;
			readonly format: TableFormat;
	  }
	| {
			readonly kind: 'missing-columns';
			readonly missing: readonly CsvField[];
			readonly layout: CsvLayout;
	  }
	/** The file or text as a whole cannot be read (binary, too large, empty, unbalanced quote…). */
	| { readonly kind: 'error'; readonly error: ImportError };

export interface TableOptions {
	/** Decimal mark chosen by hand (decided from the number columns otherwise). */
	readonly decimal?: DecimalMark;
	/** Most customers read (default `MAX_TABLE_ROWS`). */
	readonly maxRows?: number;
	/** Called now and then with the characters read so far and the text's length. */
	readonly progress?: (done: number, total: number) => void;
}

/** Reads an opened table's rows in its layout. */
function readOpened(table: OpenTable, options: TableOptions): TableRead {
	const { header } = table;
	const plan = tablePlan(header.cells);
	if (plan.missing.length > 0) {
		return { kind: 'missing-columns', missing: plan.missing, layout: plan.layout };
	}
	if (!table.dataAfter) return { kind: 'error', error: { code: 'header-only' } };
	const read = readRows(table.text, {
		delimiter: table.delimiter,
		headerLine: header.line,
		maxRows: options.maxRows ?? MAX_TABLE_ROWS,
		overflow: 'keep-first',
		numberColumns: plan.numberColumns,
		decimal: options.decimal,
		read: plan.read,
		key: { of: (row) => row.id, column: plan.idColumn },
		progress: options.progress
	});
	const named = (row: BadRow): TableBadRow => {
		const base = { line: row.line, problem: row.problem as TableProblem };
		if (row.column === undefined || row.column < 0) return base;
		const field = plan.fieldAt.get(row.column);
		return field ? { ...base, field } : { ...base, header: header.cells[row.column]?.trim() };
	};
	const format = (decimal: DecimalMark): TableFormat => ({
		encoding: table.encoding,
		delimiter: table.delimiter,
		decimal
	});
	if (read.kind === 'error') {
		if (read.error.code !== 'no-valid-rows') return read;
		return {
			kind: 'no-rows',
			badRows: (read.badRows ?? []).map(named),
			badRowCount: read.badRowCount ?? 0,
			format: format(read.decimal ?? 'point')
		};
	}
	return {
		kind: 'table',
		rows: read.rows,
		badRows: read.badRows.map(named),
		badRowCount: read.badRowCount,
		stoppedAt: read.stoppedAt,
		hasRecency: plan.hasRecency,
		layout: plan.layout,
		columns: plan.columns,
		format: format(read.decimal)
	};
}

/**
 * Reads a customer table from pasted text or a file's bytes. A header row is required; columns are
 * found by name in any order (`plainAliases`, or the lifetimes layout's `lifetimesAliases`).
 * Pasted text over `MAX_PASTE_CHARS` and files over `MAX_FILE_BYTES` are refused before anything
 * is read; binary files and spreadsheets saved as .xlsx are refused from their first bytes.
 *
 * Rows that cannot be used are listed (the first 20) with their line and problem:
 * `missing-customer`, `missing-value`, `bad-number`, `fractional-frequency` (a number of purchases
 * that is not whole), `negative-value`, `recency-after-age` (lifetimes layout: recency beyond T),
 * `duplicate-customer` (the first row with an id is kept). After `MAX_TABLE_ROWS` customers,
 * reading stops and `stoppedAt` says where.
 *
 * @example
 * readTable('id;transactions;profit\nA;3;1.234\nB;2;2,5')
 * //=> { kind: 'table', rows: [{ id: 'A', transactions: 3, profit: 1234 },
 * //     { id: 'B', transactions: 2, profit: 2.5 }], format: { delimiter: ';', decimal: 'comma', … }, … }
 */
export function readTable(input: string | Uint8Array, options: TableOptions = {}): TableRead {
	let opened: ReturnType<typeof openTable>;
	if (typeof input === 'string') {
		opened = openTable(input, { encoding: 'text', bom: false }, MAX_PASTE_CHARS);
	} else {
		if (input.length > MAX_FILE_BYTES) {
			return {
				kind: 'error',
				error: { code: 'too-large', bytes: input.length, limit: MAX_FILE_BYTES }
			};
		}
		const decoded = decodeBytes(input);
		if (decoded.kind === 'error') return decoded;
		opened = openTable(decoded.text, decoded);
	}
	return opened.kind === 'error' ? opened : readOpened(opened, options);
}

/**
 * What the page asks the table-reading worker (`read.worker.ts`) to read: pasted text or a file's
 * bytes (an ArrayBuffer, so that the runner's JSON key of a job stays small), with the decimal
 * mark when the reader chose one. `n` numbers the requests, so reading the same table again (after
 * going back to the sample) is a new job.
 */
export interface ReadJob {
	readonly n: number;
	readonly text?: string;
	readonly buffer?: ArrayBuffer;
	readonly decimal?: DecimalMark;
}

/** Reads a job's table: the worker's whole work. */
export const readJob = (job: ReadJob, progress?: (done: number, total: number) => void) =>
	readTable(job.buffer ? new Uint8Array(job.buffer) : (job.text ?? ''), {
		decimal: job.decimal,
		progress
	});
