/**
 * The BG/NBD model's likelihood, and its fit to a customer base by maximum likelihood.
 *
 * BG/NBD ("beta-geometric / negative binomial distribution", Fader, Hardie & Lee 2005, "Counting
 * your customers the easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2))
 * describes customers who buy at their own steady rate while alive and may drop out, for good, right
 * after any purchase:
 *
 * - while alive, a customer buys at random times at rate λ (a Poisson process);
 * - after each purchase they drop out with probability p;
 * - across customers λ ~ Gamma(shape r, rate α) and p ~ Beta(a, b).
 *
 * Nobody says when they leave (a "non-contractual" setting), so x, t_x and T are all we see.
 * Code → symbols: r, alpha = α, a, b as in the paper.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { fitHistories, purchaseStart } from './history-fit';
import type { MleFit, MleProgress } from './mle';
import {
	distinctHistories,
	requireSummary,
	type BtydSummary,
	type DistinctHistories
} from './summary';

export interface BgNbdParams {
	/** r: shape of the Gamma distribution of purchase rates λ. */
	readonly r: number;
	/** α: rate (inverse scale) of that Gamma, in time units; the mean rate is r/α. */
	readonly alpha: number;
	/** a: first shape of the Beta distribution of dropout probabilities p. */
	readonly a: number;
	/** b: second shape of that Beta; the mean dropout probability is a/(a + b). */
	readonly b: number;
}

export type BgNbdFit = MleFit<keyof BgNbdParams>;

/** ln(1 + eᵘ) without overflow. */
export const softplus = (u: number) =>
	u > 30 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));

/**
 * The BG/NBD log-likelihood of the customers' histories, summed (FHL 2005, eq. 6).
 *
 * Formula, per customer with x repeat purchases, last at t_x, watched for T:
 * L = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / Γ(r) · [ (α+T)^−(r+x) + δ_{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ],
 * the first term for "still alive at T", the second for "dropped out right after the last purchase".
 * In logs, with the bracket written as (α+T)^−(r+x) · (1 + δ · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) so
 * nothing overflows for large x. Γ and B are evaluated as ln Γ (stdlib gammaln), once per distinct x.
 *
 * @example
 * bgnbdLogLikelihood({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425754 }, cdnow) //=> −9582.43
 */
export function bgnbdLogLikelihood(params: BgNbdParams, data: DistinctHistories): number {
	const { r, alpha, a, b } = params;
	if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return NaN;
	const perFrequency = new Float64Array(data.maxFrequency + 1).fill(NaN);
	const base = r * Math.log(alpha) - gammaln(r) + gammaln(a + b) - gammaln(b);
	const logA = Math.log(a);
	let total = 0;
	const n = data.frequency.length;
	for (let i = 0; i < n; i++) {
		const x = data.frequency[i]!;
		let constant = perFrequency[x]!;
		if (Number.isNaN(constant)) {
			constant = gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x);
			perFrequency[x] = constant;
		}
		const logAgeTerm = Math.log(alpha + data.age[i]!);
		let ll = base + constant - (r + x) * logAgeTerm;
		if (x > 0) {
			const dropout =
				logA - Math.log(b + x - 1) + (r + x) * (logAgeTerm - Math.log(alpha + data.recency[i]!));
			ll += softplus(dropout);
		}
		total += data.count[i]! * ll;
	}
	return total;
}

/**
 * Fits BG/NBD to a summary by maximum likelihood, as a generator that yields progress after each
 * iteration of the optimiser (drive it with `runToEnd` when no pausing is needed).
 *
 * Returns r, α, a, b with standard errors and the log-likelihood.
 * Source: FHL 2005, §4 (on the CDNOW sample, 2357 customers, 39 weeks: r = 0.243, α = 4.414,
 * a = 0.793, b = 2.426, LL = −9582.4).
 *
 * @example
 * runToEnd(fitBgNbd(cdnowSummary)).params //=> { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }
 */
export function* fitBgNbd(summary: BtydSummary): Generator<MleProgress, BgNbdFit, void> {
	requireSummary(summary);
	const data = distinctHistories(summary);
	const { r, alpha } = purchaseStart(data);
	// a = b = 1: a uniform prior on the dropout probability
	return yield* fitHistories(
		['r', 'alpha', 'a', 'b'] as const,
		[r, alpha, 1, 1],
		data,
		(histories) =>
			([r, alpha, a, b]) =>
				bgnbdLogLikelihood({ r: r!, alpha: alpha!, a: a!, b: b! }, histories)
	);
}
