/**
 * The customer-value quadrant: gold, comet, stream and pressure customers, sorted by profit per
 * transaction and repeat frequency.
 */
import { div, v, type Step } from '../expr';
import { requireFinite } from '../errors';
import { profitPerTransaction, requireCustomers, type CustomerRecord } from './customer';
import { median } from './median';

/**
 * The four segments of Lixiao CRM, “CRM: understanding customer lifetime value” (2021): 金子 gold, 彗星
 * comet, 溪流 stream, 压力 pressure.
 */
export type SegmentId = 'gold' | 'comet' | 'stream' | 'pressure';

export const SEGMENT_IDS: readonly SegmentId[] = ['gold', 'comet', 'stream', 'pressure'];

/**
 * The suggested treatment per segment, as an id the UI localizes:
 * - gold → `protect-and-reward`: keep them; service, recognition, loyalty benefits.
 * - comet → `convert-to-repeat`: give a reason to come back (membership, points, follow-up).
 * - stream → `raise-margin`: up-sell, cross-sell, add-on selling; serve them at lower cost.
 * - pressure, when every one of them loses money or breaks even on each purchase (always so when
 *   the pressure line is at or below zero) → `cut-cost-or-let-go`: stop deep discounts, cut the
 *   cost to serve, or let them go.
 * - pressure, when every one of them still makes a little on each purchase (the line is above
 *   zero) → `stop-discounting`: end the discounts and cut the cost to serve, but keep them.
 * - pressure, when the line above zero takes in both kinds → `sort-out-losses`: tell the two apart
 *   and treat each as above (the segment's `losing` says how many lose money).
 */
export type TreatmentId =
	| 'protect-and-reward'
	| 'convert-to-repeat'
	| 'raise-margin'
	| 'cut-cost-or-let-go'
	| 'stop-discounting'
	| 'sort-out-losses';

/** Who the pressure segment holds: its line, its size, and how many lose money or break even. */
export interface PressureMembers {
	readonly line: number;
	readonly count: number;
	/** Members whose profit per transaction is at or below zero. */
	readonly losing: number;
}

/**
 * The treatment of a segment. Pressure customers' follows who they are: "let them go" only when
 * none of them makes money, "keep them" only when all of them do; an empty segment follows its
 * line.
 *
 * @example
 * treatmentOf('pressure', { line: 0, count: 50, losing: 50 }) //=> 'cut-cost-or-let-go'
 * treatmentOf('pressure', { line: 2, count: 5, losing: 0 }) //=> 'stop-discounting'
 * treatmentOf('pressure', { line: 2, count: 55, losing: 50 }) //=> 'sort-out-losses'
 */
export function treatmentOf(segment: SegmentId, pressure: PressureMembers): TreatmentId {
	switch (segment) {
		case 'gold':
			return 'protect-and-reward';
		case 'comet':
			return 'convert-to-repeat';
		case 'stream':
			return 'raise-margin';
		default: {
			const { line, count, losing } = pressure;
			if (losing === 0 && (count > 0 || line > 0)) return 'stop-discounting';
			return losing < count ? 'sort-out-losses' : 'cut-cost-or-let-go';
		}
	}
}

export interface QuadrantOptions {
	/**
	 * Profit per transaction at or below which a customer is a pressure customer, however often
	 * they buy; default 0 (those who lose money or break even on each purchase).
	 */
	readonly pressureThreshold?: number;
	/** Profit per transaction above which a frequent customer is gold, not stream; default the median. */
	readonly profitThreshold?: number;
	/** Transactions above which a customer counts as frequent; default the median. */
	readonly frequencyThreshold?: number;
}

export interface SegmentSummary {
	readonly segment: SegmentId;
	readonly count: number;
	/** count / N. */
	readonly customerShare: number;
	/** Sum of the segment's total profit. */
	readonly totalProfit: number;
	/**
	 * totalProfit / net profit of all customers; null when the net total is not positive (or so
	 * close to 0 that the share would overflow).
	 */
	readonly profitShare: number | null;
	/** Customers of the segment whose profit per transaction is at or below zero. */
	readonly losing: number;
	readonly treatment: TreatmentId;
}

export interface QuadrantResult {
	readonly pressureThreshold: number;
	readonly profitThreshold: number;
	readonly frequencyThreshold: number;
	/** The segment of each input customer, in input order. */
	readonly assignments: readonly SegmentId[];
	/** One summary per segment, in the order of `SEGMENT_IDS`. */
	readonly segments: readonly SegmentSummary[];
	readonly netProfit: number;
	readonly steps: readonly Step[];
}

/** The threshold the user set (validated), or the median of the data, with its step. */
function threshold(
	id: string,
	field: string,
	name: string,
	set: number | undefined,
	values: readonly number[]
): { readonly value: number; readonly step: Step } {
	const format = name === 'p' ? 'money' : 'count';
	if (set === undefined) return median(id, name, values, format);
	requireFinite(field, set);
	return { value: set, step: { id, formula: v(name, set, format), value: set } };
}

/** The three lines a customer is sorted by. */
export interface SegmentLimits {
	/** Profit per transaction at or below which a customer is pressure. */
	readonly pressure: number;
	/** Profit per transaction above which a frequent customer is gold. */
	readonly profit: number;
	/** Transactions above which a customer is frequent. */
	readonly frequency: number;
}

/**
 * The segment of one customer. Pressure first: profit per transaction at or below the pressure
 * line, however often they buy. The others leave more than that on each purchase: infrequent ones
 * (at or below the frequency line) are comets; frequent ones are gold above the profit line and
 * stream at or below it. "Above" is strict, so customers tied at a median count as low.
 *
 * @example
 * classifyCustomer(80, 6, { pressure: 0, profit: 50, frequency: 3 }) //=> 'gold'
 * classifyCustomer(12, 2, { pressure: 0, profit: 50, frequency: 3 }) //=> 'comet'
 */
export function classifyCustomer(
	profitPerTransaction: number,
	transactions: number,
	limits: SegmentLimits
): SegmentId {
	if (profitPerTransaction <= limits.pressure) return 'pressure';
	if (transactions <= limits.frequency) return 'comet';
	return profitPerTransaction > limits.profit ? 'gold' : 'stream';
}

/** Counts, profit and shares per segment (one pass over the customers), with a step for each share. */
function summarise(
	customers: readonly CustomerRecord[],
	perTransaction: readonly number[],
	assignments: readonly SegmentId[],
	netProfit: number,
	pressureThreshold: number
): { segments: SegmentSummary[]; steps: Step[] } {
	const counts = new Map<SegmentId, { count: number; profit: number; losing: number }>(
		SEGMENT_IDS.map((segment) => [segment, { count: 0, profit: 0, losing: 0 }])
	);
	assignments.forEach((assigned, i) => {
		const sum = counts.get(assigned)!;
		sum.count++;
		sum.profit += customers[i]!.profit;
		if (perTransaction[i]! <= 0) sum.losing++;
	});
	const pressure = { line: pressureThreshold, ...counts.get('pressure')! };
	const steps: Step[] = [];
	const n = customers.length;
	const segments = SEGMENT_IDS.map((segment): SegmentSummary => {
		const { count, profit: totalProfit, losing } = counts.get(segment)!;
		const customerShare = count / n;
		const formula = div(v(`N_${segment}`, count, 'count'), v('N', n, 'count'));
		steps.push({ id: `segments.customerShare.${segment}`, formula, value: customerShare });
		let profitShare: number | null = null;
		if (netProfit > 0 && Number.isFinite(totalProfit / netProfit)) {
			profitShare = totalProfit / netProfit;
			const share = div(v(`Π_${segment}`, totalProfit, 'money'), v('Π', netProfit, 'money'));
			steps.push({ id: `segments.profitShare.${segment}`, formula: share, value: profitShare });
		}
		const treatment = treatmentOf(segment, pressure);
		return { segment, count, customerShare, totalProfit, profitShare, losing, treatment };
	});
	return { segments, steps };
}

/**
 * Sorts customers into the four segments of Lixiao CRM (2021) by profit per transaction (p = profit
 * / transactions) and repeat frequency (n = transactions):
 *
 * - gold: a long-term relationship, profitable every time;
 * - comet: profitable each time, but keeps trying other firms;
 * - stream: loyal, but leaves a small profit each time;
 * - pressure: shops around and buys only when the price is pushed to a thin or negative margin.
 *
 * The guide defines pressure customers by the margin they leave — they buy only when the price
 * has been pushed very low or below cost — not by how often they buy. So a pressure customer is
 * one whose profit per transaction is at or below `pressureThreshold` (default 0: they lose money
 * or break even on each purchase), however often they buy. Everyone else leaves more than that on
 * each purchase, and is sorted by the other two lines:
 *
 * | p above the pressure line | n above frequencyThreshold | n at or below |
 * |---|---|---|
 * | p above profitThreshold | gold 金子 | comet 彗星 |
 * | p at or below | stream 溪流 | comet 彗星 |
 *
 * Comets are the profitable customers who come rarely (the guide's comet leaves "a certain profit",
 * not necessarily a large one); the profit line tells loyal customers who leave a good margin
 * (gold) from loyal ones who leave a small one (stream). Profit and frequency thresholds default to
 * the medians of all customers. Profit shares are of the net profit of all customers (pressure
 * shares are negative when they lose money; shares are null when the net profit is not positive).
 * Each segment carries a suggested treatment id, pressure's following its members (`treatmentOf`).
 *
 * @example
 * classifySegments([
 *   { id: 'a', transactions: 10, profit: 1000 }, { id: 'b', transactions: 1, profit: 200 },
 *   { id: 'c', transactions: 10, profit: 50 }, { id: 'd', transactions: 1, profit: -30 }
 * ]).assignments //=> ['gold', 'comet', 'stream', 'pressure']
 */
export function classifySegments(
	customers: readonly CustomerRecord[],
	options: Readonly<QuadrantOptions> = {}
): QuadrantResult {
	requireCustomers(customers);
	const perTransaction = customers.map(profitPerTransaction);
	const pressure = options.pressureThreshold ?? 0;
	requireFinite('pressureThreshold', pressure);
	const profit = threshold(
		'segments.threshold.profitPerTransaction',
		'profitThreshold',
		'p',
		options.profitThreshold,
		perTransaction
	);
	const frequency = threshold(
		'segments.threshold.transactions',
		'frequencyThreshold',
		'n',
		options.frequencyThreshold,
		customers.map((customer) => customer.transactions)
	);
	const limits = { pressure, profit: profit.value, frequency: frequency.value };
	const assignments = customers.map((customer, i) =>
		classifyCustomer(perTransaction[i]!, customer.transactions, limits)
	);
	const netProfit = customers.reduce((total, customer) => total + customer.profit, 0);
	const summary = summarise(customers, perTransaction, assignments, netProfit, pressure);
	return {
		pressureThreshold: pressure,
		profitThreshold: profit.value,
		frequencyThreshold: frequency.value,
		assignments,
		segments: summary.segments,
		netProfit,
		steps: [profit.step, frequency.step, ...summary.steps]
	};
}
