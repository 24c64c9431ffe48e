/**
 * Discounted cash-flow CLV: each period's profit is worth less the later it arrives. No churn here:
 * the profits are taken as given (for churn, see `retention.ts`).
 */
import { add, c, div, idx, mul, paren, pow, sub, sum, v, type Expr } from '../expr';
import { closingSteps, finite, type FiniteResult } from './result';
import {
	maxPeriods,
	ModelInputError,
	requireDiscountRate,
	requireGrowth,
	requireMoney,
	requirePeriods,
	requireRepresentable,
	requireSignedMoney
} from '../errors';

/**
 * When the first profit arrives: `0` = now (undiscounted, "start of period"), `1` = at the end of
 * the first period (discounted once, "end of period").
 */
export type FirstPeriod = 0 | 1;

export interface DiscountedClvInput {
	/** m_t: profit (margin) in each consecutive period, money; negative for a loss-making year. */
	readonly profits: readonly number[];
	/** i: discount rate per period, decimal (0.1 = 10%). */
	readonly discountRate: number;
	/** t of the first profit: 0 or 1. */
	readonly firstPeriod: FirstPeriod;
	/** AC: acquisition cost paid now, money; when given, the result is net of it. */
	readonly acquisitionCost?: number;
}

const onePlus = (rate: Expr): Expr => paren(add(c(1), rate));

/**
 * Discounted CLV of an explicit profit stream: the present value of every period's profit.
 *
 * Formula: CLV = Σ_t m_t / (1 + i)^t − AC, t running from `firstPeriod` (0 or 1) over the
 * profits, with m_t in money per period and i the discount rate per period.
 *
 * Source: the discounted-cash-flow definition of CLV ("Σ_t profit_t/(1+d)^t";
 * Gupta & Lehmann 2003's sum with retention 1). Code → symbols: profits[k] = m_t with
 * t = firstPeriod + k, discountRate = i (d in some texts), acquisitionCost = AC.
 *
 * @example
 * discountedClv({ profits: [110, 121], discountRate: 0.1, firstPeriod: 1 }).value
 * //=> 200
 */
export function discountedClv(input: DiscountedClvInput): FiniteResult {
	const { profits, discountRate, firstPeriod, acquisitionCost } = input;
	if (profits.length === 0 || profits.length > maxPeriods) {
		throw new ModelInputError('profits', 'nonEmpty', `needs 1 to ${maxPeriods} periods`, {
			min: 1,
			max: maxPeriods
		});
	}
	for (const profit of profits) requireSignedMoney('profits', profit);
	requireDiscountRate('discountRate', discountRate);
	if (acquisitionCost !== undefined) requireMoney('acquisitionCost', acquisitionCost);
	const i = v('i', discountRate, 'rate');
	const terms = profits.map((profit, k) => {
		const t = firstPeriod + k;
		return div(v(`m_${t}`, profit, 'money'), pow(onePlus(i), c(t)));
	});
	const value = profits.reduce(
		(total, profit, k) => total + profit / Math.pow(1 + discountRate, firstPeriod + k),
		0
	);
	requireRepresentable('profits', value);
	return finite(closingSteps(add(...terms), value, acquisitionCost));
}

export interface GrowingClvInput {
	/** m: profit in the first period, money; may be negative. */
	readonly profit: number;
	/** g: growth of profit per period, decimal (0.05 = +5% a period; −0.1 = shrinking). */
	readonly growth: number;
	/** N: number of periods with a profit. */
	readonly periods: number;
	/** i: discount rate per period. */
	readonly discountRate: number;
	/** t of the first profit: 0 or 1. */
	readonly firstPeriod: FirstPeriod;
	/** AC: acquisition cost paid now; when given, the result is net of it. */
	readonly acquisitionCost?: number;
}

/**
 * Discounted CLV of a profit that grows by g each period (up-sell, cross-sell, rising spend).
 *
 * Formula: CLV = Σ_{t=t₀}^{t₀+N−1} m(1 + g)^(t−t₀) / (1 + i)^t − AC, where t₀ = firstPeriod
 * (0: first profit now; 1: at the end of period 1), m money per period, g and i rates per period.
 *
 * Source: the discounted-cash-flow CLV with a geometrically growing
 * profit, i.e. the growing-annuity formula of corporate finance written as its sum.
 * Code → symbols: profit = m, growth = g, periods = N, discountRate = i, firstPeriod = t₀.
 *
 * @example
 * const input = { profit: 100, growth: 0.1, periods: 3, discountRate: 0.1 };
 * growingDiscountedClv({ ...input, firstPeriod: 1 }).value
 * //=> 272.7272727272727 (three payments each worth 100/1.1 today)
 */
export function growingDiscountedClv(input: GrowingClvInput): FiniteResult {
	const { profit, growth, periods, discountRate, firstPeriod, acquisitionCost } = input;
	requireSignedMoney('profit', profit);
	requireGrowth('growth', growth);
	requirePeriods('periods', periods);
	requireDiscountRate('discountRate', discountRate);
	if (acquisitionCost !== undefined) requireMoney('acquisitionCost', acquisitionCost);
	const t = idx('t');
	const elapsed = firstPeriod === 0 ? t : paren(sub(t, c(1)));
	const body = div(
		mul(v('m', profit, 'money'), pow(onePlus(v('g', growth, 'rate')), elapsed)),
		pow(onePlus(v('i', discountRate, 'rate')), t)
	);
	const formula = sum('t', firstPeriod, firstPeriod + periods - 1, body);
	const ratio = (1 + growth) / (1 + discountRate);
	let weights = 0;
	for (let k = 0; k < periods; k++) weights += Math.pow(ratio, k);
	const value = (profit * weights) / Math.pow(1 + discountRate, firstPeriod);
	requireRepresentable('periods', value);
	return finite(closingSteps(formula, value, acquisitionCost));
}
