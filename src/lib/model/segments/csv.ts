/**
 * Import of the user's own customer table from CSV text. Pure parsing: the text comes in, rows and
 * a list of bad rows go out; nothing is sent anywhere.
 */
import Papa from 'papaparse';
import { requireInteger } from '../errors';
import { CSV_MAX_ROWS } from './csv-limits';
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
	| 'recency-after-end'
	| 'duplicate-id'
	| 'too-many-rows';

/** A row that was left out: its line in the file (1 = the header line), why, and which column. */
export interface BadRow {
	readonly line: number;
	readonly reason: CsvReason;
	/** The customer field the faulty cell was read into. */
	readonly column?: CsvColumn;
	/** The faulty cell's header as written in the file, when it is not the field's own name. */
	readonly header?: string;
}

/**
 * The two layouts a table can have. `plain`: one column per field (transactions, profit, days since
 * the last purchase). `lifetimes`: the customer summary of the lifetimes and BTYD packages (Fader,
 * Hardie & Lee 2005), with `frequency` = repeat purchases, `recency` = time from the first to the
 * last purchase, `T` = time from the first purchase to the end of the data, optionally
 * `monetary_value` = mean value of the repeat purchases.
 */
export type CsvLayout = 'plain' | 'lifetimes';

/**
 * How a field was computed from the table's columns:
 * - `as-is`: the column's value;
 * - `repeat-plus-first`: transactions = frequency + 1 (the first purchase is not a repeat);
 * - `end-minus-recency`: days since the last purchase = T − recency, in the table's own time unit
 *   (RFM uses only the order, so weeks or days give the same scores);
 * - `mean-times-repeat`: profit = monetary_value × frequency, the value of the repeat purchases.
 */
export type ColumnRule = 'as-is' | 'repeat-plus-first' | 'end-minus-recency' | 'mean-times-repeat';

/** How one customer field was read: from which of the file's columns, and by which rule. */
export interface ColumnReading {
	readonly field: CsvColumn;
	/** The file's headers used, as written in the file, in the order the rule names them. */
	readonly headers: readonly string[];
	readonly rule: ColumnRule;
}

export type CsvImportResult =
	| {
			readonly kind: 'table';
			readonly rows: readonly CustomerRecord[];
			readonly badRows: readonly BadRow[];
			/** True when the header has a recency column (RFM scores become possible). */
			readonly hasRecency: boolean;
			readonly delimiter: ',' | ';' | '\t';
			readonly layout: CsvLayout;
			/** How each field was read, in the order id, transactions, profit, recency_days. */
			readonly columns: readonly ColumnReading[];
	  }
	/** The header row lacks required columns (a header row is required). */
	| {
			readonly kind: 'missing-columns';
			readonly missing: readonly CsvColumn[];
			readonly layout: CsvLayout;
	  }
	/** No non-empty line at all. */
	| { readonly kind: 'empty' };

/** Accepted header names per column, compared trimmed, lower-cased and without spaces. */
export const CSV_HEADER_ALIASES: Readonly<Record<CsvColumn, readonly string[]>> = {
	id: ['id', 'customer_id', 'customerid', 'customer', '编号', '客户编号', '客户id', '客户'],
	transactions: ['transactions', 'orders', 'frequency', '交易次数', '购买次数', '订单数'],
	profit: ['profit', 'total_profit', '利润', '总利润'],
	recency_days: ['recency_days', 'recency', 'days_since_last', '最近购买天数', '距上次购买天数']
};

/**
 * Header names of the lifetimes layout (lifetimes: frequency, recency, T, monetary_value; BTYD:
 * x, t.x, T.cal, m.x). A table is read in this layout when it has a column of each of the first
 * three kinds.
 */
export const LIFETIMES_HEADER_ALIASES = {
	frequency: ['frequency', 'frequency_cal', 'x'],
	recency: ['recency', 'recency_cal', 't_x', 't.x'],
	end: ['t', 't_cal', 't.cal'],
	monetary: ['monetary_value', 'monetary_value_cal', 'm.x', 'm_x', 'zbar']
} as const;

export { CSV_MAX_ROWS };

const REQUIRED: readonly CsvColumn[] = ['id', 'transactions', 'profit'];
const COLUMNS = Object.keys(CSV_HEADER_ALIASES) as CsvColumn[];

type LifetimesColumn = keyof typeof LIFETIMES_HEADER_ALIASES;
type Positions<K extends string> = Partial<Record<K, number>>;

const normalize = (field: string) => field.trim().toLowerCase().replace(/\s+/g, '');

/** Position of each known column in the header row (first match wins). */
function positionsOf<K extends string>(
	fields: readonly string[],
	aliases: Readonly<Record<K, readonly string[]>>
): Positions<K> {
	const keys = Object.keys(aliases) as K[];
	const columns: Positions<K> = {};
	fields.forEach((field, position) => {
		const key = keys.find((k) => aliases[k].includes(normalize(field)));
		if (key !== undefined && columns[key] === undefined) columns[key] = position;
	});
	return columns;
}

type RowResult = CustomerRecord | { reason: CsvReason; column: CsvColumn; header?: string };

/** How to read the data rows: the layout, the column readings and the row reader. */
interface ReadingPlan {
	readonly layout: CsvLayout;
	readonly missing: readonly CsvColumn[];
	readonly columns: readonly ColumnReading[];
	readonly hasRecency: boolean;
	readonly read: (fields: readonly string[], delimiter: string) => RowResult;
}

const cellOf = (fields: readonly string[], position: number | undefined) =>
	position === undefined ? undefined : fields[position]?.trim();

/** The plain layout: one column per field; a blank recency cell leaves it unset. */
function plainPlan(header: readonly string[]): ReadingPlan {
	const at = positionsOf(header, CSV_HEADER_ALIASES);
	const cell = (fields: readonly string[], column: CsvColumn) => cellOf(fields, at[column]);
	const present = COLUMNS.filter((column) => at[column] !== undefined);
	return {
		layout: 'plain',
		missing: REQUIRED.filter((column) => at[column] === undefined),
		columns: present.map((field) => ({ field, headers: [header[at[field]!]!], rule: 'as-is' })),
		hasRecency: at.recency_days !== undefined,
		read(fields, delimiter) {
			for (const column of REQUIRED) {
				if (!cell(fields, column)) return { reason: 'missing-column', column };
			}
			const transactions = parseNumber(cell(fields, 'transactions')!, delimiter);
			if (transactions === null) return { reason: 'not-a-number', column: 'transactions' };
			if (transactions < 0) return { reason: 'negative-transactions', column: 'transactions' };
			const profit = parseNumber(cell(fields, 'profit')!, delimiter);
			if (profit === null) return { reason: 'not-a-number', column: 'profit' };
			const row = { id: cell(fields, 'id')!, transactions, profit };
			const recencyText = cell(fields, 'recency_days');
			if (!recencyText) return row;
			const recencyDays = parseNumber(recencyText, delimiter);
			if (recencyDays === null) return { reason: 'not-a-number', column: 'recency_days' };
			if (recencyDays < 0) return { reason: 'negative-recency', column: 'recency_days' };
			return { ...row, recencyDays };
		}
	};
}

/** Whether the header has the lifetimes layout's frequency, recency and T columns. */
function isLifetimes(header: readonly string[]): boolean {
	const at = positionsOf(header, LIFETIMES_HEADER_ALIASES);
	return at.frequency !== undefined && at.recency !== undefined && at.end !== undefined;
}

/** Where the lifetimes layout's cells are, and the file's header names. */
interface LifetimesColumns {
	readonly at: Positions<LifetimesColumn>;
	/** Position of the id column, and of a profit column if the table has one. */
	readonly id: number | undefined;
	readonly profit: number | undefined;
	readonly name: (position: number | undefined) => string;
}

/** Reads one row of the lifetimes layout (see `lifetimesPlan`). */
function readLifetimesRow(
	columns: LifetimesColumns,
	fields: readonly string[],
	delimiter: string
): RowResult {
	const { at, name } = columns;
	const fault = (reason: CsvReason, column: CsvColumn, key: LifetimesColumn) =>
		({ reason, column, header: name(at[key]) }) as const;
	const number = (key: LifetimesColumn) => {
		const text = cellOf(fields, at[key]);
		return text ? parseNumber(text, delimiter) : undefined;
	};
	const id = cellOf(fields, columns.id);
	if (!id) return { reason: 'missing-column', column: 'id' };
	const repeat = number('frequency');
	if (repeat === undefined) return fault('missing-column', 'transactions', 'frequency');
	if (repeat === null) return fault('not-a-number', 'transactions', 'frequency');
	if (repeat < 0) return fault('negative-transactions', 'transactions', 'frequency');
	let profit: number | null;
	if (columns.profit !== undefined) {
		const text = cellOf(fields, columns.profit);
		if (!text) return { reason: 'missing-column', column: 'profit' };
		profit = parseNumber(text, delimiter);
		if (profit === null) return { reason: 'not-a-number', column: 'profit' };
	} else {
		const mean = number('monetary');
		if (mean === undefined) return fault('missing-column', 'profit', 'monetary');
		if (mean === null) return fault('not-a-number', 'profit', 'monetary');
		profit = mean * repeat;
	}
	const recency = number('recency');
	if (recency === undefined) return fault('missing-column', 'recency_days', 'recency');
	if (recency === null) return fault('not-a-number', 'recency_days', 'recency');
	if (recency < 0) return fault('negative-recency', 'recency_days', 'recency');
	const end = number('end');
	if (end === undefined) return fault('missing-column', 'recency_days', 'end');
	if (end === null) return fault('not-a-number', 'recency_days', 'end');
	if (recency > end) return fault('recency-after-end', 'recency_days', 'recency');
	return { id, transactions: repeat + 1, profit, recencyDays: end - recency };
}

/**
 * The lifetimes layout: transactions = frequency + 1, days since the last purchase = T − recency
 * (in the table's time unit), profit from a profit column or else monetary_value × frequency. The
 * id is an id column or, as pandas writes an unnamed index, a first column with a blank header.
 */
function lifetimesPlan(header: readonly string[]): ReadingPlan {
	const plain = positionsOf(header, CSV_HEADER_ALIASES);
	const columns: LifetimesColumns = {
		at: positionsOf(header, LIFETIMES_HEADER_ALIASES),
		id: plain.id ?? (header[0]?.trim() === '' ? 0 : undefined),
		profit: plain.profit,
		name: (position) => (position === undefined ? '' : header[position]!.trim())
	};
	const { at, name } = columns;
	const readings: ColumnReading[] = [];
	if (columns.id !== undefined) {
		readings.push({ field: 'id', headers: [name(columns.id)], rule: 'as-is' });
	}
	readings.push({
		field: 'transactions',
		headers: [name(at.frequency)],
		rule: 'repeat-plus-first'
	});
	if (columns.profit !== undefined) {
		readings.push({ field: 'profit', headers: [name(columns.profit)], rule: 'as-is' });
	} else if (at.monetary !== undefined) {
		const headers = [name(at.monetary), name(at.frequency)];
		readings.push({ field: 'profit', headers, rule: 'mean-times-repeat' });
	}
	const recency = [name(at.end), name(at.recency)];
	readings.push({ field: 'recency_days', headers: recency, rule: 'end-minus-recency' });
	return {
		layout: 'lifetimes',
		missing: REQUIRED.filter((field) => !readings.some((reading) => reading.field === field)),
		columns: readings,
		hasRecency: true,
		read: (fields, delimiter) => readLifetimesRow(columns, fields, delimiter)
	};
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
 * `CSV_HEADER_ALIASES`. A table with the lifetimes / BTYD summary columns (frequency, recency, T,
 * optionally monetary_value; see `LIFETIMES_HEADER_ALIASES`) is read in that layout instead, where
 * `recency` means time from the first to the last purchase and `frequency` repeat purchases, and
 * converted (see `lifetimesPlan`). `columns` says how each field was read, for the UI to show. The
 * delimiter (comma, semicolon or tab) is detected, a byte-order mark is ignored, blank lines are
 * skipped, and numbers are read by `parseNumber`.
 *
 * Rows that cannot be used are returned in `badRows` with their line number in the file and a
 * reason: `missing-column` (a required cell is empty or absent), `not-a-number`,
 * `negative-transactions`, `negative-recency`, `recency-after-end` (lifetimes layout: recency
 * beyond T), `duplicate-id` (the first row with an id is kept), and `too-many-rows` (reported once,
 * on the first line past `maxRows` data rows; reading stops). A blank recency cell leaves
 * `recencyDays` unset for that row in the plain layout.
 *
 * @example
 * parseCustomerCsv('\uFEFF编号,交易次数,利润\nA,3,120\nB,x,5\nA,1,1')
 * //=> { kind: 'table', rows: [{ id: 'A', transactions: 3, profit: 120 }],
 * //     badRows: [{ line: 3, reason: 'not-a-number', column: 'transactions' },
 * //               { line: 4, reason: 'duplicate-id', column: 'id' }],
 * //     hasRecency: false, delimiter: ',', layout: 'plain', columns: [{ field: 'id',
 * //     headers: ['编号'], rule: 'as-is' }, …] }
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
	const plan = isLifetimes(header.fields) ? lifetimesPlan(header.fields) : plainPlan(header.fields);
	if (plan.missing.length > 0) {
		return { kind: 'missing-columns', missing: plan.missing, layout: plan.layout };
	}
	const rows: CustomerRecord[] = [];
	const badRows: BadRow[] = [];
	const seen = new Set<string>();
	for (const { fields, line } of data) {
		const row = plan.read(fields, delimiter);
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
		hasRecency: plan.hasRecency,
		delimiter: delimiter === ';' || delimiter === '\t' ? delimiter : ',',
		layout: plan.layout,
		columns: plan.columns
	};
}
