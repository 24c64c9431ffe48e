/**
 * Reading the reader's own customer data — a file's bytes or pasted text — into either a
 * transaction log or a ready summary table, with a report of how it was read (encoding, delimiter,
 * decimal mark, date order, columns) and of the rows that could not be.
 *
 * Which of the two a table is follows from its header: frequency, recency and T make a summary;
 * a customer and a date make a log (an amount column is optional: without it, spend cannot be
 * modelled). The columns can also be chosen by position, for files whose header we do not know.
 */
import { findColumns, type ColumnRole } from './columns';
import type { DateOrder, DateReading } from './dates';
import { decodeBytes, type TextEncoding } from './decode';
import { detectDelimiter, eachLine, splitLine, type Delimiter } from './lines';
import type { DecimalMark } from './numbers';
import {
	MAX_PASTE_CHARS,
	MAX_ROWS,
	type BadRow,
	type ImportError,
	type RowsRead
} from './problems';
import { readLog, type TransactionLog } from './read-log';
import { readSummary } from './read-summary';
import type { BtydSummary } from '$lib/model/btyd/summary';

export interface ReadOptions {
	/** Read as this kind instead of deciding from the header. */
	readonly kind?: 'log' | 'summary';
	/** Column positions chosen by hand (0-based), overriding the header names. */
	readonly columns?: Partial<Record<ColumnRole, number>>;
	/** Day/month order for ambiguous dates, or to override the detected one with `forceDateOrder`. */
	readonly dateOrder?: DateOrder;
	readonly forceDateOrder?: boolean;
	/** Decimal mark chosen by hand (detected otherwise). */
	readonly decimal?: DecimalMark;
	/** Today's day number (see `today()` in dates.ts); later purchase dates are bad rows. */
	readonly today?: number;
	readonly maxRows?: number;
}

/** How the table was read, for the page to report ("semicolons, decimal comma, GB18030 …"). */
export interface TableFormat extends RowsRead {
	readonly encoding: TextEncoding | 'text';
	readonly bom: boolean;
	readonly delimiter: Delimiter;
	/** The header cells, and where each role was found (-1: absent). */
	readonly header: readonly string[];
	readonly columns: Readonly<Record<ColumnRole, number>>;
}

export type ReadResult =
	| {
			readonly kind: 'log';
			readonly log: TransactionLog;
			readonly dates: DateReading;
			readonly format: TableFormat;
	  }
	| {
			readonly kind: 'summary';
			readonly ids: readonly string[];
			readonly summary: BtydSummary;
			readonly format: TableFormat;
	  }
	| { readonly kind: 'error'; readonly error: ImportError; readonly badRows?: readonly BadRow[] };

/** The first non-blank line: its number and cells. */
function headerOf(text: string, delimiter: string) {
	let found: { line: number; cells: string[] | null; dataAfter: boolean } | undefined;
	eachLine(text, (line, number) => {
		if (line.trim() === '') return;
		if (found) {
			found.dataAfter = true;
			return false;
		}
		found = { line: number, cells: splitLine(line, delimiter), dataAfter: false };
	});
	return found;
}

/** Where the text came from: a decoded file, or 'text' pasted in. */
export interface TextSource {
	readonly encoding: TextEncoding | 'text';
	readonly bom: boolean;
}

/** A table's text with its delimiter and header found, ready for its rows to be read. */
export interface OpenTable extends TextSource {
	/** The text without a byte-order mark. */
	readonly text: string;
	readonly delimiter: Delimiter;
	/** The header's line (1 = the first line) and cells. */
	readonly header: { readonly line: number; readonly cells: readonly string[] };
	/** Whether any non-blank line follows the header. */
	readonly dataAfter: boolean;
}

/**
 * The first step of reading any table: refuses an over-long paste (`maxChars`, for pasted text
 * only), drops a byte-order mark, finds the delimiter and the header line, and reports a header
 * whose quote does not close (with its line).
 *
 * @example
 * openTable('id;amount\nA;12,50') //=> { kind: 'table', delimiter: ';', header: { line: 1, cells: ['id', 'amount'] }, … }
 */
export function openTable(
	input: string,
	source: TextSource = { encoding: 'text', bom: false },
	maxChars = MAX_PASTE_CHARS
):
	| ({ readonly kind: 'table' } & OpenTable)
	| { readonly kind: 'error'; readonly error: ImportError } {
	const bom = source.bom || input.startsWith('\uFEFF');
	const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
	if (source.encoding === 'text' && text.length > maxChars) {
		return { kind: 'error', error: { code: 'too-large', bytes: text.length, limit: maxChars } };
	}
	const delimiter = detectDelimiter(text);
	const header = headerOf(text, delimiter);
	if (!header) return { kind: 'error', error: { code: 'empty' } };
	if (!header.cells)
		return { kind: 'error', error: { code: 'unbalanced-quote', line: header.line } };
	return {
		kind: 'table',
		encoding: source.encoding,
		bom,
		text,
		delimiter,
		header: { line: header.line, cells: header.cells },
		dataAfter: header.dataAfter
	};
}

/** The roles' columns after the reader's choices, or the first chosen column not in the file. */
function mergeColumns(
	header: readonly string[],
	chosen: ReadOptions['columns']
): Record<ColumnRole, number> | { bad: number } {
	const columns = findColumns(header);
	for (const [role, position] of Object.entries(chosen ?? {}) as [ColumnRole, number][]) {
		if (!Number.isInteger(position) || position >= header.length || position < -1)
			return { bad: position };
		// a column chosen for one role is no longer another role's
		for (const other of Object.keys(columns) as ColumnRole[]) {
			if (columns[other] === position && other !== role) columns[other] = -1;
		}
		columns[role] = position;
	}
	return columns;
}

/**
 * Reads text (pasted, or decoded by {@link readBytes}) as a log or a summary.
 *
 * @example
 * readText('客户编号,日期,金额\nA,2024/3/5,¥1,200\nA,2024/4/1,80').kind //=> 'log'
 */
export function readText(
	input: string,
	options: ReadOptions = {},
	source: TextSource = { encoding: 'text', bom: false }
): ReadResult {
	const opened = openTable(input, source);
	if (opened.kind === 'error') return opened;
	const { text, bom, delimiter, header } = opened;
	const columns = mergeColumns(header.cells, options.columns);
	if ('bad' in columns) {
		return {
			kind: 'error',
			error: { code: 'bad-mapping', column: columns.bad, columns: header.cells.length }
		};
	}
	const isSummary = ['frequency', 'recency', 'age'].every((r) => columns[r as ColumnRole] >= 0);
	const kind = options.kind ?? (isSummary ? 'summary' : 'log');
	const needed: ColumnRole[] =
		kind === 'summary' ? ['frequency', 'recency', 'age'] : ['customer', 'date'];
	const missing = needed.filter((role) => columns[role] < 0);
	if (missing.length > 0) {
		return { kind: 'error', error: { code: 'missing-columns', missing, header: header.cells } };
	}
	if (!opened.dataAfter) return { kind: 'error', error: { code: 'header-only' } };
	const base = {
		delimiter,
		headerLine: header.line,
		maxRows: options.maxRows ?? MAX_ROWS,
		decimal: options.decimal
	};
	const format = { encoding: source.encoding, bom, delimiter, header: header.cells, columns };
	const formatWith = ({ decimal, rows, badRows, badRowCount }: RowsRead): TableFormat => ({
		...format,
		decimal,
		rows,
		badRows,
		badRowCount
	});
	if (kind === 'summary') {
		const read = readSummary(text, { ...base, columns: { ...columns } });
		if (read.kind === 'error') return read;
		return { kind: 'summary', ids: read.ids, summary: read.summary, format: formatWith(read) };
	}
	const read = readLog(text, {
		...base,
		columns: { customer: columns.customer, date: columns.date, amount: columns.amount },
		today: options.today,
		dateOrder: options.dateOrder,
		forceDateOrder: options.forceDateOrder
	});
	if (read.kind === 'error') return read;
	return { kind: 'log', log: read.log, dates: read.dates, format: formatWith(read) };
}

/**
 * Reads a file's bytes: refuses binary files and over-large ones at once, detects the encoding
 * (UTF-8 with or without BOM, GB18030, UTF-16), then reads the text as {@link readText} does.
 *
 * @example
 * readBytes(new TextEncoder().encode('customer,date\nA,2024-03-05')).kind //=> 'log'
 */
export function readBytes(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
	const decoded = decodeBytes(bytes);
	if (decoded.kind === 'error') return decoded;
	return readText(decoded.text, options, { encoding: decoded.encoding, bom: decoded.bom });
}
