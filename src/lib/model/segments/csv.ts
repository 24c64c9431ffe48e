/**
 * Import of the user's own customer table from CSV text. Pure parsing: the text comes in, rows and
 * a list of bad rows go out; nothing is sent anywhere.
 */
import Papa from 'papaparse';
import { requireInteger } from '../errors';
import type { CustomerRecord } from './customer';
import { parseNumber } from './parse-number';

/** The columns a table may have; `recency_days` is optional. */
export type CsvColumn = 'id' | 'transactions' | 'profit' | 'recency_days';

/** Why a row was left out (the UI localizes these). */
export type CsvReason =
	| 'missing-column'
	| 'not-a-number'
	| 'negative-transactions'
	| 'negative-recency'
	| 'duplicate-id'
	| 'too-many-rows';

/** A row that was left out: its line in the file (1 = the header line), why, and which column. */
export interface BadRow {
	readonly line: number;
	readonly reason: CsvReason;
	readonly column?: CsvColumn;
}

export type CsvImportResult =
	| {
			readonly kind: 'table';
			readonly rows: readonly CustomerRecord[];
			readonly badRows: readonly BadRow[];
			/** True when the header has a recency column (RFM scores become possible). */
			readonly hasRecency: boolean;
			readonly delimiter: ',' | ';' | '\t';
	  }
	/** The header row lacks required columns (a header row is required). */
	| { readonly kind: 'missing-columns'; readonly missing: readonly CsvColumn[] }
	/** No non-empty line at all. */
	| { readonly kind: 'empty' };

/** Accepted header names per column, compared trimmed, lower-cased and without spaces. */
export const CSV_HEADER_ALIASES: Readonly<Record<CsvColumn, readonly string[]>> = {
	id: ['id', 'customer_id', 'customerid', 'customer', '编号', '客户编号', '客户id', '客户'],
	transactions: ['transactions', 'orders', 'frequency', '交易次数', '购买次数', '订单数'],
	profit: ['profit', 'total_profit', '利润', '总利润'],
	recency_days: ['recency_days', 'recency', 'days_since_last', '最近购买天数', '距上次购买天数']
};

/** Default limit on data rows, to keep the page responsive. */
export const CSV_MAX_ROWS = 10_000;

const REQUIRED: readonly CsvColumn[] = ['id', 'transactions', 'profit'];
const COLUMNS = Object.keys(CSV_HEADER_ALIASES) as CsvColumn[];

/** Position of each known column in the header row (first match wins). */
function headerColumns(fields: readonly string[]): Partial<Record<CsvColumn, number>> {
	const columns: Partial<Record<CsvColumn, number>> = {};
	fields.forEach((field, position) => {
		const name = field.trim().toLowerCase().replace(/\s+/g, '');
		const column = COLUMNS.find((key) => CSV_HEADER_ALIASES[key].includes(name));
		if (column && columns[column] === undefined) columns[column] = position;
	});
	return columns;
}

/** Reads one data row, or says why it cannot be read. */
function readRow(
	fields: readonly string[],
	columns: Partial<Record<CsvColumn, number>>,
	delimiter: string
): CustomerRecord | { reason: CsvReason; column: CsvColumn } {
	const cell = (column: CsvColumn) => {
		const position = columns[column];
		return position === undefined ? undefined : fields[position]?.trim();
	};
	for (const column of REQUIRED) {
		if (!cell(column)) return { reason: 'missing-column', column };
	}
	const transactions = parseNumber(cell('transactions')!, delimiter);
	if (transactions === null) return { reason: 'not-a-number', column: 'transactions' };
	if (transactions < 0) return { reason: 'negative-transactions', column: 'transactions' };
	const profit = parseNumber(cell('profit')!, delimiter);
	if (profit === null) return { reason: 'not-a-number', column: 'profit' };
	const row = { id: cell('id')!, transactions, profit };
	const recencyText = cell('recency_days');
	if (!recencyText) return row;
	const recencyDays = parseNumber(recencyText, delimiter);
	if (recencyDays === null) return { reason: 'not-a-number', column: 'recency_days' };
	if (recencyDays < 0) return { reason: 'negative-recency', column: 'recency_days' };
	return { ...row, recencyDays };
}

/** Splits the text into records with the line each starts on; stops after `maxRecords`. */
function records(
	text: string,
	maxRecords: number
): { list: { fields: string[]; line: number }[]; delimiter: string; cutAt: number | null } {
	const list: { fields: string[]; line: number }[] = [];
	let start = 0;
	let line = 1;
	let cutAt: number | null = null;
	let delimiter = ',';
	Papa.parse<string[]>(text, {
		delimitersToGuess: [',', ';', '\t'],
		skipEmptyLines: false,
		step: (step, parser) => {
			const fields = step.data;
			delimiter = step.meta.delimiter;
			if (fields.some((field) => field.trim() !== '')) {
				if (list.length === maxRecords) {
					cutAt = line;
					parser.abort();
					return;
				}
				list.push({ fields, line });
			}
			const end = step.meta.cursor;
			for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
			start = end;
		}
	});
	return { list, delimiter, cutAt };
}

/**
 * Parses a customer table from CSV text (RFC 4180 quoting, via Papa Parse). A header row is
 * required; columns are found by name in any order: `id`, `transactions`, `profit` and optionally
 * `recency_days`, or the Chinese headers 编号, 交易次数, 利润 (and 最近购买天数); see
 * `CSV_HEADER_ALIASES`. The delimiter (comma, semicolon or tab) is detected, a byte-order mark is
 * ignored, blank lines are skipped, and numbers are read by `parseNumber`.
 *
 * Rows that cannot be used are returned in `badRows` with their line number in the file and a
 * reason: `missing-column` (a required cell is empty or absent), `not-a-number`,
 * `negative-transactions`, `negative-recency`, `duplicate-id` (the first row with an id is kept),
 * and `too-many-rows` (reported once, on the first line past `maxRows` data rows; reading stops). A
 * blank recency cell leaves `recencyDays` unset for that row.
 *
 * @example
 * parseCustomerCsv('\uFEFF编号,交易次数,利润\nA,3,120\nB,x,5\nA,1,1')
 * //=> { kind: 'table', rows: [{ id: 'A', transactions: 3, profit: 120 }],
 * //     badRows: [{ line: 3, reason: 'not-a-number', column: 'transactions' },
 * //               { line: 4, reason: 'duplicate-id', column: 'id' }],
 * //     hasRecency: false, delimiter: ',' }
 */
export function parseCustomerCsv(
	text: string,
	options: { readonly maxRows?: number } = {}
): CsvImportResult {
	const maxRows = options.maxRows ?? CSV_MAX_ROWS;
	requireInteger('maxRows', maxRows, 1, 1_000_000);
	const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const { list, delimiter, cutAt } = records(normalized, maxRows + 1);
	const [header, ...data] = list;
	if (!header) return { kind: 'empty' };
	const columns = headerColumns(header.fields);
	const missing = REQUIRED.filter((column) => columns[column] === undefined);
	if (missing.length > 0) return { kind: 'missing-columns', missing };
	const rows: CustomerRecord[] = [];
	const badRows: BadRow[] = [];
	const seen = new Set<string>();
	for (const { fields, line } of data) {
		const row = readRow(fields, columns, delimiter);
		if ('reason' in row) badRows.push({ line, ...row });
		else if (seen.has(row.id)) badRows.push({ line, reason: 'duplicate-id', column: 'id' });
		else {
			seen.add(row.id);
			rows.push(row);
		}
	}
	if (cutAt !== null) badRows.push({ line: cutAt, reason: 'too-many-rows' });
	return {
		kind: 'table',
		rows,
		badRows,
		hasRecency: columns.recency_days !== undefined,
		delimiter: delimiter === ';' || delimiter === '\t' ? delimiter : ','
	};
}
