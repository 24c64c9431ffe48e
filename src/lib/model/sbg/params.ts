/**
 * The two parameters of the shifted-beta-geometric (sBG) model and their validation.
 *
 * Each customer has a fixed chance θ of leaving at the end of every period (a coin flipped once a
 * period: stay or go). Customers differ: across the customer base θ follows a beta distribution
 * with shape parameters α and β. A small α/(α+β) means a loyal base on average; a small α + β means
 * customers differ a lot from one another, which is what makes retention rise with tenure.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", Journal of Interactive
 * Marketing 21(1), §2; code `alpha`, `beta` are the paper's α, β.
 */
import { requireRange } from '../errors';

/** The sBG model's shape parameters, both positive. */
export interface SbgParams {
	/** α > 0: the beta distribution's first shape parameter (pulls churn probabilities up). */
	readonly alpha: number;
	/** β > 0: the second shape parameter (pulls churn probabilities down). */
	readonly beta: number;
}

/**
 * Largest α or β accepted (1e8). Beyond it the model is, to every digit shown, the homogeneous
 * geometric model with churn α/(α+β); the fit stops at a smaller bound (see `fit.ts`).
 */
export const MAX_SHAPE = 1e8;

/** Longest horizon, in periods, a curve or a sum is computed over (100 years of months). */
export const MAX_HORIZON = 1200;

/** Throws `ModelInputError` (field `alpha` or `beta`) unless both are finite, > 0 and ≤ 1e8. */
export function requireParams(params: SbgParams): void {
	requireRange('alpha', params.alpha, 0, MAX_SHAPE, { exclusiveMin: true });
	requireRange('beta', params.beta, 0, MAX_SHAPE, { exclusiveMin: true });
}
