/**
 * Data and independent reference formulas shared by the sBG specs (test code only; not exported
 * from the index). The references use the beta function directly, as the papers write the model,
 * so they check the recursions in the code rather than repeat them.
 */
import betaln from '@stdlib/math-base-special-betaln';

/** Fader & Hardie (2007), Table 1: customers active at the start of years 0–12. */
export const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
export const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394];
/** Years 0–7: the calibration period. */
export const REGULAR_CALIBRATION = REGULAR.slice(0, 8);
export const HIGH_END_CALIBRATION = HIGH_END.slice(0, 8);

/** S(t) = B(α, β + t)/B(α, β) (Fader & Hardie 2007, eq. 5). */
export const survivalByBeta = (alpha: number, beta: number, t: number): number =>
	Math.exp(betaln(alpha, beta + t) - betaln(alpha, beta));

/** P(T = t) = B(α + 1, β + t − 1)/B(α, β) (eq. 4). */
export const churnByBeta = (alpha: number, beta: number, t: number): number =>
	Math.exp(betaln(alpha + 1, beta + t - 1) - betaln(alpha, beta));

/** Σ_{t=from}^{to} f(t). */
export function sumOver(from: number, to: number, f: (t: number) => number): number {
	let total = 0;
	for (let t = from; t <= to; t++) total += f(t);
	return total;
}

/**
 * One cohort's log-likelihood as Fader & Hardie (2007, eq. 7) write it:
 * Σ_t (n_{t−1} − n_t) ln P(T = t) + n_τ ln S(τ).
 */
export function cohortLogLikelihoodByBeta(alpha: number, beta: number, row: readonly number[]) {
	const tau = row.length - 1;
	const lost = sumOver(
		1,
		tau,
		(t) => (row[t - 1]! - row[t]!) * Math.log(churnByBeta(alpha, beta, t))
	);
	return lost + row[tau]! * Math.log(survivalByBeta(alpha, beta, tau));
}
