/**
 * The "continuing value" (客户持续价值) of “The law of customer value multiplication”: what a kept
 * customer brings over the relationship, counting the customers they bring along.
 */
import { add, mul, sub, v } from '../expr';
import { requireMoney, requireRange, requireSignedMoney } from '../errors';
import { finite, step, type FiniteResult } from './result';

export interface ContinuingValueInput {
	/** n: expected number of purchases over the customer's lifetime; may be fractional. */
	readonly expectedTransactions: number;
	/** AOV: average amount of one purchase, money. */
	readonly averagePurchase: number;
	/** AC: cost of acquiring the customer, money. */
	readonly acquisitionCost: number;
	/** R: net income from the customers they referred, money; negative if rewards exceed it. */
	readonly referralNetIncome: number;
}

/** Largest expected number of transactions accepted (a million purchases). */
const maxTransactions = 1e6;

/**
 * Continuing value: expected purchases over the relationship times the average purchase, minus
 * what it cost to acquire the customer, plus the net income from customers they referred.
 *
 * Formula: CV = n × AOV − AC + R, in money, undiscounted (the article sums over the lifetime
 * without a discount rate). With AOV as revenue per purchase this counts revenue; pass a margin per
 * purchase to count profit, as the article's own advice ("judge value on profit") suggests.
 *
 * Source: “The law of customer value multiplication” (Chinese document, 2025):
 * "客户持续价值 = 客户生命周期内估计交易次数 × 平均每次购买金额 − 获得一个客户的成本 + 推荐客户的净收入".
 * Code → symbols: expectedTransactions = n, averagePurchase = AOV, acquisitionCost = AC,
 * referralNetIncome = R.
 *
 * @example
 * continuingValue({
 *   expectedTransactions: 20,
 *   averagePurchase: 150,
 *   acquisitionCost: 400,
 *   referralNetIncome: 600
 * }).value
 * //=> 3200
 */
export function continuingValue(input: ContinuingValueInput): FiniteResult {
	const { expectedTransactions, averagePurchase, acquisitionCost, referralNetIncome } = input;
	requireRange('expectedTransactions', expectedTransactions, 0, maxTransactions);
	requireMoney('averagePurchase', averagePurchase);
	requireMoney('acquisitionCost', acquisitionCost);
	requireSignedMoney('referralNetIncome', referralNetIncome);
	const n = v('n', expectedTransactions, 'count');
	const AOV = v('AOV', averagePurchase, 'money');
	const revenue = expectedTransactions * averagePurchase;
	const formula = add(
		sub(mul(n, AOV), v('AC', acquisitionCost, 'money')),
		v('R', referralNetIncome, 'money')
	);
	return finite([
		step('lifetimeRevenue', mul(n, AOV), revenue),
		step('clv', formula, revenue - acquisitionCost + referralNetIncome)
	]);
}
