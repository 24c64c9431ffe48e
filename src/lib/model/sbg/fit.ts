/**
 * Fitting the sBG model to a cohort table by maximum likelihood, with standard errors.
 *
 * The parameters are searched on the log scale, u = ln α and v = ln β, so that both stay positive
 * and the surface is closer to a quadratic; `maximize` (damped Newton) climbs the analytic
 * log-likelihood of `likelihood.ts`. On the log scale the gradient is (α·∂LL/∂α, β·∂LL/∂β) and the
 * Hessian is J·H·J + diag(gradient) with J = diag(α, β).
 *
 * Standard errors come from the observed information, the negative Hessian of LL at the maximum in
 * the (α, β) coordinates: Cov = (−H)⁻¹, SE = √diag(Cov) (Fader & Hardie 2007 report none; this is
 * the textbook asymptotic result, e.g. Cameron & Trivedi, Microeconometrics, §5.5). The 95%
 * intervals are taken on the log scale, exp(ln α ± 1.96·SE_α/α), so they never include 0.
 *
 * When customers do not differ (everyone has the same churn probability) the likelihood keeps
 * rising, ever more slowly, as α and β grow together with α/(α + β) fixed; the search stops on that
 * ridge (at the latest at α or β = 10⁶), where the model equals the constant-churn one to many
 * digits. The fit then says `homogeneous` and gives no standard errors: only α/(α + β) is
 * determined. A standard error above 100 times its estimate is likewise withheld.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", §3 and eq. 7.
 */
import { add, v, type Step } from '../expr';
import { requireCohorts, riskSets, type CohortCounts, type RiskSets } from './cohorts';
import { logLikelihood, logLikelihoodDerivatives } from './likelihood';
import { maximize, type Evaluation } from './optimize';

/** The search box for α and β. */
export const FIT_BOUNDS = { min: 1e-6, max: 1e6 } as const;

/** α + β above which customers are reported as alike (see `homogeneous`). */
export const HOMOGENEOUS_SHAPE = 1e4;

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** Why a table cannot be fitted. */
export type UnfitReason =
	/** No cohort has an observation after age 0 in the calibration periods. */
	| 'no-periods'
	/** Nobody was lost in any calibration period: churn looks like 0. */
	| 'no-losses'
	/** Nobody renewed even once: churn looks like 1. */
	| 'no-renewals';

export interface Estimate {
	readonly value: number;
	/** Standard error, or null at a bound or when the information matrix is not invertible. */
	readonly standardError: number | null;
	/** 95% interval on the log scale, or null with the standard error. */
	readonly interval: readonly [number, number] | null;
}

export interface SbgFitted {
	readonly kind: 'fitted';
	readonly alpha: Estimate;
	readonly beta: Estimate;
	/** LL at the maximum (Fader & Hardie's convention: no binomial coefficients). */
	readonly logLikelihood: number;
	/** (−H)⁻¹ in (α, β), or null when either standard error is. */
	readonly covariance: readonly [readonly [number, number], readonly [number, number]] | null;
	/** Per parameter: −1 stopped at 10⁻⁶, 1 stopped at 10⁶, 0 a proper maximum. */
	readonly atBound: { readonly alpha: -1 | 0 | 1; readonly beta: -1 | 0 | 1 };
	/**
	 * True when the data show no difference between customers: α + β > 10⁴ (polarization below
	 * 10⁻⁴), where only α/(α + β), the churn rate, is determined and the model is constant churn.
	 */
	readonly homogeneous: boolean;
	readonly converged: boolean;
	readonly iterations: number;
	/** Periods held back from the fit (the last ones of every cohort). */
	readonly holdout: number;
	/** Calibration periods T: the longest run of renewal decisions used. */
	readonly periods: number;
	readonly riskSets: RiskSets;
	/** 'sbg.logLikelihood' (Σ ℓ_t) and 'sbg.customerPeriods' (Σ N_t, renewal decisions seen). */
	readonly steps: readonly Step[];
}

export type SbgFit =
	SbgFitted | { readonly kind: 'unfit'; readonly reason: UnfitReason; readonly riskSets: RiskSets };

/** The objective on the log scale. */
function logScale(sets: RiskSets) {
	return ([u, w]: readonly number[]): Evaluation => {
		const alpha = Math.exp(u!);
		const beta = Math.exp(w!);
		const { value, gradient, hessian } = logLikelihoodDerivatives(alpha, beta, sets);
		const [ga, gb] = gradient;
		return {
			value,
			gradient: [alpha * ga, beta * gb],
			hessian: [
				[alpha * alpha * hessian[0][0] + alpha * ga, alpha * beta * hessian[0][1]],
				[alpha * beta * hessian[0][1], beta * beta * hessian[1][1] + beta * gb]
			]
		};
	};
}

/** Covariance (−H)⁻¹ at (α, β), or null if −H is not positive definite. */
function covarianceAt(alpha: number, beta: number, sets: RiskSets): SbgFitted['covariance'] {
	const [[haa, hab], [, hbb]] = logLikelihoodDerivatives(alpha, beta, sets).hessian;
	const det = haa * hbb - hab * hab;
	if (!(-haa > 0) || !(det > 0) || !Number.isFinite(det)) return null;
	return [
		[-hbb / det, hab / det],
		[hab / det, -haa / det]
	];
}

/** Relative standard error above which a parameter is reported as not identified (no SE). */
const MAX_RELATIVE_ERROR = 100;

function estimate(value: number, variance: number | null): Estimate {
	const none = { value, standardError: null, interval: null };
	if (variance === null || !(variance > 0) || !Number.isFinite(variance)) return none;
	const standardError = Math.sqrt(variance);
	if (standardError > MAX_RELATIVE_ERROR * value) return none;
	const spread = Math.exp((Z95 * standardError) / value);
	return { value, standardError, interval: [value / spread, value * spread] };
}

/** The reason a table cannot be fitted, if any. */
function unfitReason(sets: RiskSets): UnfitReason | null {
	if (sets.atRisk.length === 0) return 'no-periods';
	if (sets.atRisk.every((n, k) => n === sets.survived[k])) return 'no-losses';
	if (sets.survived.every((n) => n === 0)) return 'no-renewals';
	return null;
}

/** Grid of ln α and ln β values tried before the climb (α, β from 0.018 to 148). */
const START_GRID = [-4, -2.5, -1, 0.5, 2, 3.5, 5];

/**
 * A starting point on the log scale: the best of a coarse grid, so that Newton's method starts
 * on the right slope of the ridge the likelihood often has (α and β rising together).
 */
function startingPoint(sets: RiskSets): [number, number] {
	let best: [number, number] = [0, 0];
	let bestValue = -Infinity;
	for (const u of START_GRID)
		for (const w of START_GRID) {
			const value = logLikelihoodDerivatives(Math.exp(u), Math.exp(w), sets).value;
			if (value > bestValue) {
				bestValue = value;
				best = [u, w];
			}
		}
	return best;
}

/**
 * Fits α and β to a cohort table by maximum likelihood, every cohort right-censored at its age.
 *
 * @example
 * const fit = fitSbg([[1000, 631, 468, 382, 326, 289, 262, 241]]);
 * fit.kind === 'fitted' && [fit.alpha.value, fit.beta.value, fit.logLikelihood]
 * //=> [0.7041…, 1.1820…, −1680.27…] (Fader & Hardie 2007, the "regular" customers)
 */
export function fitSbg(counts: CohortCounts, options: { readonly holdout?: number } = {}): SbgFit {
	requireCohorts(counts);
	const holdout = options.holdout ?? 0;
	const sets = riskSets(counts, holdout);
	const reason = unfitReason(sets);
	if (reason) return { kind: 'unfit', reason, riskSets: sets };
	const customers = sets.atRisk.reduce((sum, n) => sum + n, 0);
	const lo = Math.log(FIT_BOUNDS.min);
	const hi = Math.log(FIT_BOUNDS.max);
	const best = maximize(logScale(sets), startingPoint(sets), {
		lower: [lo, lo],
		upper: [hi, hi],
		gradientTolerance: 1e-10 * Math.max(1, customers)
	});
	const alpha = Math.exp(best.x[0]!);
	const beta = Math.exp(best.x[1]!);
	const interior = best.bound.every((b) => b === 0);
	const covariance = interior ? covarianceAt(alpha, beta, sets) : null;
	const ll = logLikelihood({ alpha, beta }, sets);
	const atRiskParts = sets.atRisk.map((n, k) => v(`N_${k + 1}`, n, 'count'));
	const customersStep: Step = {
		id: 'sbg.customerPeriods',
		formula: atRiskParts.length === 1 ? atRiskParts[0]! : add(...atRiskParts),
		value: customers
	};
	const alphaEstimate = estimate(alpha, covariance ? covariance[0][0] : null);
	const betaEstimate = estimate(beta, covariance ? covariance[1][1] : null);
	const identified = alphaEstimate.standardError !== null && betaEstimate.standardError !== null;
	return {
		kind: 'fitted',
		alpha: alphaEstimate,
		beta: betaEstimate,
		logLikelihood: ll.value,
		covariance: identified ? covariance : null,
		atBound: { alpha: best.bound[0]!, beta: best.bound[1]! },
		homogeneous: alpha + beta > HOMOGENEOUS_SHAPE,
		converged: best.converged,
		iterations: best.iterations,
		holdout,
		periods: sets.atRisk.length,
		riskSets: sets,
		steps: [...ll.steps, customersStep]
	};
}
