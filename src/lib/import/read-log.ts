/**
 * Reading a transaction log — one row per purchase: who, when, and (optionally) how much — into
 * columns of typed arrays, so a million purchases cost three arrays, not a million objects.
 */
import { readDates, parseDate, type DateOrder, type DateReading } from './dates';
import { eachDataRow, eachLine, splitLine } from './lines';
import { detectDecimalMark, parseAmount, type DecimalMark } from './numbers';
import { BadRows, type BadRow, type ImportError, type RowsRead } from './problems';

/** Purchases as columns: row i is customer `customer[i]` buying on `day[i]` for `amount[i]`. */
export interface TransactionLog {
	/** The customers' ids as written in the file, by customer index (in order of first appearance). */
	readonly customerIds: readonly string[];
	/** Customer index of each purchase. */
	readonly customer: Int32Array;
	/** Day number (days since 1970-01-01) of each purchase. */
	readonly day: Int32Array;
	/** Value of each purchase, or null when the file has no amount column. */
	readonly amount: Float64Array | null;
}

export interface LogColumns {
	readonly customer: number;
	readonly date: number;
	/** -1 when there is no amount column. */
	readonly amount: number;
}

export interface LogOptions {
	readonly delimiter: string;
	readonly columns: LogColumns;
	/** Line number of the header (data starts after it). */
	readonly headerLine: number;
	readonly maxRows: number;
	/** Day number of today: later purchases are bad rows ('future-date'). */
	readonly today?: number;
	/** Day/month order to use when the dates do not settle it. */
	readonly dateOrder?: DateOrder;
	/** Force the order even when the dates suggest the other (the reader corrected it by hand). */
	readonly forceDateOrder?: boolean;
	/** Decimal mark chosen by hand (detected otherwise). */
	readonly decimal?: DecimalMark;
}

export type LogResult =
	| ({
			readonly kind: 'log';
			readonly log: TransactionLog;
			readonly dates: DateReading;
	  } & RowsRead)
	| { readonly kind: 'error'; readonly error: ImportError; readonly badRows?: readonly BadRow[] };

/** The amount cells of the first 2,000 data rows, to decide the decimal mark. */
function amountSample(text: string, options: LogOptions): string[] {
	const sample: string[] = [];
	eachLine(text, (line, number) => {
		if (number <= options.headerLine || line.trim() === '') return;
		const cell = splitLine(line, options.delimiter)?.[options.columns.amount]?.trim();
		if (cell) sample.push(cell);
		return sample.length < 2000;
	});
	return sample;
}

/** Growable typed columns for the rows as they are read. */
class Columns {
	length = 0;
	customer = new Int32Array(1024);
	date = new Int32Array(1024);
	line = new Int32Array(1024);
	amount = new Float64Array(1024);

	push(customer: number, date: number, line: number, amount: number): void {
		if (this.length === this.customer.length) {
			const grow = <T extends Int32Array | Float64Array>(a: T): T => {
				const next = new (a.constructor as new (n: number) => T)(a.length * 2);
				next.set(a);
				return next;
			};
			this.customer = grow(this.customer);
			this.date = grow(this.date);
			this.line = grow(this.line);
			this.amount = grow(this.amount);
		}
		const i = this.length++;
		this.customer[i] = customer;
		this.date[i] = date;
		this.line[i] = line;
		this.amount[i] = amount;
	}
}

/** First pass: cells to interned customers and date strings, amounts parsed. */
function scan(text: string, options: LogOptions, decimal: DecimalMark, bad: BadRows) {
	const { customer: cc, date: dc, amount: ac } = options.columns;
	const ids = new Map<string, number>();
	const dates = new Map<string, number>();
	const columns = new Columns();
	const { rows, error } = eachDataRow(text, options, (cells, number) => {
		const id = cells[cc]?.trim();
		if (!id) return void bad.add(number, 'missing-customer', cc);
		const date = cells[dc]?.trim();
		if (!date) return void bad.add(number, 'missing-date', dc);
		let amount = 0;
		if (ac >= 0) {
			const cell = cells[ac]?.trim();
			if (!cell) return void bad.add(number, 'missing-amount', ac);
			const parsed = parseAmount(cell, decimal);
			if (parsed === null) return void bad.add(number, 'bad-amount', ac);
			if (parsed < 0) return void bad.add(number, 'negative-amount', ac);
			amount = parsed;
		}
		let customer = ids.get(id);
		if (customer === undefined) ids.set(id, (customer = ids.size));
		let dateIndex = dates.get(date);
		if (dateIndex === undefined) dates.set(date, (dateIndex = dates.size));
		columns.push(customer, dateIndex, number, amount);
	});
	return { ids, dates, columns, rows, error };
}

/**
 * Reads the data rows of a transaction log (see {@link LogOptions}). Rows that cannot be read are
 * counted and the first 20 listed with their line and reason; the rest are kept. Dates are read
 * once per distinct text (a million rows usually hold a few hundred dates).
 */
export function readLog(text: string, options: LogOptions): LogResult {
	const decimal =
		options.decimal ??
		(options.columns.amount >= 0
			? detectDecimalMark(amountSample(text, options), options.delimiter)
			: 'point');
	const bad = new BadRows();
	const { ids, dates, columns, rows, error } = scan(text, options, decimal, bad);
	if (error) return { kind: 'error', error };
	const detected = readDates(dates.keys(), options.dateOrder);
	const reading =
		options.forceDateOrder && options.dateOrder && detected.order
			? { ...detected, order: options.dateOrder, ambiguous: false }
			: detected;
	const dayOf = Int32Array.from(
		dates.keys(),
		(cell) => parseDate(cell, reading.order ?? 'dmy') ?? -1
	);
	const late = new BadRows();
	// keep rows with a valid date; re-index customers so every customer has a purchase
	const keep = new Int32Array(ids.size).fill(-1);
	const idList = [...ids.keys()];
	const customerIds: string[] = [];
	const n = columns.length;
	const customer = new Int32Array(n);
	const day = new Int32Array(n);
	const amount = options.columns.amount >= 0 ? new Float64Array(n) : null;
	let kept = 0;
	for (let i = 0; i < n; i++) {
		const d = dayOf[columns.date[i]!]!;
		if (d < 0) late.add(columns.line[i]!, 'bad-date', options.columns.date);
		else if (options.today !== undefined && d > options.today) {
			late.add(columns.line[i]!, 'future-date', options.columns.date);
		} else {
			const c = columns.customer[i]!;
			if (keep[c] === -1) {
				keep[c] = customerIds.length;
				customerIds.push(idList[c]!);
			}
			customer[kept] = keep[c]!;
			day[kept] = d;
			if (amount) amount[kept] = columns.amount[i]!;
			kept++;
		}
	}
	const badRows = [...bad.listed, ...late.listed].sort((a, b) => a.line - b.line).slice(0, 20);
	const badRowCount = bad.count + late.count;
	if (kept === 0) return { kind: 'error', error: { code: 'no-valid-rows' }, badRows };
	return {
		kind: 'log',
		log: {
			customerIds,
			customer: customer.slice(0, kept),
			day: day.slice(0, kept),
			amount: amount ? amount.slice(0, kept) : null
		},
		dates: reading,
		decimal,
		rows,
		badRows,
		badRowCount
	};
}
