/**
 * The sBG log-likelihood of a cohort table, with its first and second derivatives.
 *
 * A customer lost in period t contributes ln P(T = t); a customer still active at the cohort's last
 * observed age τ is right-censored and contributes ln S(τ) (we only know T > τ). Fader & Hardie
 * (2007, eq. 7) write, for one cohort, LL = Σ_{t=1..τ} (n_{t−1} − n_t)·ln P(T = t) + n_τ·ln S(τ).
 * Because P(T = t) = S(t − 1)(1 − r_t) and S(τ) = Π r_t, the same sum regroups period by period:
 *
 *   LL(α, β) = Σ_t [ A_t·ln r_t + D_t·ln(1 − r_t) ]
 *            = Σ_t [ A_t·ln(β + t − 1) + D_t·ln α − N_t·ln(α + β + t − 1) ],
 *
 * with N_t at risk, A_t renewing and D_t = N_t − A_t lost in period t, summed over every cohort old
 * enough (see `riskSets`). That form pools cohorts of any age and costs one pass over the periods,
 * whatever the number of cohorts. The derivatives follow term by term, with s_t = α + β + t − 1:
 *
 *   ∂LL/∂α = Σ D_t/α − N_t/s_t            ∂LL/∂β = Σ A_t/(β + t − 1) − N_t/s_t
 *   ∂²LL/∂α² = Σ −D_t/α² + N_t/s_t²       ∂²LL/∂β² = Σ −A_t/(β + t − 1)² + N_t/s_t²
 *   ∂²LL/∂α∂β = Σ N_t/s_t²
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", eq. 7; the regrouping is the
 * usual product-of-conditional-binomials form of a right-censored discrete survival likelihood.
 */
import { add, c, v, type Step } from '../expr';
import type { RiskSets } from './cohorts';
import { requireParams, type SbgParams } from './params';
import { retentionAt } from './survival';

/** LL with its gradient (∂/∂α, ∂/∂β) and Hessian, in the (α, β) coordinates. */
export interface LikelihoodDerivatives {
	readonly value: number;
	readonly gradient: readonly [number, number];
	readonly hessian: readonly [readonly [number, number], readonly [number, number]];
}

/** One period's share of the log-likelihood, for a table the UI can show. */
export interface LikelihoodTerm {
	/** t = 1, 2, …: the renewal decision at the end of period t. */
	readonly period: number;
	readonly atRisk: number;
	readonly survived: number;
	readonly lost: number;
	/** r_t under the parameters. */
	readonly retention: number;
	/** A_t·ln r_t + D_t·ln(1 − r_t). */
	readonly contribution: number;
}

/** n·ln x with the convention 0·ln 0 = 0 (a period nobody was lost in adds nothing for D_t). */
const xlogy = (n: number, x: number): number => (n === 0 ? 0 : n * Math.log(x));

/**
 * LL and its analytic derivatives at (α, β). No validation: the optimiser's inner loop.
 *
 * @example
 * logLikelihoodDerivatives(0.7041, 1.182, riskSets([[1000, 631, 468, 382, 326, 289, 262, 241]])).value
 * //=> −1680.265… (Fader & Hardie 2007: −1680.27)
 */
export function logLikelihoodDerivatives(
	alpha: number,
	beta: number,
	sets: RiskSets
): LikelihoodDerivatives {
	let value = 0;
	let ga = 0;
	let gb = 0;
	let haa = 0;
	let hbb = 0;
	let hab = 0;
	for (let k = 0; k < sets.atRisk.length; k++) {
		const atRisk = sets.atRisk[k]!;
		const survived = sets.survived[k]!;
		const lost = atRisk - survived;
		const renewing = beta + k;
		const total = alpha + beta + k;
		value += xlogy(survived, renewing) + xlogy(lost, alpha) - xlogy(atRisk, total);
		const inverse = atRisk / total;
		const inverseSquared = inverse / total;
		ga += lost / alpha - inverse;
		gb += survived / renewing - inverse;
		haa += -lost / (alpha * alpha) + inverseSquared;
		hbb += -survived / (renewing * renewing) + inverseSquared;
		hab += inverseSquared;
	}
	return {
		value,
		gradient: [ga, gb],
		hessian: [
			[haa, hab],
			[hab, hbb]
		]
	};
}

/**
 * The log-likelihood of the risk sets under (α, β), its per-period terms, and the step
 * 'sbg.logLikelihood' that adds them up (ℓ_t = A_t·ln r_t + D_t·ln(1 − r_t)).
 *
 * @example
 * logLikelihood({ alpha: 1, beta: 1 }, { atRisk: [2], survived: [1] }).value
 * //=> −1.386… (2·ln ½)
 */
export function logLikelihood(
	params: SbgParams,
	sets: RiskSets
): { readonly value: number; readonly terms: readonly LikelihoodTerm[]; readonly steps: Step[] } {
	requireParams(params);
	const terms = sets.atRisk.map((atRisk, k): LikelihoodTerm => {
		const survived = sets.survived[k]!;
		const retention = retentionAt(params.alpha, params.beta, k + 1);
		const lost = atRisk - survived;
		const churn = params.alpha / (params.alpha + params.beta + k);
		const contribution = xlogy(survived, retention) + xlogy(lost, churn);
		return { period: k + 1, atRisk, survived, lost, retention, contribution };
	});
	const value = terms.reduce((sum, term) => sum + term.contribution, 0);
	const parts = terms.map((term) => v(`ℓ_${term.period}`, term.contribution));
	const formula = parts.length === 0 ? c(0) : parts.length === 1 ? parts[0]! : add(...parts);
	return { value, terms, steps: [{ id: 'sbg.logLikelihood', formula, value }] };
}
