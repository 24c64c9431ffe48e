/**
 * The inner loop of the lifecycle Monte-Carlo simulation: customers drawn into their start state,
 * then moved period by period with alias tables (Walker 1977), adding up each run's profit and
 * state counts and each customer's discounted value in typed arrays.
 */
import type { Random } from '../random';

/** Everything the inner loop touches: typed arrays set up once per simulation. */
export interface Buffers {
	readonly n: number;
	readonly periods: number;
	readonly cohortSize: number;
	readonly random: Random;
	readonly nextProbability: Float64Array;
	readonly nextAlias: Int32Array;
	readonly startProbability: Float64Array;
	readonly startAlias: Int32Array;
	/** The start state when everyone starts in the same one, else −1. */
	readonly fixedStart: number;
	readonly reward: Float64Array;
	readonly discount: Float64Array;
	/** Per run and period: the cohort's profit. */
	readonly profit: Float64Array;
	/** Per run, period and state: customers. */
	readonly counts: Int32Array;
	/** Per customer: discounted profit over the horizon. */
	readonly customerValue: Float64Array;
}

/**
 * The inner loop: simulates customers [from, to). A top-level function (not a closure) so the
 * engine optimises it once for every simulation; it allocates nothing.
 */
export function simulateCustomers(b: Buffers, from: number, to: number): void {
	const { n, periods, cohortSize, random, nextProbability, nextAlias, reward, discount } = b;
	const { profit, counts, customerValue } = b;
	for (let g = from; g < to; g++) {
		const runBase = Math.floor(g / cohortSize) * periods;
		let state = b.fixedStart;
		if (state < 0) {
			const x = random() * n;
			const column = x | 0;
			state = x - column < b.startProbability[column]! ? column : b.startAlias[column]!;
		}
		let value = 0;
		for (let t = 0; t < periods; t++) {
			const r = reward[state]!;
			profit[runBase + t]! += r;
			counts[(runBase + t) * n + state]!++;
			value += r * discount[t]!;
			const x = random() * n;
			const column = x | 0;
			const k = state * n + column;
			state = x - column < nextProbability[k]! ? column : nextAlias[k]!;
		}
		customerValue[g] = value;
	}
}
