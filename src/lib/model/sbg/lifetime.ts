/**
 * Expected discounted lifetimes under the sBG model: DEL for a new customer, DERL for one who has
 * already renewed. Multiplied by the margin per period they give the customer's value.
 *
 * Timing (Fader & Hardie 2010): margins are paid at the start of every period the customer is
 * active; d is the discount rate per period.
 *
 * - DEL(d) = Σ_{t≥0} S(t)/(1 + d)^t = ₂F₁(1, β; α + β; 1/(1 + d)). The first term, S(0) = 1, is
 *   the sign-up payment, certain and undiscounted.
 * - DERL(d | n − 1 renewals) = Σ_{t≥n} S(t)/S(n − 1) · 1/(1 + d)^{t−n}
 *   = (β + n − 1)/(α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1/(1 + d)), for a customer who has
 *   been active for n periods (made n − 1 renewals) and is about to decide on the next renewal: the
 *   next payment is undiscounted but not certain.
 * - With d = 0 the sums are plain expected lifetimes: DEL = (α + β − 1)/(α − 1) and
 *   DERL = (β + n − 1)/(α − 1), finite only when α > 1 (Gauss's summation theorem). With α ≤ 1 the
 *   churn probabilities of the most loyal customers are so close to 0 that the expected lifetime is
 *   infinite; only discounting makes the value finite.
 *
 * Consecutive DERLs are linked by DERL(n) = r_n·(1 + DERL(n + 1)/(1 + d)), which
 * `residualLifetimes` uses to get every age from one series.
 *
 * Source: Fader & Hardie (2010), "Customer-base valuation in a contractual setting: the perils of
 * ignoring heterogeneity", Marketing Science 29(1), 85–93, eqs. 5–7. Code `renewals` = n − 1.
 */
import { ModelInputError, requireInteger, requireRange } from '../errors';
import { add, c, div, paren, pow, sub, v, type Expr, type Step } from '../expr';
import { hyp2f1 } from '../special/hyp2f1';
import { MAX_HORIZON, requireParams, type SbgParams } from './params';
import { retentionAt } from './survival';

/** Smallest positive discount rate per period accepted (the series needs ~40/d terms). */
export const MIN_PERIOD_DISCOUNT = 1e-5;
/** Largest discount rate per period accepted (1000%). */
export const MAX_PERIOD_DISCOUNT = 10;
/** Terms of a series written out in a step before the rest is summed into one number. */
const SHOWN_TERMS = 4;

export type LifetimeResult =
	| { readonly kind: 'finite'; readonly value: number; readonly steps: readonly Step[] }
	/** d = 0 and α ≤ 1: the expected (undiscounted) lifetime is infinite. */
	| {
			readonly kind: 'divergent';
			readonly reason: 'undiscounted-heavy-tail';
			readonly steps: readonly Step[];
	  };

/** Throws unless d = 0 or MIN_PERIOD_DISCOUNT ≤ d ≤ MAX_PERIOD_DISCOUNT. */
export function requirePeriodDiscount(field: string, d: number): void {
	requireRange(field, d, 0, MAX_PERIOD_DISCOUNT);
	if (d > 0 && d < MIN_PERIOD_DISCOUNT)
		throw new ModelInputError(field, 'custom', `must be 0 or at least ${MIN_PERIOD_DISCOUNT}`, {
			min: MIN_PERIOD_DISCOUNT,
			max: MAX_PERIOD_DISCOUNT
		});
}

/** (1 + d)^k as an expression. */
function growth(d: number, k: number): Expr {
	const base = paren(add(c(1), v('d', d, 'rate')));
	return k === 1 ? base : pow(base, c(k));
}

/** Σ_k term_k/(1 + d)^k written as its first terms plus the rest as one number `R`. */
function seriesFormula(terms: readonly Expr[], d: number, total: number, shownValue: number): Expr {
	const parts = terms.map((term, k) => (k === 0 ? term : div(term, growth(d, k))));
	return add(...parts, v('R', total - shownValue));
}

/** The divergent result, with the step showing α ≤ 1. */
const divergent = (alpha: number): LifetimeResult => ({
	kind: 'divergent',
	reason: 'undiscounted-heavy-tail',
	steps: [{ id: 'sbg.alpha', formula: v('α', alpha), value: alpha }]
});

/**
 * DEL: expected discounted lifetime of a new customer, in periods (the payment at sign-up counts
 * as 1). Step 'sbg.del' writes the first terms S(t)/(1 + d)^t out and sums the rest into R; with
 * d = 0 it is the closed form (α + β − 1)/(α − 1).
 *
 * @example
 * discountedExpectedLifetime({ alpha: 0.704077, beta: 1.182043 }, 0.1) //=> finite, 3.6949…
 */
export function discountedExpectedLifetime(params: SbgParams, d: number): LifetimeResult {
	requireParams(params);
	requirePeriodDiscount('discountRate', d);
	const { alpha, beta } = params;
	const a = v('α', alpha);
	const b = v('β', beta);
	if (d === 0) {
		if (alpha <= 1) return divergent(alpha);
		const value = (alpha + beta - 1) / (alpha - 1);
		const formula = div(sub(add(a, b), c(1)), sub(a, c(1)));
		return { kind: 'finite', value, steps: [{ id: 'sbg.del', formula, value }] };
	}
	const value = hyp2f1(1, beta, alpha + beta, 1 / (1 + d));
	const survivals = [1];
	for (let t = 1; t < SHOWN_TERMS; t++)
		survivals.push(survivals[t - 1]! * retentionAt(alpha, beta, t));
	const shown = survivals.reduce((sum, s, t) => sum + s / Math.pow(1 + d, t), 0);
	const terms = survivals.map((s, t) => v(`S_${t}`, s, 'rate'));
	const formula = seriesFormula(terms, d, value, shown);
	return { kind: 'finite', value, steps: [{ id: 'sbg.del', formula, value }] };
}

/**
 * DERL: expected discounted residual lifetime, in periods, of a customer who has made `renewals`
 * renewals (n − 1 in the paper) and is about to decide on the next one. Step 'sbg.derl' writes the
 * first terms p_k/(1 + d)^k out, p_k = S(n + k)/S(n − 1) being the chance that this customer is
 * still active k periods after the coming decision; with d = 0 it is (β + n − 1)/(α − 1).
 *
 * @example
 * discountedResidualLifetime({ alpha: 0.704077, beta: 1.182043 }, 0.1, 7) //=> finite, 6.8423…
 */
export function discountedResidualLifetime(
	params: SbgParams,
	d: number,
	renewals: number
): LifetimeResult {
	requireParams(params);
	requirePeriodDiscount('discountRate', d);
	requireInteger('renewals', renewals, 0, MAX_HORIZON);
	const { alpha, beta } = params;
	const n = renewals + 1;
	if (d === 0) {
		if (alpha <= 1) return divergent(alpha);
		const value = (beta + n - 1) / (alpha - 1);
		const formula = div(add(v('β', beta), c(n - 1)), sub(v('α', alpha), c(1)));
		return { kind: 'finite', value, steps: [{ id: 'sbg.derl', formula, value }] };
	}
	const value = retentionAt(alpha, beta, n) * hyp2f1(1, beta + n, alpha + beta + n, 1 / (1 + d));
	const conditional = [retentionAt(alpha, beta, n)];
	for (let k = 1; k < SHOWN_TERMS; k++)
		conditional.push(conditional[k - 1]! * retentionAt(alpha, beta, n + k));
	const shown = conditional.reduce((sum, p, k) => sum + p / Math.pow(1 + d, k), 0);
	const terms = conditional.map((p, k) => v(`p_${k}`, p, 'rate'));
	const formula = seriesFormula(terms, d, value, shown);
	return { kind: 'finite', value, steps: [{ id: 'sbg.derl', formula, value }] };
}

/**
 * DERL after 0, 1, …, maxRenewals renewals (index = renewals), from one series and the backward
 * recursion DERL(n) = r_n·(1 + DERL(n + 1)/(1 + d)); null when d = 0 and α ≤ 1 (divergent).
 *
 * @example
 * residualLifetimes({ alpha: 1, beta: 1 }, 0.1, 2) //=> [DERL after 0, 1 and 2 renewals]
 */
export function residualLifetimes(
	params: SbgParams,
	d: number,
	maxRenewals: number
): number[] | null {
	requireParams(params);
	requirePeriodDiscount('discountRate', d);
	requireInteger('maxRenewals', maxRenewals, 0, MAX_HORIZON);
	const { alpha, beta } = params;
	if (d === 0)
		return alpha <= 1
			? null
			: Array.from({ length: maxRenewals + 1 }, (_, k) => (beta + k) / (alpha - 1));
	const result = new Array<number>(maxRenewals + 1);
	const last = maxRenewals + 1;
	result[maxRenewals] =
		retentionAt(alpha, beta, last) * hyp2f1(1, beta + last, alpha + beta + last, 1 / (1 + d));
	for (let k = maxRenewals - 1; k >= 0; k--)
		result[k] = retentionAt(alpha, beta, k + 1) * (1 + result[k + 1]! / (1 + d));
	return result;
}
