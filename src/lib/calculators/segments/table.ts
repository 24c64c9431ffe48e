/**
 * The reader's own customer table — pasted text or a file's bytes — read with the site's shared
 * importer (`$lib/import`: encodings, binary files refused at once, delimiter and decimal mark
 * detected and reported, an unbalanced quote reported with its line, size caps, bad rows listed),
 * in one of two layouts, and the example file offered for download. Everything happens in the
 * browser (in a worker on the page, `read.worker.ts`); nothing is sent.
 *
 * - `plain`: one row per customer with an id, the number of purchases, the profit (or, failing
 *   that, the customer's total value: RFM tables call it `monetary`) and optionally the days since
 *   the last purchase. English, Chinese and the usual RFM names are accepted (`plainAliases`).
 * - `lifetimes`: the customer summary of the lifetimes and BTYD packages (Fader, Hardie & Lee
 *   2005), with `frequency` = repeat purchases, `recency` = time from the first to the last
 *   purchase, `T` = time from the first purchase to the end of the data, optionally
 *   `monetary_value` = mean value of the repeat purchases. A table with the first three is read in
 *   this layout and converted (`ColumnRule`).
 */
import type { Locale } from '$lib/i18n/locales';
import { HEADER_ALIASES, findColumns } from '$lib/import/columns';
import { decodeBytes, type TextEncoding } from '$lib/import/decode';
import type { Delimiter } from '$lib/import/lines';
import type { DecimalMark } from '$lib/import/numbers';
import type { BadRow, ImportError, RowProblem } from '$lib/import/problems';
import { openTable, type OpenTable } from '$lib/import/read';
import { isProblem, readRows, type CellProblem, type Cells } from '$lib/import/read-rows';
import type { CustomerRecord } from '$lib/model/segments';
import { teaShopCustomers } from './tea-shop';

/** Most customers read: as many as the generated sample can have; later rows are left unread. */
export const MAX_TABLE_ROWS = 10_000;
/** Longest paste, in characters: room for 10,000 customers with wide rows. Larger: open a file. */
export const MAX_PASTE_CHARS = 2_000_000;
/** Largest file, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The customer fields a table fills; `recency_days` is optional. */
export type CsvField = 'id' | 'transactions' | 'profit' | 'recency_days';

export type CsvLayout = 'plain' | 'lifetimes';

/**
 * How a field was computed from the table's columns:
 * - `as-is`: the column's value;
 * - `value-as-profit`: profit = the customer's total value (`monetary`, revenue…), when the table
 *   has no profit column: segments then rank by value, not by profit;
 * - `repeat-plus-first`: transactions = frequency + 1 (the first purchase is not a repeat);
 * - `end-minus-recency`: days since the last purchase = T − recency, in the table's own time unit
 *   (RFM uses only the order, so weeks or days give the same scores);
 * - `mean-times-repeat`: profit = monetary_value × frequency, the value of the repeat purchases.
 */
export type ColumnRule =
	'as-is' | 'value-as-profit' | 'repeat-plus-first' | 'end-minus-recency' | 'mean-times-repeat';

/** How one customer field was read: from which of the file's columns, and by which rule. */
export interface ColumnReading {
	readonly field: CsvField;
	/** The file's headers used, as written in the file, in the order the rule names them. */
	readonly headers: readonly string[];
	readonly rule: ColumnRule;
}

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

/** Accepted header names of the plain layout (normalised: see `normalizeHeader`). */
export const plainAliases = {
	id: HEADER_ALIASES.customer,
	transactions: [
		'transactions',
		'transactioncount',
		'numberoftransactions',
		'orders',
		'ordercount',
		'numberoforders',
		'numorders',
		'totalorders',
		'purchases',
		'purchasecount',
		'numberofpurchases',
		'frequency',
		'invoices',
		'visits',
		'交易次数',
		'购买次数',
		'订单数',
		'订单次数',
		'消费次数',
		'购买频次',
		'频次'
	],
	profit: ['profit', 'totalprofit', 'grossprofit', 'netprofit', '利润', '总利润', '毛利', '毛利润'],
	/** A customer's total value: what RFM tables call monetary. Read as profit when there is none. */
	value: [
		'monetary',
		'monetaryvalue',
		'totalspend',
		'spend',
		'revenue',
		'sales',
		'totalsales',
		'amount',
		'totalamount',
		'value',
		'金额',
		'消费金额',
		'总金额',
		'累计消费',
		'销售额',
		'消费额'
	],
	recency: [
		'recencydays',
		'recency',
		'dayssincelast',
		'dayssincelastpurchase',
		'dayssincelastorder',
		'lastpurchasedays',
		'最近购买天数',
		'距上次购买天数',
		'距今天数',
		'近度'
	]
} as const;

/**
 * Header names of the lifetimes layout (lifetimes: frequency, recency, T, monetary_value; BTYD:
 * x, t.x, T.cal, m.x). A table is read in this layout when it has a column of each of the first
 * three kinds.
 */
export const lifetimesAliases = {
	frequency: ['frequency', 'frequencycal', 'x'],
	recency: ['recency', 'recencycal', 'tx'],
	end: ['t', 'tcal'],
	monetary: ['monetaryvalue', 'monetaryvaluecal', 'monetary', 'mx', 'zbar']
} as const;

/** How to read the data rows of one layout. */
interface Plan {
	readonly layout: CsvLayout;
	readonly missing: readonly CsvField[];
	readonly columns: readonly ColumnReading[];
	readonly hasRecency: boolean;
	/** The column of each field (-1: absent), to name a bad row's column. */
	readonly fieldAt: ReadonlyMap<number, CsvField>;
	readonly idColumn: number;
	readonly numberColumns: readonly number[];
	readonly read: (cells: Cells) => CustomerRecord | CellProblem;
}

const count = { whole: true, nonNegative: true } as const;

/** The plain layout: one column per field; a blank recency cell leaves it unset. */
function plainPlan(header: readonly string[]): Plan {
	const at = findColumns(header, plainAliases);
	const profit = at.profit >= 0 ? at.profit : at.value;
	const where: Record<CsvField, number> = {
		id: at.id,
		transactions: at.transactions,
		profit,
		recency_days: at.recency
	};
	const fields = (Object.keys(where) as CsvField[]).filter((field) => where[field] >= 0);
	return {
		layout: 'plain',
		missing: (['id', 'transactions', 'profit'] as const).filter((field) => where[field] < 0),
		columns: fields.map((field) => ({
			field,
			headers: [header[where[field]]!.trim()],
			rule: field === 'profit' && at.profit < 0 ? 'value-as-profit' : 'as-is'
		})),
		hasRecency: at.recency >= 0,
		fieldAt: new Map(fields.map((field) => [where[field], field])),
		idColumn: at.id,
		numberColumns: [at.transactions, profit, at.recency].filter((column) => column >= 0),
		read(cells) {
			const id = cells.text(at.id);
			if (id === undefined) return { problem: 'missing-customer', column: at.id };
			const transactions = cells.number(at.transactions, count);
			if (isProblem(transactions)) return transactions;
			const value = cells.number(profit);
			if (isProblem(value)) return value;
			const row = { id, transactions, profit: value };
			if (at.recency < 0 || cells.text(at.recency) === undefined) return row;
			const recencyDays = cells.number(at.recency, { nonNegative: true });
			return isProblem(recencyDays) ? recencyDays : { ...row, recencyDays };
		}
	};
}

/**
 * The lifetimes layout: transactions = frequency + 1, days since the last purchase = T − recency
 * (in the table's time unit), profit from a profit column or else monetary_value × frequency (0
 * for a customer with no repeat purchase, whose mean is undefined). The id is an id column or, as
 * pandas writes an unnamed index, a first column with a blank header.
 */
function lifetimesPlan(header: readonly string[]): Plan {
	const at = findColumns(header, lifetimesAliases);
	const own = findColumns(header, { id: plainAliases.id, profit: plainAliases.profit });
	const id = own.id >= 0 ? own.id : header[0]?.trim() === '' ? 0 : -1;
	const name = (column: number) => header[column]!.trim();
	const columns: ColumnReading[] = [];
	if (id >= 0) columns.push({ field: 'id', headers: [name(id)], rule: 'as-is' });
	columns.push({ field: 'transactions', headers: [name(at.frequency)], rule: 'repeat-plus-first' });
	if (own.profit >= 0) {
		columns.push({ field: 'profit', headers: [name(own.profit)], rule: 'as-is' });
	} else if (at.monetary >= 0) {
		const headers = [name(at.monetary), name(at.frequency)];
		columns.push({ field: 'profit', headers, rule: 'mean-times-repeat' });
	}
	const recency = [name(at.end), name(at.recency)];
	columns.push({ field: 'recency_days', headers: recency, rule: 'end-minus-recency' });
	const money = own.profit >= 0 ? own.profit : at.monetary;
	return {
		layout: 'lifetimes',
		missing: (['id', 'transactions', 'profit'] as const).filter(
			(field) => !columns.some((reading) => reading.field === field)
		),
		columns,
		hasRecency: true,
		fieldAt: new Map(),
		idColumn: id,
		numberColumns: [at.frequency, at.recency, at.end, money].filter((column) => column >= 0),
		read(cells) {
			const customer = cells.text(id);
			if (customer === undefined) return { problem: 'missing-customer', column: id };
			const repeat = cells.number(at.frequency, count);
			if (isProblem(repeat)) return repeat;
			let profit = 0;
			if (own.profit >= 0) {
				const value = cells.number(own.profit);
				if (isProblem(value)) return value;
				profit = value;
			} else if (repeat > 0) {
				const mean = cells.number(at.monetary);
				if (isProblem(mean)) return mean;
				profit = mean * repeat;
			}
			const last = cells.number(at.recency, { nonNegative: true });
			if (isProblem(last)) return last;
			const end = cells.number(at.end, { nonNegative: true });
			if (isProblem(end)) return end;
			if (last > end) return { problem: 'recency-after-age', column: at.recency };
			return { id: customer, transactions: repeat + 1, profit, recencyDays: end - last };
		}
	};
}

/** Whether the header has the lifetimes layout's frequency, recency and T columns. */
function isLifetimes(header: readonly string[]): boolean {
	const at = findColumns(header, lifetimesAliases);
	return at.frequency >= 0 && at.recency >= 0 && at.end >= 0;
}

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
	const plan = isLifetimes(header.cells) ? lifetimesPlan(header.cells) : plainPlan(header.cells);
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

/** The example's header in each language (both are accepted). */
const headers: Record<Locale, string> = {
	en: 'id,transactions,profit,recency_days',
	zh: '编号,交易次数,利润,最近购买天数'
};

/** The tea shop of the segmentation article: ten customers, all four segments among them. */
const exampleRows = teaShopCustomers.map(
	({ id, transactions, profit, recencyDays }) => `${id},${transactions},${profit},${recencyDays}`
);

/** The example table as CSV text, with headers in the page's language. */
export function exampleCsv(locale: Locale): string {
	return [headers[locale], ...exampleRows].join('\n') + '\n';
}

/**
 * The example as a `data:` URL for a download link. A byte-order mark makes spreadsheet programs
 * read the Chinese header as UTF-8; the reader ignores it.
 */
export function exampleHref(locale: Locale): string {
	return 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + exampleCsv(locale));
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
