/**
 * The referral calculator's Monte-Carlo job (what the page asks its worker, `mc.worker.ts`, to
 * simulate) and the plain-array view of a finished simulation that the page draws (the model's
 * bands are typed arrays). The messages themselves are the shared ones of `$lib/state/mc-protocol`.
 */
import { MAX_SAMPLES, type MonteCarloSummary, type ReferralParams } from '$lib/model/referral';

/** One simulation: `runs` first-customer chains of `params`, from `seed`. */
export interface ReferralJob {
	readonly params: ReferralParams;
	readonly seed: number;
	readonly runs: number;
}

/** The seed every simulation uses, so a scenario always shows the same band. */
export const MC_SEED = 20_070_901;
/** First-customer chains simulated (fewer when the horizon is long: runs × periods ≤ 3 000 000). */
export const MC_RUNS = 10_000;
/** Chains per batch: the worker reports progress and checks for a newer job in between. */
export const MC_BATCH = 250;

/** Runs for a horizon: 10 000, or as many as fit in the model's sample budget. */
export const runsFor = (horizon: number, maxSamples: number) =>
	Math.max(1, Math.min(MC_RUNS, Math.floor(maxSamples / horizon)));

/** The job the page runs for `params`: the fixed seed and as many runs as the horizon allows. */
export const referralJob = (params: ReferralParams): ReferralJob => ({
	params,
	seed: MC_SEED,
	runs: runsFor(params.horizon, MAX_SAMPLES)
});

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
