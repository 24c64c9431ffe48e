/**
 * How many customers should have made 0, 1, 2, … repeat purchases in the calibration period if the
 * model were right — the first check of a fitted model, against the actual histogram (Fader,
 * Hardie & Lee 2005, Figure 2).
 *
 * Each customer was watched for their own T, so the expected count with x repeat purchases is
 * Σᵢ P(X(Tᵢ) = x), summed over customers grouped by T.
 */
import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import { requireInteger, requireRange } from '../errors';
import type { BgNbdParams } from './bgnbd-fit';
import type { ParetoNbdParams } from './pareto-nbd-fit';
import { requireSummary, type BtydSummary } from './summary';
import { requireModel, type FittedTransactions } from './transaction-model';

/**
 * P(X(t) = x) under BG/NBD: the chance that a customer picked at random makes exactly x repeat
 * purchases in the first t time units (FHL 2005, eq. 8).
 *
 * Formula: B(a, b+x)/B(a, b) · Γ(r+x)/(Γ(r) x!) · (α/(α+t))^r (t/(α+t))^x
 *   + δ_{x>0} · B(a+1, b+x−1)/B(a, b) · [1 − (α/(α+t))^r Σ_{j<x} Γ(r+j)/(Γ(r) j!) (t/(α+t))^j].
 *
 * @example
 * bgnbdPmf(cdnowBgNbd, 38.86, 0) //=> ≈ 0.58 (about 1,400 of the 2,357 CDNOW customers)
 */
export function bgnbdPmf({ r, alpha, a, b }: BgNbdParams, t: number, x: number): number {
	const logP = Math.log(alpha / (alpha + t));
	const logQ = t > 0 ? Math.log(t / (alpha + t)) : -Infinity;
	const nbd = (j: number) =>
		Math.exp(gammaln(r + j) - gammaln(r) - gammaln(j + 1) + r * logP + (j > 0 ? j * logQ : 0));
	const alive = Math.exp(betaln(a, b + x) - betaln(a, b)) * nbd(x);
	if (x === 0) return alive;
	let below = 0;
	for (let j = 0; j < x; j++) below += nbd(j);
	const dropped = Math.exp(betaln(a + 1, b + x - 1) - betaln(a, b)) * Math.max(0, 1 - below);
	return alive + dropped;
}

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton on Pₙ; Press et al. 2007, §4.6). */
function legendre(n: number): { nodes: Float64Array; weights: Float64Array } {
	const nodes = new Float64Array(n);
	const weights = new Float64Array(n);
	for (let i = 0; i < Math.ceil(n / 2); i++) {
		let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
		let derivative = 0;
		for (let step = 0; step < 100; step++) {
			let p1 = 1;
			let p2 = 0;
			for (let j = 1; j <= n; j++) {
				const p3 = p2;
				p2 = p1;
				p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
			}
			derivative = (n * (z * p1 - p2)) / (z * z - 1);
			const previous = z;
			z = previous - p1 / derivative;
			if (Math.abs(z - previous) < 1e-15) break;
		}
		nodes[i] = -z;
		nodes[n - 1 - i] = z;
		weights[i] = weights[n - 1 - i] = 2 / ((1 - z * z) * derivative * derivative);
	}
	return { nodes, weights };
}

const GAUSS = legendre(64);

/**
 * P(X(t) = x) under Pareto/NBD: the customer is still alive at t and made x purchases
 * (NBD × (β/(β+t))^s), or left at some τ < t after making x purchases (SMC 1987, §3):
 *
 * Formula: Γ(r+x)/(Γ(r) x!) (α/(α+t))^r (t/(α+t))^x (β/(β+t))^s
 *   + ∫₀ᵗ (s/β)(β/(β+τ))^(s+1) · Γ(r+x)/(Γ(r) x!) (α/(α+τ))^r (τ/(α+τ))^x dτ,
 * the integral by 64-point Gauss–Legendre on [0, t] split at t/8 (the integrand is smooth: a
 * product of powers of τ, α+τ and β+τ).
 *
 * @example
 * paretoNbdPmf(cdnowPareto, 38.86, 0) //=> ≈ 0.58
 */
export function paretoNbdPmf({ r, alpha, s, beta }: ParetoNbdParams, t: number, x: number): number {
	const constant = gammaln(r + x) - gammaln(r) - gammaln(x + 1);
	const nbd = (tau: number) =>
		Math.exp(
			constant +
				r * Math.log(alpha / (alpha + tau)) +
				(x > 0 ? x * Math.log(tau / (alpha + tau)) : 0)
		);
	const alive = nbd(t) * Math.pow(beta / (beta + t), s);
	const integrand = (tau: number) => (s / beta) * Math.pow(beta / (beta + tau), s + 1) * nbd(tau);
	let left = 0;
	for (const [from, to] of [
		[0, t / 8],
		[t / 8, t]
	] as const) {
		const half = (to - from) / 2;
		for (let k = 0; k < GAUSS.nodes.length; k++) {
			left += GAUSS.weights[k]! * half * integrand(from + half * (1 + GAUSS.nodes[k]!));
		}
	}
	return alive + left;
}

/** Calibration histogram: customers with 0, 1, …, top−1 and ≥ top repeat purchases. */
export interface FrequencyHistogram {
	/** Lower edge of each bin (the last bin is "this many or more"). */
	readonly frequency: readonly number[];
	readonly actual: readonly number[];
	readonly expected: readonly number[];
}

/**
 * Actual and expected numbers of customers by repeat purchases in calibration.
 *
 * @example
 * frequencyHistogram(cdnowBgNbd, cdnowSummary, 7).expected[0] //=> ≈ 1,400 (actual 1,411)
 */
export function frequencyHistogram(
	model: FittedTransactions,
	summary: BtydSummary,
	top = 7
): FrequencyHistogram {
	requireModel(model);
	requireSummary(summary);
	requireInteger('top', top, 1, 100);
	const ages = new Map<number, number>();
	const actual = new Array<number>(top + 1).fill(0);
	for (let i = 0; i < summary.frequency.length; i++) {
		actual[Math.min(summary.frequency[i]!, top)]!++;
		ages.set(summary.age[i]!, (ages.get(summary.age[i]!) ?? 0) + 1);
	}
	const expected = new Array<number>(top + 1).fill(0);
	for (const [T, count] of ages) {
		requireRange('age', T, 0, 1e7);
		let below = 0;
		for (let x = 0; x < top; x++) {
			const p =
				model.kind === 'bgnbd' ? bgnbdPmf(model.params, T, x) : paretoNbdPmf(model.params, T, x);
			expected[x]! += count * p;
			below += p;
		}
		expected[top]! += count * Math.max(0, 1 - below);
	}
	return { frequency: Array.from({ length: top + 1 }, (_, x) => x), actual, expected };
}
