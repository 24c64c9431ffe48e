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
 * - pressure → `cut-cost-or-let-go`: stop deep discounts, cut the cost to serve, or let them go.
 */
export type TreatmentId =
	'protect-and-reward' | 'convert-to-repeat' | 'raise-margin' | 'cut-cost-or-let-go';

export const SEGMENT_TREATMENT: Readonly<Record<SegmentId, TreatmentId>> = {
	gold: 'protect-and-reward',
	comet: 'convert-to-repeat',
	stream: 'raise-margin',
	pressure: 'cut-cost-or-let-go'
};

export interface QuadrantOptions {
	/** Profit per transaction above which a customer counts as high-profit; default the median. */
	readonly profitThreshold?: number;
	/** Transactions above which a customer counts as frequent; default the median. */
	readonly frequencyThreshold?: number;
	/** Put every customer who loses money per transaction in `pressure` (default true). */
	readonly lossMakersArePressure?: boolean;
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
	readonly treatment: TreatmentId;
}

export interface QuadrantResult {
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

/**
 * The segment of one customer, given the thresholds. "High" means strictly above the threshold, so
 * with median thresholds customers tied at the median count as low.
 *
 * @example
 * classifyCustomer(80, 6, { profit: 50, frequency: 3 }, true) //=> 'gold'
 */
export function classifyCustomer(
	profitPerTransaction: number,
	transactions: number,
	limits: { readonly profit: number; readonly frequency: number },
	lossMakersArePressure: boolean
): SegmentId {
	if (lossMakersArePressure && profitPerTransaction < 0) return 'pressure';
	const highProfit = profitPerTransaction > limits.profit;
	const frequent = transactions > limits.frequency;
	if (highProfit) return frequent ? 'gold' : 'comet';
	return frequent ? 'stream' : 'pressure';
}

/** Counts, profit and shares per segment, with a step for each share. */
function summarise(
	customers: readonly CustomerRecord[],
	assignments: readonly SegmentId[],
	netProfit: number
): { segments: SegmentSummary[]; steps: Step[] } {
	const steps: Step[] = [];
	const n = customers.length;
	const segments = SEGMENT_IDS.map((segment): SegmentSummary => {
		let count = 0;
		let totalProfit = 0;
		assignments.forEach((assigned, i) => {
			if (assigned !== segment) return;
			count++;
			totalProfit += customers[i]!.profit;
		});
		const customerShare = count / n;
		const formula = div(v(`N_${segment}`, count, 'count'), v('N', n, 'count'));
		steps.push({ id: `segments.customerShare.${segment}`, formula, value: customerShare });
		let profitShare: number | null = null;
		if (netProfit > 0 && Number.isFinite(totalProfit / netProfit)) {
			profitShare = totalProfit / netProfit;
			const share = div(v(`Π_${segment}`, totalProfit, 'money'), v('Π', netProfit, 'money'));
			steps.push({ id: `segments.profitShare.${segment}`, formula: share, value: profitShare });
		}
		return {
			segment,
			count,
			customerShare,
			totalProfit,
			profitShare,
			treatment: SEGMENT_TREATMENT[segment]
		};
	});
	return { segments, steps };
}

/**
 * Sorts customers into the four segments of Lixiao CRM (2021) by profit per transaction (p = profit
 * / transactions) and repeat frequency (n = transactions):
 *
 * | profit per transaction p | frequency n above threshold | n at or below |
 * |---|---|---|
 * | above threshold | gold 金子 | comet 彗星 |
 * | at or below | stream 溪流 | pressure 压力 |
 *
 * - gold: a long-term relationship, profitable every time;
 * - comet: profitable each time, but keeps trying other firms;
 * - stream: loyal, but leaves a small profit each time;
 * - pressure: shops around and buys only when the price is pushed to a thin or negative margin.
 *
 * Lixiao CRM (2021) defines pressure customers by the margin they leave: they buy only when the
 * price has been pushed very low or below cost. A customer who loses money on every purchase is
 * therefore `pressure` even if frequent (a stream leaves a *small profit*), unless
 * `lossMakersArePressure` is false, in which case the plain quadrant applies. Thresholds default to
 * the medians. Profit shares are of the net profit of all customers (pressure shares are negative;
 * they are null when the net profit is not positive). Each segment carries a suggested treatment
 * id.
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
	const limits = { profit: profit.value, frequency: frequency.value };
	const lossMakers = options.lossMakersArePressure ?? true;
	const assignments = customers.map((customer, i) =>
		classifyCustomer(perTransaction[i]!, customer.transactions, limits, lossMakers)
	);
	const netProfit = customers.reduce((total, customer) => total + customer.profit, 0);
	const summary = summarise(customers, assignments, netProfit);
	return {
		profitThreshold: profit.value,
		frequencyThreshold: frequency.value,
		assignments,
		segments: summary.segments,
		netProfit,
		steps: [profit.step, frequency.step, ...summary.steps]
	};
}
