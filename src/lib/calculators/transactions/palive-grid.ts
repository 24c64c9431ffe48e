/**
 * One customer's P(alive) on a regular grid, for the customer detail chart. Apart from `view.ts`
 * because it runs the transaction models (hypergeometric functions, log-gamma), which only the
 * detail needs: the page's first load has no analysis to draw.
 */
import { pAliveHistory } from '$lib/model/btyd/palive-history';
import type { FittedTransactions } from '$lib/model/btyd/transaction-model';

/** One customer's P(alive) on a regular grid, with the purchases in each step. */
export interface PAliveGrid {
	/** Time since the first purchase at each grid point, in the unit. */
	readonly times: readonly number[];
	readonly pAlive: readonly number[];
	/** Purchases in the step ending at each grid point (the first purchase at 0). */
	readonly purchases: readonly number[];
}

/**
 * P(alive) of one customer from their first purchase to `until` (in the unit), at most 400 steps of
 * at least one unit, as the model would have said it on each date (model/btyd/palive-history.ts),
 * and the purchases made in each step.
 *
 * @example
 * pAliveGrid(cdnowBgNbd, [0, 2.43, 30.43], 77.9).pAlive[0] //=> 1
 */
export function pAliveGrid(
	model: FittedTransactions,
	purchaseTimes: readonly number[],
	until: number
): PAliveGrid {
	const steps = Math.max(1, Math.min(400, Math.ceil(until)));
	const points = steps + 1;
	const history = pAliveHistory(model, purchaseTimes, until, points);
	const times = Array.from({ length: points }, (_, k) => (until * k) / (points - 1));
	const pAlive = new Array<number>(points).fill(NaN);
	let k = 0;
	for (const point of history) {
		while (k < points && times[k]! < point.time) k++;
		if (k < points && !point.purchase && point.time === times[k] && Number.isNaN(pAlive[k]!)) {
			pAlive[k] = point.pAlive;
		}
	}
	const purchases = new Array<number>(points).fill(0);
	for (const time of purchaseTimes) {
		if (time < 0 || time > until) continue;
		purchases[Math.min(points - 1, Math.ceil(time / (until / steps) - 1e-9))]!++;
	}
	return { times, pAlive, purchases };
}
