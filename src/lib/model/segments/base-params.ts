/**
 * The generated base's parameters and their defaults, apart from the generator (`generate.ts`,
 * which re-exports them), so that a page can name its presets without loading the generator.
 */

/** The shape of the generated base. Money is in the user's currency. */
export interface CustomerBaseParams {
	/** Number of customers, 1–10 000 (the site suggests 50–5 000). */
	readonly count: number;
	/** Median profit per transaction of a profitable customer, > 0. */
	readonly medianProfitPerTransaction: number;
	/** Spread of profit per transaction: σ of its logarithm (lognormal), 0–2. */
	readonly profitSpread: number;
	/** Median number of repeat purchases in the window (each customer also has a first purchase). */
	readonly medianRepeatPurchases: number;
	/** Spread of the repeat-purchase rate: σ of its logarithm (lognormal), 0–2. */
	readonly frequencySpread: number;
	/** Correlation of log profit per transaction with log purchase rate, −1 to 1. */
	readonly correlation: number;
	/** Share of loss-making ("pressure") customers, 0–1; exactly round(share × count) of them. */
	readonly pressureShare: number;
	/** A pressure customer's loss per transaction as a share of a profitable one's profit, 0–5. */
	readonly pressureLossRatio: number;
	/** Length of the data window in days (sets recency), 1–3650. */
	readonly windowDays: number;
}

/** Defaults: 500 customers, a right-skewed profit and frequency, 10% loss-makers, one year. */
export const DEFAULT_CUSTOMER_BASE: CustomerBaseParams = {
	count: 500,
	medianProfitPerTransaction: 40,
	profitSpread: 0.8,
	medianRepeatPurchases: 3,
	frequencySpread: 0.9,
	correlation: 0.2,
	pressureShare: 0.1,
	pressureLossRatio: 0.3,
	windowDays: 365
};
