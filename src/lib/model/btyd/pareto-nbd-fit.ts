/**
 * The Pareto/NBD model's likelihood, and its fit to a customer base by maximum likelihood.
 *
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987, "Counting your customers: who are they and what
 * will they do next?", Management Science 33(1)) is the original model of a non-contractual
 * customer base. It differs from BG/NBD in when customers leave:
 *
 * - while alive, a customer buys at rate λ (a Poisson process), λ ~ Gamma(r, α) across customers;
 * - each customer's lifetime is exponential with rate μ — they can leave at any moment, not only
 *   after a purchase — and μ ~ Gamma(s, β) across customers.
 *
 * The likelihood needs the Gauss hypergeometric function; we use the form of Fader, Hardie & Lee
 * 2005 ("A note on deriving the Pareto/NBD model and related expressions", eq. 22), which chooses
 * the argument by whether α ≥ β so that it lies in [0, 1). Code → symbols: r, alpha = α, s,
 * beta = β.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { fitHistories, purchaseStart } from './history-fit';
import type { MleFit, MleProgress } from './mle';
import { logHyp2f1Unchecked } from '../special/hyp2f1';
import {
	distinctHistories,
	requireSummary,
	type BtydSummary,
	type DistinctHistories
} from './summary';

export interface ParetoNbdParams {
	/** r: shape of the Gamma distribution of purchase rates λ. */
	readonly r: number;
	/** α: rate of that Gamma, in time units (mean purchase rate r/α). */
	readonly alpha: number;
	/** s: shape of the Gamma distribution of dropout rates μ. */
	readonly s: number;
	/** β: rate of that Gamma, in time units (mean dropout rate s/β). */
	readonly beta: number;
}

export type ParetoNbdFit = MleFit<keyof ParetoNbdParams>;

/**
 * ln A₀ of FHL's note (eq. 22): with k = r+s+x, for α ≥ β
 * A₀ = ₂F₁(k, s+1; k+1; (α−β)/(α+t_x))/(α+t_x)^k − ₂F₁(k, s+1; k+1; (α−β)/(α+T))/(α+T)^k,
 * and for α < β the same with β in place of α and r+x in place of s+1. −∞ when t_x = T.
 * Equivalently k ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ, which the tests use as a check.
 */
export function logA0(params: ParetoNbdParams, x: number, tx: number, T: number): number {
	if (tx >= T) return -Infinity;
	return fromTerms(logA0Term(params, x, tx), logA0Term(params, x, T));
}

/** ln[₂F₁(k, b; k+1; |α−β|/(m+t)) / (m+t)^k], one of the two terms of A₀, at time t. */
export function logA0Term({ r, alpha, s, beta }: ParetoNbdParams, x: number, t: number): number {
	const k = r + s + x;
	const high = Math.max(alpha, beta);
	const second = alpha >= beta ? s + 1 : r + x;
	return (
		logHyp2f1Unchecked(k, second, k + 1, Math.abs(alpha - beta) / (high + t)) -
		k * Math.log(high + t)
	);
}

/** ln A₀ from the logarithms of its two terms (at t_x and at T). */
const fromTerms = (atRecency: number, atAge: number) =>
	atAge >= atRecency ? -Infinity : atRecency + Math.log(-Math.expm1(atAge - atRecency));

/**
 * The distinct (x, t) points where the likelihood needs ₂F₁ — each history's (x, t_x) and (x, T) —
 * and, per history, which two. Customers share them (everyone without a repeat purchase has
 * t_x = 0; T takes one value per first-purchase day), so a likelihood evaluation computes ₂F₁ a few
 * times per distinct point instead of twice per customer.
 */
export interface A0Points {
	readonly frequency: Float64Array;
	readonly time: Float64Array;
	readonly atRecency: Int32Array;
	readonly atAge: Int32Array;
}

export function a0Points(data: DistinctHistories): A0Points {
	const index = new Map<string, number>();
	const frequency: number[] = [];
	const time: number[] = [];
	const point = (x: number, t: number) => {
		const key = `${x}|${t}`;
		let found = index.get(key);
		if (found === undefined) {
			index.set(key, (found = frequency.length));
			frequency.push(x);
			time.push(t);
		}
		return found;
	};
	const n = data.frequency.length;
	const atRecency = new Int32Array(n);
	const atAge = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		atRecency[i] = point(data.frequency[i]!, data.recency[i]!);
		atAge[i] = point(data.frequency[i]!, data.age[i]!);
	}
	return {
		frequency: Float64Array.from(frequency),
		time: Float64Array.from(time),
		atRecency,
		atAge
	};
}

/** ln of (α+T)^−(r+x) (β+T)^−s, the "still alive at T" part of the likelihood. */
export const logAliveTerm = ({ r, alpha, s, beta }: ParetoNbdParams, x: number, T: number) =>
	-(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);

/**
 * The Pareto/NBD log-likelihood of the customers' histories, summed (SMC 1987; FHL note eq. 22).
 *
 * Formula, per customer: L = Γ(r+x) αʳ βˢ / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀ ],
 * the first term for "alive at T", the second for "left at some time between t_x and T"; A₀ as in
 * {@link logA0}. Computed in logs (ln ₂F₁ included), so a customer with 1,000 purchases is fine.
 *
 * @example
 * paretoNbdLogLikelihood({ r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 }, cdnow) //=> −9594.98
 */
export function paretoNbdLogLikelihood(
	params: ParetoNbdParams,
	data: DistinctHistories,
	points: A0Points = a0Points(data)
): number {
	const { r, alpha, s, beta } = params;
	if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return NaN;
	const base = -gammaln(r) + r * Math.log(alpha) + s * Math.log(beta);
	const terms = points.frequency.map((x, j) => logA0Term(params, x, points.time[j]!));
	const perFrequency = new Float64Array(data.maxFrequency + 1).fill(NaN);
	let total = 0;
	for (let i = 0; i < data.frequency.length; i++) {
		const x = data.frequency[i]!;
		let logGamma = perFrequency[x]!;
		if (Number.isNaN(logGamma)) perFrequency[x] = logGamma = gammaln(r + x);
		const alive = logAliveTerm(params, x, data.age[i]!);
		const a0 =
			data.recency[i]! >= data.age[i]!
				? -Infinity
				: fromTerms(terms[points.atRecency[i]!]!, terms[points.atAge[i]!]!);
		const left = Math.log(s / (r + s + x)) + a0;
		const high = Math.max(alive, left);
		const ll =
			base +
			logGamma +
			(left === -Infinity
				? alive
				: high + Math.log(Math.exp(alive - high) + Math.exp(left - high)));
		total += data.count[i]! * ll;
	}
	return total;
}

/**
 * Fits Pareto/NBD by maximum likelihood, as a generator yielding progress after each iteration.
 *
 * Source for the CDNOW check: Fader, Hardie & Lee 2005 (r = 0.5533, α = 10.578, s = 0.6062,
 * β = 11.668, LL = −9594.98); the likelihood is nearly flat along β, so β is the least precise.
 *
 * @example
 * runToEnd(fitParetoNbd(cdnowSummary)).params //=> { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.67 }
 */
export function* fitParetoNbd(
	summary: BtydSummary,
	options: { readonly start?: ParetoNbdParams } = {}
): Generator<MleProgress, ParetoNbdFit, void> {
	requireSummary(summary);
	const data = distinctHistories(summary);
	const given = options.start;
	// λ as for BG/NBD, and a mean lifetime β/s as long as the average time watched (s = 1)
	const { r, alpha, meanAge } = purchaseStart(data);
	return yield* fitHistories(
		['r', 'alpha', 's', 'beta'] as const,
		given ? [given.r, given.alpha, given.s, given.beta] : [r, alpha, 1, meanAge],
		data,
		(histories) => {
			const points = a0Points(histories);
			return ([r, alpha, s, beta]) =>
				paretoNbdLogLikelihood({ r: r!, alpha: alpha!, s: s!, beta: beta! }, histories, points);
		}
	);
}
