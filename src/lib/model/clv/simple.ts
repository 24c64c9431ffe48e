/**
 * The two undiscounted CLV formulas every introduction starts with: revenue over the relationship,
 * and margin over the relationship, each minus what it cost to win the customer.
 */
import { mul, sub, v } from '../expr';
import { finite, step, type FiniteResult } from './result';
import { maxPeriods, requireMoney, requireRange, requireShare } from '../errors';

export interface SimpleClvInput {
	/** S: what the customer spends per period (per year in the textbook version), money. */
	readonly spendPerPeriod: number;
	/** N: length of the relationship in periods (textbook: years), may be fractional. */
	readonly periods: number;
	/** AC: one-off cost of acquiring the customer, money, paid at the start. */
	readonly acquisitionCost: number;
}

export interface MarginClvInput extends SimpleClvInput {
	/** GM: gross margin, the share of spend kept after direct costs, 0 to 1. */
	readonly grossMargin: number;
}

function validateSimple(input: SimpleClvInput): void {
	requireMoney('spendPerPeriod', input.spendPerPeriod);
	requireRange('periods', input.periods, 0, maxPeriods);
	requireMoney('acquisitionCost', input.acquisitionCost);
}

/**
 * Simple CLV: what the customer spends over the whole relationship, minus acquisition cost. It
 * counts revenue, not profit, and ignores both churn and the time value of money, so it is an upper
 * bound used to make the idea concrete.
 *
 * Formula: CLV = S × N − AC, with S spend per period (money), N periods, AC acquisition cost
 * (money).
 * No discounting: a unit of money in year 10 counts as much as one today.
 *
 * Source: the "annual spend × relationship years − acquisition cost" formula of
 * “Customer lifetime value” (Chinese web article, 2025).
 * Code → symbols: spendPerPeriod = S, periods = N, acquisitionCost = AC.
 *
 * @example
 * simpleClv({ spendPerPeriod: 1000, periods: 5, acquisitionCost: 300 }).value
 * //=> 4700
 */
export function simpleClv(input: SimpleClvInput): FiniteResult {
	validateSimple(input);
	const S = v('S', input.spendPerPeriod, 'money');
	const N = v('N', input.periods, 'count');
	const AC = v('AC', input.acquisitionCost, 'money');
	const revenue = input.spendPerPeriod * input.periods;
	return finite([
		step('lifetimeRevenue', mul(S, N), revenue),
		step('clv', sub(mul(S, N), AC), revenue - input.acquisitionCost)
	]);
}

/**
 * Margin CLV: the gross margin the customer leaves over the relationship, minus acquisition cost.
 * Same as {@link simpleClv} but counting profit, not revenue: value comes from margin.
 *
 * Formula: m = S × GM; CLV = S × GM × N − AC, with GM the gross margin as a share of spend.
 * Undiscounted, no churn.
 *
 * Source: "annual spend × gross margin × years − acquisition cost" (“Customer lifetime value”
 * (Chinese web article, 2025); Lixiao CRM 2021). Code → symbols: grossMargin = GM, the rest as in
 * {@link simpleClv}.
 *
 * @example
 * marginClv({ spendPerPeriod: 1000, grossMargin: 0.3, periods: 5, acquisitionCost: 300 }).value
 * //=> 1200
 */
export function marginClv(input: MarginClvInput): FiniteResult {
	validateSimple(input);
	requireShare('grossMargin', input.grossMargin);
	const S = v('S', input.spendPerPeriod, 'money');
	const GM = v('GM', input.grossMargin, 'rate');
	const N = v('N', input.periods, 'count');
	const AC = v('AC', input.acquisitionCost, 'money');
	const margin = input.spendPerPeriod * input.grossMargin;
	const lifetimeMargin = margin * input.periods;
	return finite([
		step('marginPerPeriod', mul(S, GM), margin),
		step('lifetimeMargin', mul(S, GM, N), lifetimeMargin),
		step('clv', sub(mul(S, GM, N), AC), lifetimeMargin - input.acquisitionCost)
	]);
}
