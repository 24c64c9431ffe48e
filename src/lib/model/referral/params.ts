/**
 * Inputs of the referral-multiplication model and their validation.
 *
 * A first customer (or several, `initialCustomers`) is acquired at period 0. Every period each
 * active customer spends, may stay for the next period (retention) and recommends the firm to
 * others; a share of those recommendations converts into new customers `lag` periods later, who
 * behave the same way — or by their own parameters (`referred`) — and refer in turn.
 *
 * Periods are whatever unit the user chose (month, quarter, year); every rate and amount below is
 * per period of that unit. Validation happens once, here, and throws `ModelInputError` naming the
 * field (`'lag'`, `'marketCap'`, `'first.retention'`, `'referred.conversion'`, …).
 */
import {
	ModelInputError,
	maxRate,
	requireInteger,
	requireMoney,
	requireRange,
	requireShare
} from '../errors';

/** Longest horizon, in periods (50 years of months). */
export const MAX_HORIZON = 600;
/** Most generations tracked separately; deeper ones are lumped into the last. */
export const MAX_GENERATIONS = 12;
/** Largest number of recommendations per customer per period. */
export const MAX_REFERRAL_RATE = 100;
/** Largest number of first customers. */
export const MAX_INITIAL_CUSTOMERS = 1_000_000;

/** How one kind of customer (first, or referred) buys, stays and refers. Money per period. */
export interface CustomerBehaviour {
	/** F: revenue of the first purchase, in the period the customer joins (money, once). */
	readonly firstPurchase: number;
	/** P: revenue per later active period from buying the same product again (money/period). */
	readonly repeatPurchase: number;
	/** U: up-sell revenue (upgrades, a higher tier) in the customer's second active period. */
	readonly upsell: number;
	/** g: growth of up-sell revenue per further period of tenure (0.1 = +10% per period). */
	readonly upsellGrowth: number;
	/** X: cross-sell revenue (other product lines) per active period from the second on. */
	readonly crossSell: number;
	/** r: probability that a customer active this period is active next period, 0–1. */
	readonly retention: number;
	/** ρ: recommendations an active customer makes per period. */
	readonly referralRate: number;
	/** c: share of recommendations that become customers, 0–1. */
	readonly conversion: number;
}

/** What the site calls a period; the model itself is unit-free. */
export type ReferralPeriodUnit = 'month' | 'quarter' | 'year';

export interface ReferralParams {
	/** N₀: first customers, acquired by the firm's own marketing at period 0 (whole number ≥ 1). */
	readonly initialCustomers: number;
	/** H: number of periods simulated, 0 … H − 1 (1–600). */
	readonly horizon: number;
	/** L: cycle time, periods from a recommendation to the referred customer's first purchase (≥ 1). */
	readonly lag: number;
	/** m: gross margin, the share of revenue left after the cost of goods and of serving, 0–1. */
	readonly grossMargin: number;
	/** d: discount rate per period; a cash flow in period t is worth 1/(1+d)^t today. */
	readonly discountRate: number;
	/** A: acquisition cost of each first customer, paid at period 0 (money). */
	readonly acquisitionCost: number;
	/** R: reward paid for each converted referral, when the referred customer joins (money). */
	readonly referralReward: number;
	/** M: market size; new referrals shrink by (1 − acquired/M). `null` for no cap. */
	readonly marketCap: number | null;
	/** Generations tracked separately (2–12); deeper generations are added to the last one. */
	readonly generations: number;
	/** Behaviour of the first customers (generation 0). */
	readonly first: CustomerBehaviour;
	/** Behaviour of referred customers (generations ≥ 1); `null` means "like the first". */
	readonly referred: CustomerBehaviour | null;
}

/** Validated parameters with `referred` filled in; what the model functions work on. */
export interface ResolvedReferralParams extends ReferralParams {
	readonly referred: CustomerBehaviour;
}

function validateBehaviour(prefix: string, behaviour: Readonly<CustomerBehaviour>): void {
	const money = ['firstPurchase', 'repeatPurchase', 'upsell', 'crossSell'] as const;
	for (const key of money) requireMoney(`${prefix}.${key}`, behaviour[key]);
	requireRange(`${prefix}.upsellGrowth`, behaviour.upsellGrowth, -1, 1);
	requireShare(`${prefix}.retention`, behaviour.retention);
	requireRange(`${prefix}.referralRate`, behaviour.referralRate, 0, MAX_REFERRAL_RATE);
	requireShare(`${prefix}.conversion`, behaviour.conversion);
}

/**
 * Checks every input once and returns the parameters with `referred` resolved. Throws
 * `ModelInputError` for, e.g., a negative rate, retention outside [0, 1], a lag of 0 or 1.5
 * (`'lag'` must be a whole number ≥ 1), a market cap below the first customers (`'marketCap'` ≥
 * `initialCustomers`) or a horizon outside 1–600.
 *
 * @example
 * resolveReferralParams({ ...params, lag: 0 }) // throws "lag: must be at least 1 and at most 600, got 0"
 */
export function resolveReferralParams(params: Readonly<ReferralParams>): ResolvedReferralParams {
	requireInteger('initialCustomers', params.initialCustomers, 1, MAX_INITIAL_CUSTOMERS);
	requireInteger('horizon', params.horizon, 1, MAX_HORIZON);
	requireInteger('lag', params.lag, 1, MAX_HORIZON);
	requireInteger('generations', params.generations, 2, MAX_GENERATIONS);
	requireShare('grossMargin', params.grossMargin);
	requireRange('discountRate', params.discountRate, 0, maxRate);
	requireMoney('acquisitionCost', params.acquisitionCost);
	requireMoney('referralReward', params.referralReward);
	if (params.marketCap !== null) {
		if (typeof params.marketCap !== 'number') {
			throw new ModelInputError('marketCap', 'finite', 'must be a number or null');
		}
		requireRange('marketCap', params.marketCap, params.initialCustomers, 1e12);
	}
	validateBehaviour('first', params.first);
	if (params.referred !== null) validateBehaviour('referred', params.referred);
	return { ...params, referred: params.referred ?? params.first };
}
