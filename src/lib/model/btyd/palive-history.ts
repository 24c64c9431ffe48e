/**
 * One customer's P(alive) through time: what the model would have said about them on each day of
 * their history, and after it if they stay silent (the chart of lifetimes' `plot_history_alive`).
 *
 * At time τ (from their first purchase) the model sees x(τ) = repeat purchases up to τ, t_x(τ) = the
 * last of them, and T = τ. Each purchase lifts P(alive); each silence lowers it, and the lower the
 * more regularly the customer used to buy — a long gap is surprising from a frequent buyer and
 * ordinary from a rare one. That is why more purchases followed by a long silence can leave a
 * customer looking less alive than one with fewer purchases.
 */
import { requireRange } from '../errors';
import { pAliveOf, requireModel, type FittedTransactions } from './transaction-model';

export interface PAlivePoint {
	/** τ, time since the first purchase. */
	readonly time: number;
	readonly pAlive: number;
	/** True on a purchase (the value just after it). */
	readonly purchase: boolean;
}

/**
 * P(alive) at `points` evenly spaced times from 0 to `until`, plus just before and at each
 * purchase, so the chart shows the jumps.
 *
 * @example
 * pAliveHistory(cdnowBgNbd, [4.43, 30.43], 52, 53)
 * //=> [{ time: 0, pAlive: 1, purchase: false }, …, { time: 52, pAlive: ≈ 0.4, … }]
 */
export function pAliveHistory(
	model: FittedTransactions,
	purchases: readonly number[],
	until: number,
	points = 101
): PAlivePoint[] {
	requireModel(model);
	requireRange('until', until, 0, 1e7);
	requireRange('points', points, 2, 10_000);
	const times = purchases.filter((t) => t > 0 && t <= until).sort((a, b) => a - b);
	const at = (time: number, purchase: boolean): PAlivePoint => {
		let x = 0;
		let last = 0;
		for (const t of times) {
			if (t < time || (t === time && purchase)) {
				x++;
				last = t;
			}
		}
		return { time, pAlive: pAliveOf(model, x, last, time), purchase };
	};
	const grid = Array.from({ length: points }, (_, k) => (until * k) / (points - 1));
	const result = [
		...grid.map((time) => at(time, false)),
		...times.flatMap((time) => [at(time, false), at(time, true)])
	];
	return result.sort((a, b) => a.time - b.time || Number(a.purchase) - Number(b.purchase));
}
