/**
 * The summary of a finished lifecycle simulation: 10th, 50th and 90th percentiles and the mean
 * across runs of each period's profit, cumulative discounted value and state counts, and the
 * spread of value across individual customers.
 */
import { quantileSorted } from '../quantile';
import type { Bands, MonteCarloInput, MonteCarloResult } from './montecarlo';

/** The simulation's typed arrays, as `createCohortSimulation` filled them. */
export interface RawResults {
	readonly input: MonteCarloInput;
	readonly ids: readonly string[];
	readonly n: number;
	readonly periods: number;
	readonly cohortSize: number;
	readonly discount: Float64Array;
	readonly profit: Float64Array;
	readonly counts: Int32Array;
	readonly customerValue: Float64Array;
}

/** p10/p50/p90/mean of `value(run)` over runs. */
function band(runs: number, value: (run: number) => number): [number, number, number, number] {
	const xs = Float64Array.from({ length: runs }, (_, r) => value(r)).sort();
	const mean = xs.reduce((a, b) => a + b, 0) / runs;
	return [quantileSorted(xs, 0.1), quantileSorted(xs, 0.5), quantileSorted(xs, 0.9), mean];
}

function toBands(rows: readonly [number, number, number, number][]): Bands {
	return {
		p10: rows.map((b) => b[0]),
		p50: rows.map((b) => b[1]),
		p90: rows.map((b) => b[2]),
		mean: rows.map((b) => b[3])
	};
}

/** Percentile bands and customer-value spread from the raw arrays. */
export function summarize(raw: RawResults): MonteCarloResult {
	const { input, n, periods, cohortSize, discount, profit, counts, customerValue } = raw;
	const runs = input.runs;
	const cumulative = new Float64Array(runs * periods);
	for (let r = 0; r < runs; r++) {
		let total = 0;
		for (let t = 0; t < periods; t++) {
			total += profit[r * periods + t]! * discount[t]!;
			cumulative[r * periods + t] = total;
		}
	}
	const time = Array.from({ length: periods }, (_, t) => t);
	const stateBands = time.map((t) =>
		raw.ids.map((_, s) => band(runs, (r) => counts[(r * periods + t) * n + s]!))
	);
	const pick = (k: number) => stateBands.map((row) => row.map((b) => b[k]!));
	const customers = customerValue.length;
	const sorted = Float64Array.from(customerValue).sort();
	const mean = sorted.reduce((a, b) => a + b, 0) / customers;
	const squares = sorted.reduce((a, b) => a + (b - mean) * (b - mean), 0);
	const standardDeviation = customers > 1 ? Math.sqrt(squares / (customers - 1)) : 0;
	const standardError = standardDeviation / Math.sqrt(customers);
	return {
		stateIds: raw.ids,
		runs,
		cohortSize,
		periods,
		seed: input.seed,
		profit: toBands(time.map((t) => band(runs, (r) => profit[r * periods + t]!))),
		cumulativeValue: toBands(time.map((t) => band(runs, (r) => cumulative[r * periods + t]!))),
		counts: { p10: pick(0), p50: pick(1), p90: pick(2), mean: pick(3) },
		customerValue: {
			customers,
			mean,
			standardDeviation,
			standardError,
			p10: quantileSorted(sorted, 0.1),
			p50: quantileSorted(sorted, 0.5),
			p90: quantileSorted(sorted, 0.9)
		},
		cohortValue: { mean: mean * cohortSize, standardError: standardError * cohortSize }
	};
}
