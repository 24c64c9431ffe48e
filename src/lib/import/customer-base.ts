/**
 * From a transaction log to what the models and the validation charts need, by the literature's
 * rules (Fader, Hardie & Lee 2005, §2; the lifetimes package's `summary_data_from_transaction_data`):
 *
 * - purchases by one customer on one day are merged into one (their amounts added);
 * - the log is split at a **calibration end** date: the models are fitted on what happened up to it
 *   (inclusive), and checked against what happened after it (the **holdout**); by default the last
 *   third of the log's span is holdout;
 * - for each customer whose first purchase is in the calibration period: x = repeat purchases in
 *   it, t_x = time from the first purchase to the last one in it, T = time from the first purchase
 *   to the calibration end, m_x = average value of the x repeat purchases; and the number (and
 *   value) of their purchases in the holdout;
 * - times in days, weeks (default) or months (365.25/12 days);
 * - weekly counts of purchases across the whole log, for the timeline and the tracking chart.
 */
import type { BtydSummary } from '$lib/model/btyd/summary';
import type { TransactionLog } from './read-log';

export type TimeUnit = 'day' | 'week' | 'month';

/** Length of each unit in days. */
export const UNIT_DAYS: Readonly<Record<TimeUnit, number>> = {
	day: 1,
	week: 7,
	month: 365.25 / 12
};
/** Units in a year, for the discount rate. */
export const UNITS_PER_YEAR: Readonly<Record<TimeUnit, number>> = {
	day: 365.25,
	week: 365.25 / 7,
	month: 12
};

export interface CustomerBaseOptions {
	readonly unit?: TimeUnit;
	/** Last day (day number) of the calibration period; default: two thirds into the log. */
	readonly calibrationEnd?: number;
}

/** Each customer's distinct purchase days (merged), as one flat array cut by `offsets`. */
export interface PurchaseDays {
	/** Purchases of customer c are entries offsets[c] … offsets[c+1]−1. */
	readonly offsets: Int32Array;
	readonly days: Int32Array;
	/** Value of each merged purchase, or null without amounts. */
	readonly values: Float64Array | null;
}

export interface CustomerBase {
	readonly unit: TimeUnit;
	readonly firstDay: number;
	readonly lastDay: number;
	readonly calibrationEnd: number;
	/** Ids of the customers in the summary (first purchase in the calibration period), in order. */
	readonly ids: readonly string[];
	/** x, t_x, T (in `unit`) and m_x of those customers (m_x absent without amounts). */
	readonly summary: BtydSummary;
	/** Each summary customer's first purchase day. */
	readonly firstPurchase: Int32Array;
	/** Each summary customer's index in the log (for their purchase days). */
	readonly logIndex: Int32Array;
	/** Purchases in the holdout by each summary customer; `length` of the holdout in `unit`. */
	readonly holdout: {
		readonly transactions: Float64Array;
		readonly spend: Float64Array | null;
		readonly length: number;
	};
	/** Every log customer's merged purchase days (for one customer's detail chart). */
	readonly purchases: PurchaseDays;
	/**
	 * Weekly counts from the first day of the log: all merged purchases, and the repeat purchases of
	 * the summary customers (what the tracking chart compares with the models).
	 */
	readonly weekly: {
		readonly start: number;
		readonly all: Int32Array;
		readonly repeat: Int32Array;
	};
	/** Customers whose first purchase falls after the calibration end (not in the summary). */
	readonly laterCustomers: number;
	/** Purchases after merging same-day ones. */
	readonly transactions: number;
}

/** Rows grouped by customer, each group sorted by day, same days merged. */
export function purchaseDays(log: TransactionLog): PurchaseDays {
	const customers = log.customerIds.length;
	const rows = log.customer.length;
	const offsets = new Int32Array(customers + 1);
	for (let i = 0; i < rows; i++) offsets[log.customer[i]! + 1]!++;
	for (let c = 0; c < customers; c++) offsets[c + 1]! += offsets[c]!;
	const next = offsets.slice(0, customers);
	const order = new Int32Array(rows);
	for (let i = 0; i < rows; i++) order[next[log.customer[i]!]!++] = i;
	const days = new Int32Array(rows);
	const values = log.amount ? new Float64Array(rows) : null;
	const merged = new Int32Array(customers + 1);
	let out = 0;
	for (let c = 0; c < customers; c++) {
		const group = order.subarray(offsets[c]!, offsets[c + 1]!);
		let sorted = true;
		for (let k = 1; k < group.length && sorted; k++)
			sorted = log.day[group[k]!]! >= log.day[group[k - 1]!]!;
		if (!sorted) group.sort((a, b) => log.day[a]! - log.day[b]!);
		for (let k = 0; k < group.length; k++) {
			const row = group[k]!;
			const day = log.day[row]!;
			if (out > merged[c]! && days[out - 1] === day) {
				if (values) values[out - 1]! += log.amount![row]!;
			} else {
				days[out] = day;
				if (values) values[out] = log.amount![row]!;
				out++;
			}
		}
		merged[c + 1] = out;
	}
	return {
		offsets: merged,
		days: days.slice(0, out),
		values: values ? values.slice(0, out) : null
	};
}

/**
 * Summarises a log for the models (see the module comment).
 *
 * @example
 * const base = customerBase(log, { unit: 'week', calibrationEnd: dayNumber(1997, 9, 30)! });
 * base.summary.frequency.length //=> 2357 on the CDNOW sample
 */
export function customerBase(log: TransactionLog, options: CustomerBaseOptions = {}): CustomerBase {
	const unit = options.unit ?? 'week';
	const unitDays = UNIT_DAYS[unit];
	const purchases = purchaseDays(log);
	const { offsets, days, values } = purchases;
	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (let i = 0; i < days.length; i++) {
		firstDay = Math.min(firstDay, days[i]!);
		lastDay = Math.max(lastDay, days[i]!);
	}
	const end = Math.min(
		lastDay,
		Math.max(
			firstDay,
			options.calibrationEnd ?? firstDay + Math.floor(((lastDay - firstDay) * 2) / 3)
		)
	);
	const customers = log.customerIds.length;
	const inSummary: number[] = [];
	for (let c = 0; c < customers; c++) if (days[offsets[c]!]! <= end) inSummary.push(c);
	const n = inSummary.length;
	const frequency = new Float64Array(n);
	const recency = new Float64Array(n);
	const age = new Float64Array(n);
	const monetary = values ? new Float64Array(n) : null;
	const holdoutCount = new Float64Array(n);
	const holdoutSpend = values ? new Float64Array(n) : null;
	const firstPurchase = new Int32Array(n);
	const weeks = Math.floor((lastDay - firstDay) / 7) + 1;
	const all = new Int32Array(weeks);
	const repeat = new Int32Array(weeks);
	for (let i = 0; i < days.length; i++) all[Math.floor((days[i]! - firstDay) / 7)]!++;
	inSummary.forEach((c, i) => {
		const start = offsets[c]!;
		const first = days[start]!;
		firstPurchase[i] = first;
		let last = first;
		let spend = 0;
		for (let k = start + 1; k < offsets[c + 1]!; k++) {
			const day = days[k]!;
			repeat[Math.floor((day - firstDay) / 7)]!++;
			if (day <= end) {
				frequency[i]!++;
				last = day;
				if (values) spend += values[k]!;
			} else {
				holdoutCount[i]!++;
				if (holdoutSpend) holdoutSpend[i]! += values![k]!;
			}
		}
		recency[i] = (last - first) / unitDays;
		age[i] = (end - first) / unitDays;
		if (monetary) monetary[i] = frequency[i]! > 0 ? spend / frequency[i]! : 0;
	});
	return {
		unit,
		firstDay,
		lastDay,
		calibrationEnd: end,
		ids: inSummary.map((c) => log.customerIds[c]!),
		summary: { frequency, recency, age, ...(monetary ? { monetary } : {}) },
		firstPurchase,
		logIndex: Int32Array.from(inSummary),
		holdout: {
			transactions: holdoutCount,
			spend: holdoutSpend,
			length: (lastDay - end) / unitDays
		},
		purchases,
		weekly: { start: firstDay, all, repeat },
		laterCustomers: customers - n,
		transactions: days.length
	};
}
