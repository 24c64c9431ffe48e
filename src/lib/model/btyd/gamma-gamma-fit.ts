/**
 * The Gamma-Gamma model of spend per purchase, and its fit by maximum likelihood.
 *
 * Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves for customer base
 * analysis", JMR 42(4); the note by Fader & Hardie 2013, "The Gamma-Gamma model of monetary value")
 * says each customer's purchases vary around their own average:
 *
 * - the value of each purchase is z ~ Gamma(p, ν), with mean p/ν;
 * - across customers ν ~ Gamma(q, γ), so the average spend p/ν varies between customers;
 * - spend is independent of how often and how long a customer buys (check it: see
 *   {@link spendFrequencyCorrelation}).
 *
 * It is fitted on repeat buyers only (x ≥ 1), from m_x, the average value of their x repeat
 * purchases. Code → symbols: p, q, gamma = γ.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { ModelInputError } from '../errors';
import { fitMaximumLikelihood, type MleFit, type MleProgress } from './mle';
import { requireSummary, type BtydSummary } from './summary';

export interface GammaGammaParams {
	/** p: shape of the Gamma distribution of one purchase's value. */
	readonly p: number;
	/** q: shape of the Gamma distribution of ν across customers. */
	readonly q: number;
	/** γ: rate of that Gamma (money). */
	readonly gamma: number;
}

export type GammaGammaFit = MleFit<keyof GammaGammaParams>;

/** The repeat buyers' (x, m_x), as columns. */
export interface RepeatSpend {
	readonly frequency: Float64Array;
	readonly monetary: Float64Array;
}

/**
 * The customers with at least one repeat purchase of positive average value, and that average
 * (free repeat purchases carry no information about spend in Gamma-Gamma, whose values are > 0).
 */
export function repeatBuyers(summary: BtydSummary): RepeatSpend {
	const { frequency, monetary } = summary;
	if (!monetary) throw new ModelInputError('monetary', 'nonEmpty', 'spend is needed');
	const rows: number[] = [];
	for (let i = 0; i < frequency.length; i++)
		if (frequency[i]! > 0 && monetary[i]! > 0) rows.push(i);
	return {
		frequency: Float64Array.from(rows, (i) => frequency[i]!),
		monetary: Float64Array.from(rows, (i) => monetary[i]!)
	};
}

/**
 * The Gamma-Gamma log-likelihood of the repeat buyers' average spend, summed (Fader & Hardie 2013,
 * eq. 3).
 *
 * Formula, per customer with x repeat purchases averaging m_x:
 * f(m_x | p, q, γ; x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q · m_x^(px−1) · x^(px) / (γ + x m_x)^(px+q).
 *
 * @example
 * gammaGammaLogLikelihood({ p: 6.2488, q: 3.7446, gamma: 15.4477 }, cdnowRepeatBuyers) //=> ≈ −4030
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: RepeatSpend): number {
	const { p, q, gamma } = params;
	if (!(p > 0 && q > 0 && gamma > 0)) return NaN;
	const base = -gammaln(q) + q * Math.log(gamma);
	// the Γ terms and x ln x depend on the customer only through x: once per distinct x
	const perFrequency = new Map<number, number>();
	let total = 0;
	for (let i = 0; i < data.frequency.length; i++) {
		const x = data.frequency[i]!;
		const m = data.monetary[i]!;
		const px = p * x;
		let constant = perFrequency.get(x);
		if (constant === undefined) {
			constant = gammaln(px + q) - gammaln(px) + px * Math.log(x);
			perFrequency.set(x, constant);
		}
		total += base + constant + (px - 1) * Math.log(m) - (px + q) * Math.log(gamma + x * m);
	}
	return total;
}

/**
 * Fits Gamma-Gamma to the repeat buyers of a summary by maximum likelihood (a generator, like the
 * other fits). Needs at least two repeat buyers with different averages.
 *
 * Source for the CDNOW check: Fader & Hardie 2013 (946 repeat buyers: p = 6.25, q = 3.74,
 * γ = 15.44).
 *
 * @example
 * runToEnd(fitGammaGamma(cdnowSummary)).params //=> { p: 6.2488, q: 3.7446, gamma: 15.4477 }
 */
export function* fitGammaGamma(summary: BtydSummary): Generator<MleProgress, GammaGammaFit, void> {
	requireSummary(summary);
	const data = repeatBuyers(summary);
	const n = data.frequency.length;
	const first = data.monetary[0];
	if (n < 2 || data.monetary.every((m) => m === first)) {
		throw new ModelInputError(
			'monetary',
			'custom',
			'needs two repeat buyers who spend differently'
		);
	}
	const mean = data.monetary.reduce((t, m) => t + m, 0) / n;
	return yield* fitMaximumLikelihood({
		names: ['p', 'q', 'gamma'] as const,
		start: [1, 2, mean],
		logLikelihood: ([p, q, gamma]) => gammaGammaLogLikelihood({ p: p!, q: q!, gamma: gamma! }, data)
	});
}
