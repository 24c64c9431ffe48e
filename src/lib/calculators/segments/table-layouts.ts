/**
 * The two layouts a customer table can have, and how each turns a row's cells into a customer:
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
import { HEADER_ALIASES, findColumns } from '$lib/import/columns';
import { isProblem, type CellProblem, type Cells } from '$lib/import/read-rows';
import type { CustomerRecord } from '$lib/model/segments';

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
export interface Plan {
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

/** The plan for a table with this header: the lifetimes layout when it has its columns, else plain. */
export function tablePlan(header: readonly string[]): Plan {
	return isLifetimes(header) ? lifetimesPlan(header) : plainPlan(header);
}
