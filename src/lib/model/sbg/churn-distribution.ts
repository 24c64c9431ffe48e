/**
 * How churn probabilities are spread across customers under a fitted sBG model.
 *
 * Each customer's churn probability θ (the chance of leaving at any one renewal) is drawn from a
 * beta(α, β) distribution:
 *
 * - mean E[θ] = α/(α + β): the churn rate of a new cohort's first period;
 * - standard deviation √(αβ/((α + β)²(α + β + 1))): how much customers differ;
 * - polarization φ = 1/(α + β + 1), between 0 (everyone alike: constant churn is then exact) and 1
 *   (every customer either stays for ever or leaves at once);
 * - density f(θ) = θ^(α−1)(1 − θ)^(β−1)/B(α, β), drawn as a curve. With α < 1 it rises without
 *   bound near θ = 0 (a core of customers who almost never leave), with β < 1 near θ = 1.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", §2 and Figure 4 (the fitted
 * beta densities); the polarization index φ of a beta distribution is Sabavala & Morrison (1977),
 * "A model of TV show loyalty", Journal of Advertising Research 17(6). The standard error of the
 * mean follows from the delta method.
 */
import betaln from '@stdlib/math-base-special-betaln';
import { requireInteger } from '../errors';
import { add, c, div, mul, paren, pow, v, type Step } from '../expr';
import { requireParams, type SbgParams } from './params';

export interface ChurnDistribution {
	/** E[θ] = α/(α + β). */
	readonly mean: number;
	/** Delta-method standard error of the mean, when a covariance of (α, β) is given. */
	readonly meanStandardError: number | null;
	/** SD[θ]. */
	readonly standardDeviation: number;
	/** φ = 1/(α + β + 1). */
	readonly polarization: number;
	/** θ at the middle of `points` equal slices of (0, 1), with the density there. */
	readonly density: readonly { readonly churn: number; readonly density: number }[];
	/** 'sbg.meanChurn', 'sbg.churnSpread', 'sbg.polarization'. */
	readonly steps: readonly Step[];
}

/**
 * The beta distribution of churn probabilities: its mean, spread and density points for a chart.
 *
 * @example
 * churnDistribution({ alpha: 0.7041, beta: 1.182 }).mean //=> 0.3733… (0.7041/1.8861)
 */
export function churnDistribution(
	params: SbgParams,
	options: {
		readonly points?: number;
		readonly covariance?: readonly (readonly number[])[] | null;
	} = {}
): ChurnDistribution {
	requireParams(params);
	const points = options.points ?? 99;
	requireInteger('points', points, 2, 10_000);
	const { alpha, beta } = params;
	const total = alpha + beta;
	const mean = alpha / total;
	const variance = (alpha * beta) / (total * total * (total + 1));
	const standardDeviation = Math.sqrt(variance);
	const polarization = 1 / (total + 1);
	const logNorm = betaln(alpha, beta);
	const density = Array.from({ length: points }, (_, i) => {
		const churn = (i + 0.5) / points;
		const log = (alpha - 1) * Math.log(churn) + (beta - 1) * Math.log1p(-churn) - logNorm;
		return { churn, density: Math.exp(log) };
	});
	const a = v('α', alpha);
	const b = v('β', beta);
	const sumAB = paren(add(a, b));
	const steps: Step[] = [
		{ id: 'sbg.meanChurn', formula: div(a, add(a, b)), value: mean },
		{
			id: 'sbg.churnSpread',
			formula: pow(div(mul(a, b), mul(pow(sumAB, c(2)), paren(add(a, b, c(1))))), c(0.5)),
			value: standardDeviation
		},
		{ id: 'sbg.polarization', formula: div(c(1), add(a, b, c(1))), value: polarization }
	];
	return {
		mean,
		meanStandardError: meanError(params, options.covariance ?? null),
		standardDeviation,
		polarization,
		density,
		steps
	};
}

/** √(gᵀ·Cov·g) with g = ∂E[θ]/∂(α, β) = (β, −α)/(α + β)². */
function meanError(
	{ alpha, beta }: SbgParams,
	covariance: readonly (readonly number[])[] | null
): number | null {
	if (!covariance) return null;
	const scale = 1 / ((alpha + beta) * (alpha + beta));
	const ga = beta * scale;
	const gb = -alpha * scale;
	const [[vaa, vab], [, vbb]] = covariance as [[number, number], [number, number]];
	const variance = ga * ga * vaa + 2 * ga * gb * vab + gb * gb * vbb;
	return variance > 0 && Number.isFinite(variance) ? Math.sqrt(variance) : null;
}
