/**
 * The per-period output of the expected-value referral model: plain typed arrays, one number per
 * period t = 0 … H − 1, so a chart or a Web Worker can use them without copying. All of them are
 * views of one buffer (`series.everAcquired.buffer`), which can be transferred in one piece.
 */

/** One series per source of revenue or profit. `referral` is everything referred customers buy. */
export interface SourceSeries {
	/** First customers' first and repeat purchases of the product they came for. */
	readonly direct: Float64Array;
	/** First customers' upgrades to a better or bigger version. */
	readonly upsell: Float64Array;
	/** First customers' purchases of other product lines. */
	readonly crossSell: Float64Array;
	/** All purchases by referred customers (every generation ≥ 1). */
	readonly referral: Float64Array;
}

export interface ReferralSeries {
	/** Expected active customers per generation: [g][t]; the last row adds all deeper generations. */
	readonly activeByGeneration: readonly Float64Array[];
	/** Expected customers joining per generation and period: [g][t]. */
	readonly newByGeneration: readonly Float64Array[];
	/** Expected active customers, all generations. */
	readonly activeCustomers: Float64Array;
	/** Expected customers joining in the period. */
	readonly newCustomers: Float64Array;
	/** Expected customers acquired from period 0 up to and including t. */
	readonly everAcquired: Float64Array;
	/** Revenue by source (money per period, not discounted). */
	readonly revenue: SourceSeries;
	/**
	 * Profit by source: gross margin × revenue, minus the first customers' acquisition cost (in
	 * `direct`, period 0) and the referral rewards (in `referral`). Not discounted.
	 */
	readonly profit: SourceSeries;
	/** Acquisition cost paid for first customers (period 0 only). */
	readonly acquisitionSpend: Float64Array;
	/** Referral rewards paid, R × referred customers joining. */
	readonly rewardSpend: Float64Array;
	/** Total profit of the period discounted to period 0: Σ profit / (1 + d)^t. */
	readonly discountedProfit: Float64Array;
	/** Cumulative discounted profit from period 0 up to and including t. */
	readonly cumulativeProfit: Float64Array;
	/** (acquisition cost + rewards paid so far) ÷ customers acquired so far. */
	readonly averageAcquisitionCost: Float64Array;
}

/** Number of single series in a {@link ReferralSeries} besides the per-generation rows. */
const FLAT_SERIES = 16;

/**
 * Allocates zeroed series for `horizon` periods and `generations` tracked generations: views into
 * one buffer, so a projection allocates memory once.
 */
export function allocateSeries(horizon: number, generations: number): ReferralSeries {
	const buffer = new ArrayBuffer((2 * generations + FLAT_SERIES) * horizon * 8);
	let next = 0;
	const view = () => new Float64Array(buffer, 8 * horizon * next++, horizon);
	const rows = (n: number) => Array.from({ length: n }, view);
	const sources = (): SourceSeries => ({
		direct: view(),
		upsell: view(),
		crossSell: view(),
		referral: view()
	});
	return {
		activeByGeneration: rows(generations),
		newByGeneration: rows(generations),
		activeCustomers: view(),
		newCustomers: view(),
		everAcquired: view(),
		revenue: sources(),
		profit: sources(),
		acquisitionSpend: view(),
		rewardSpend: view(),
		discountedProfit: view(),
		cumulativeProfit: view(),
		averageAcquisitionCost: view()
	};
}
