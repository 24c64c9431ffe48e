/**
 * Messages between the referral calculator and its Monte-Carlo worker, and the plain-array view of
 * a finished simulation that the page draws (the model's bands are typed arrays).
 */
import type { MonteCarloSummary, ReferralParams } from '$lib/model/referral';

/** Page → worker: abandon any older job and, with `job`, start simulating as job `id`. */
export interface McRequest {
	readonly id: number;
	readonly job?: {
		readonly params: ReferralParams;
		readonly seed: number;
		readonly runs: number;
	};
}

/** Worker → page. */
export type McMessage =
	| {
			readonly id: number;
			readonly type: 'progress';
			readonly done: number;
			readonly total: number;
	  }
	| { readonly id: number; readonly type: 'done'; readonly summary: MonteCarloSummary }
	| { readonly id: number; readonly type: 'error'; readonly message: string };

/** The seed every simulation uses, so a scenario always shows the same band. */
export const MC_SEED = 20_070_901;
/** First-customer chains simulated (fewer when the horizon is long: runs × periods ≤ 3 000 000). */
export const MC_RUNS = 10_000;
/** Chains per batch: the worker reports progress and checks for a newer job in between. */
export const MC_BATCH = 250;

/** Runs for a horizon: 10 000, or as many as fit in the model's sample budget. */
export const runsFor = (horizon: number, maxSamples: number) =>
	Math.max(1, Math.min(MC_RUNS, Math.floor(maxSamples / horizon)));

export interface McBand {
	readonly runs: number;
	readonly mean: readonly number[];
	readonly p10: readonly number[];
	readonly p90: readonly number[];
	/** Standard error of the mean in the last period. */
	readonly standardError: number;
}

/** How well the simulated mean agrees with the expected-value line, in the last period. */
export interface McAgreement {
	readonly expected: number;
	readonly mean: number;
	/** mean − expected. */
	readonly difference: number;
	/** |difference| in standard errors (0 when the runs do not vary at all). */
	readonly errors: number;
}

/** The cumulative-profit band of a simulation as plain arrays. */
export function bandOf(summary: MonteCarloSummary): McBand {
	const band = summary.cumulativeProfit;
	const last = summary.horizon - 1;
	return {
		runs: summary.runs,
		mean: Array.from(band.mean),
		p10: Array.from(band.p10),
		p90: Array.from(band.p90),
		standardError: band.standardError[last] ?? 0
	};
}

/**
 * Compares the simulated mean with the expected cumulative profit in the last period.
 *
 * @example
 * agreement({ mean: [.., 1010], standardError: 20, … }, [.., 1000]) //=> { difference: 10, errors: 0.5, … }
 */
export function agreement(band: McBand, expected: readonly number[]): McAgreement {
	const last = expected.length - 1;
	const mean = band.mean[last] ?? 0;
	const target = expected[last] ?? 0;
	const difference = mean - target;
	const errors =
		band.standardError > 0
			? Math.abs(difference) / band.standardError
			: difference === 0
				? 0
				: Infinity;
	return { expected: target, mean, difference, errors };
}
