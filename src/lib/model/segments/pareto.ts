/**
 * The Pareto (80/20) curve of customer profit: how much of the profit the best customers bring.
 */
import { add, div, mul, v, type Expr, type Step } from '../expr';
import { requireRange } from '../errors';
import { requireCustomers, type CustomerRecord } from './customer';

/** A point of a cumulative curve: the top `customerShare` of customers bring `profitShare`. */
export interface CurvePoint {
	readonly customerShare: number;
	readonly profitShare: number;
}

export type ParetoResult =
	| {
			readonly kind: 'curve';
			/**
			 * Cumulative share of positive profit, customers best first; from (0,0) to (1,1), monotone.
			 */
			readonly points: readonly CurvePoint[];
			/** The "top x% of customers" fraction asked about (default 0.2). */
			readonly topFraction: number;
			/** Share of positive profit brought by the top `topFraction` of customers. */
			readonly topShare: number;
			/** Cumulative share of net profit (the "whale curve"); null when net profit ≤ 0. */
			readonly netPoints: readonly CurvePoint[] | null;
			/** Share of net profit brought by the top `topFraction`; may exceed 1; null when net ≤ 0. */
			readonly netTopShare: number | null;
			readonly positiveProfit: number;
			readonly netProfit: number;
			readonly lossMakers: number;
			readonly steps: readonly Step[];
	  }
	| {
			/** No customer made a profit: there is no profit to share out. */
			readonly kind: 'no-positive-profit';
			readonly customers: number;
			readonly netProfit: number;
	  };

/** Cumulative shares of `values` (already sorted best first) against `total`, starting at (0,0). */
function cumulative(values: readonly number[], total: number): CurvePoint[] {
	const points: CurvePoint[] = [{ customerShare: 0, profitShare: 0 }];
	let running = 0;
	values.forEach((value, i) => {
		running += value;
		points.push({ customerShare: (i + 1) / values.length, profitShare: running / total });
	});
	return points;
}

/**
 * The share of `total` brought by the top `fraction` of customers, reading the curve between
 * customers: with k = ⌊f·N⌋ whole customers and a part φ = f·N − k of the next one,
 * share = (Π_k + φ·π_(k+1)) / Π.
 */
function topShareStep(
	id: string,
	values: readonly number[],
	total: number,
	fraction: number
): Step {
	const exact = fraction * values.length;
	const whole = Math.min(values.length, Math.floor(exact + 1e-9));
	const part = Math.max(0, exact - whole);
	const head = values.slice(0, whole).reduce((acc, value) => acc + value, 0);
	const next = values[whole] ?? 0;
	let top: Expr = v(`Π_top${whole}`, head, 'money');
	if (part > 0) top = add(top, mul(v('φ', part), v(`π_(${whole + 1})`, next, 'money')));
	const value = (head + part * next) / total;
	return { id, formula: div(top, v('Π', total, 'money')), value };
}

/**
 * The Pareto curve: customers sorted by total profit, best first; x = cumulative share of
 * customers, y = cumulative share of profit; plus the "top 20% bring X%" figure (Pareto's 80/20
 * rule, as in “The customer lifecycle (how to extend it)”, a Chinese web article: 20% of customers
 * bring 80% of sales or profit).
 *
 * Loss-making customers would make a net-profit curve rise above 100% and fall back (Cooper &
 * Kaplan's "whale curve", Harvard Business Review 1991). So the main curve uses each customer's
 * *positive* profit (losses count as zero) against total positive profit: it is monotone, starts at
 * (0,0) and ends at (1,1), and `topShare` reads "share of all profit earned". The net view is
 * returned beside it (`netPoints`, `netTopShare`, which can exceed 1) when net profit is positive.
 * With no profitable customer the result is `{ kind: 'no-positive-profit' }`.
 *
 * @example
 * paretoCurve([{ id: 'a', transactions: 1, profit: 80 }, { id: 'b', transactions: 1, profit: 10 },
 *   { id: 'c', transactions: 1, profit: 10 }, { id: 'd', transactions: 1, profit: 0 },
 *   { id: 'e', transactions: 1, profit: 0 }]).topShare //=> 0.8 (the top 1 of 5 brings 80 of 100)
 */
export function paretoCurve(customers: readonly CustomerRecord[], topFraction = 0.2): ParetoResult {
	requireCustomers(customers);
	requireRange('topFraction', topFraction, 0, 1);
	// Highest first; a typed array sorts numerically, faster than an array with a comparator.
	const profits = Array.from(Float64Array.from(customers, (c) => c.profit).sort()).reverse();
	const positive = profits.map((profit) => Math.max(0, profit));
	const positiveProfit = positive.reduce((acc, value) => acc + value, 0);
	const netProfit = profits.reduce((acc, value) => acc + value, 0);
	if (positiveProfit <= 0) {
		return { kind: 'no-positive-profit', customers: customers.length, netProfit };
	}
	const steps = [topShareStep('pareto.topShare', positive, positiveProfit, topFraction)];
	const hasNet = netProfit > 0 && Number.isFinite(positiveProfit / netProfit);
	if (hasNet) steps.push(topShareStep('pareto.netTopShare', profits, netProfit, topFraction));
	return {
		kind: 'curve',
		points: cumulative(positive, positiveProfit),
		topFraction,
		topShare: steps[0]!.value,
		netPoints: hasNet ? cumulative(profits, netProfit) : null,
		netTopShare: hasNet ? steps[1]!.value : null,
		positiveProfit,
		netProfit,
		lossMakers: profits.filter((profit) => profit < 0).length,
		steps
	};
}
