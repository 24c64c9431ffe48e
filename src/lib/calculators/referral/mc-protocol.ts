/**
 * The referral calculator's Monte-Carlo job (what the page asks its worker, `mc.worker.ts`, to
 * simulate) and the plain-array view of a finished simulation that the page draws (the model's
 * bands are typed arrays). The messages themselves are the shared ones of `$lib/state/mc-protocol`.
 */
// The model's own modules, not its index: the index would bring the whole model into the page.
import { MAX_SAMPLES, type MonteCarloSummary } from '$lib/model/referral/montecarlo';
import type { ReferralParams } from '$lib/model/referral/params';
import type { ReferralTotals } from '$lib/model/referral/totals';

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
	/** Mean customers a chain acquired within the horizon, and its standard error. */
	readonly acquired: number;
	readonly acquiredError: number;
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
		standardError: band.standardError[last] ?? 0,
		acquired: summary.everAcquired.mean[last] ?? 0,
		acquiredError: summary.everAcquired.standardError[last] ?? 0
	};
}

/** The headline figures from a simulation: what a chain is worth and brings in, on average. */
export interface SimulatedHeadline {
	readonly runs: number;
	/** Mean net present value of a chain (cumulative discounted profit at the horizon). */
	readonly totalValue: number;
	/** (mean total value + N₀·A) / V_own, or `undefined` when the own value is not positive. */
	readonly multiplier: number | undefined;
	readonly customers: number;
	/**
	 * Whether the expected-value figures are more than 1% and more than 3 standard errors away from
	 * these means, in total value or in customers: then these means should be the headline.
	 */
	readonly differs: boolean;
}

/** |mean − expected| beyond both 1% of the expected value and 3 standard errors. */
const apart = (mean: number, expected: number, standardError: number) =>
	Math.abs(mean - expected) > Math.max(0.01 * Math.abs(expected), 3 * standardError);

/**
 * The headline from a finished simulation of `params`, compared with the projection's `totals`.
 * The first customers' own value V_own does not depend on the market cap (the cap acts on referred
 * customers only), so the multiplier's expectation is (E[total value] + N₀·A)/V_own with the
 * projection's V_own.
 *
 * @example
 * simulatedHeadline(band, params, totals) //=> { totalValue: band.mean[H − 1], multiplier: …, differs: false }
 */
export function simulatedHeadline(
	band: McBand,
	params: ReferralParams,
	totals: Pick<ReferralTotals, 'ownValue' | 'totalValue' | 'customersAcquired'>
): SimulatedHeadline {
	const totalValue = band.mean[band.mean.length - 1] ?? 0;
	const own = totals.ownValue;
	const multiplier = (totalValue + params.initialCustomers * params.acquisitionCost) / own;
	return {
		runs: band.runs,
		totalValue,
		multiplier: own > 0 && Number.isFinite(multiplier) ? multiplier : undefined,
		customers: band.acquired,
		differs:
			apart(totalValue, totals.totalValue, band.standardError) ||
			apart(band.acquired, totals.customersAcquired, band.acquiredError)
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
