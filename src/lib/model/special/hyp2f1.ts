/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and −1 < z < 1 — the special
 * function behind the BG/NBD expectations and the Pareto/NBD likelihood, and behind the sBG's
 * discounted expected lifetime (Fader & Hardie 2010, "Customer-base valuation in a contractual
 * setting", eqs. 6–7, at z = 1/(1 + d)). One implementation for every model of the site.
 *
 * ₂F₁(a, b; c; z) = Σₙ (a)ₙ (b)ₙ / ((c)ₙ n!) zⁿ, with (a)ₙ = a(a+1)…(a+n−1) the rising factorial
 * (Abramowitz & Stegun 1964, 15.1.1; DLMF 15.2.1). The series converges for |z| < 1; how fast
 * depends on z and on the parameters, so exact identities choose a good form first:
 *
 * - **Pfaff's transformation** (DLMF 15.8.1) for z < 0: ₂F₁(a, b; c; z) =
 *   (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)), whose argument lies in (0, ½): no alternating series.
 * - **Euler's transformation** (DLMF 15.8.1): ₂F₁(a, b; c; z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z).
 *   The terms of a series behave like n^(a+b−c−1) zⁿ, so when a + b − c > 0 and Euler's form has
 *   small or positive parameters (then little cancels in it) we sum that form, whose
 *   terms shrink at least as fast as zⁿ from the start instead of first growing (in the Pareto/NBD
 *   likelihood b = r + x, and a customer with x = 1000 purchases would overflow).
 * - **The 1 − z connection formula** (DLMF 15.8.4, A&S 15.3.6), for z close to 1 when c − a − b is
 *   not close to an integer and the parameters are moderate: two series in 1 − z, which converge in
 *   a few dozen terms where the series in z needs thousands.
 * - Otherwise the (Euler-transformed) series in z is summed to full precision, up to
 *   {@link HYP2F1_MAX_TERMS} terms; past that the unchecked forms return NaN ("no value") and the
 *   checked {@link hyp2f1} sums up to {@link HYP2F1_LONG_TERMS} before refusing z as too close to 1.
 *   When one of its upper parameters is 1 — always so for the Pareto/NBD likelihood, whose
 *   ₂F₁(k, b; k+1; z) Euler turns into (1−z)^(1−b) ₂F₁(1, k+1−b; k+1; z), and for the sBG's
 *   ₂F₁(1, β; α+β; z) — and z > 0.5, Gauss's continued fraction replaces the series: tens of steps
 *   instead of hundreds near z = 1.
 *
 * Accuracy: better than 1e-11 relative against mpmath (30 digits) on the grid in the tests, including
 * z = 0.999, parameters in the hundreds and c − a − b an exact integer; 1e-12 against the closed
 * forms of A&S 15.1.3, 15.1.6 and 15.1.8 for negative z.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { ModelInputError, requireFinite, requireRange } from '../errors';

/** Terms summed at most before giving up (enough for z = 0.9999 with modest parameters). */
export const HYP2F1_MAX_TERMS = 200_000;
/**
 * Terms the checked {@link hyp2f1} sums at most where the fast forms give up (about 40/(1 − z) are
 * needed: z = 1/(1 + 10⁻⁶), a discount rate of 0.0001% per period, still converges).
 */
export const HYP2F1_LONG_TERMS = 50_000_000;

const EPSILON = 1e-16;
/** Above this z the connection formula is tried. */
const NEAR_ONE = 0.9;
/** c − a − b closer than this to an integer makes the connection formula cancel: sum in z instead. */
const INTEGER_GAP = 0.05;
/** Above this z a series with a = 1 is summed as a continued fraction. */
const FRACTION_ABOVE = 0.5;

/** 1/Γ(x) with its sign, as [log|1/Γ(x)|, sign]; sign 0 at the poles x = 0, −1, −2, … */
function reciprocalGamma(x: number): [number, number] {
	if (x <= 0 && Number.isInteger(x)) return [-Infinity, 0];
	const sign = x > 0 || Math.floor(x) % 2 === 0 ? 1 : -1;
	return [-gammaln(x), sign];
}

/**
 * The plain series Σ tₙ, stopped when the next terms cannot change the sum: |tₙ| ρ/(1−ρ) ≤ ε|sum|,
 * with ρ the larger of the current term ratio and z (the ratios tend to z). NaN if not converged
 * within `maxTerms` terms.
 */
export function hyp2f1Series(
	a: number,
	b: number,
	c: number,
	z: number,
	maxTerms = HYP2F1_MAX_TERMS
): number {
	let term = 1;
	let total = 1;
	for (let n = 0; n < maxTerms; n++) {
		term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
		total += term;
		if (term === 0) return total;
		if (Math.abs(term) <= EPSILON * Math.abs(total)) {
			const next = Math.abs((((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * z);
			const ratio = Math.max(next, Math.abs(z));
			if (ratio < 1 && (Math.abs(term) * ratio) / (1 - ratio) <= EPSILON * Math.abs(total)) {
				return total;
			}
		}
	}
	return NaN;
}

/**
 * ₂F₁(1, b; c; z) by Gauss's continued fraction (DLMF 15.7.5 with a = b, b = 0), evaluated with the
 * modified Lentz method (Press et al. 2007, Numerical Recipes §5.2). Near z = 1 it converges in tens
 * of steps where the series needs hundreds: each step gains about ((1 − √(1−z))/(1 + √(1−z)))².
 * NaN if not converged.
 *
 * Formula: ₂F₁(1, b; c; z) = 1/(1 − k₁z/(1 − k₂z/(1 − …))) with
 * k₂ₙ₊₁ = (b+n)(c−1+n)/((c−1+2n)(c+2n)), k₂ₙ₊₂ = (n+1)(c−b+n)/((c+2n)(c+2n+1)).
 */
export function hyp2f1OneFraction(b: number, c: number, z: number): number {
	const tiny = 1e-300;
	// f = 1/(1 + a₂/(1 + a₃/(1 + …))) with a_{j+1} = −k_j z, by modified Lentz
	let f = 1;
	let C = 1;
	let D = 0;
	for (let j = 1; j <= 20_000; j++) {
		const n = Math.floor((j - 1) / 2);
		const k =
			j % 2 === 1
				? ((b + n) * (c - 1 + n)) / ((c - 1 + 2 * n) * (c + 2 * n))
				: ((n + 1) * (c - b + n)) / ((c + 2 * n) * (c + 2 * n + 1));
		const a = -k * z;
		D = 1 + a * D;
		if (Math.abs(D) < tiny) D = tiny;
		C = 1 + a / C;
		if (Math.abs(C) < tiny) C = tiny;
		D = 1 / D;
		const delta = C * D;
		f *= delta;
		if (Math.abs(delta - 1) < EPSILON) return 1 / f;
	}
	return NaN;
}

/**
 * Sums Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, by the continued fraction when a or b is 1, the other below c (as
 * in the Pareto/NBD likelihood; there the fraction agrees with the series to 1e-13, while with the
 * other above c it can lose a few more digits) and z is large.
 */
function sum(a: number, b: number, c: number, z: number): number {
	if (z > FRACTION_ABOVE && c > 1) {
		if (a === 1 && c > b) return hyp2f1OneFraction(b, c, z);
		if (b === 1 && c > a) return hyp2f1OneFraction(a, c, z);
	}
	return hyp2f1Series(a, b, c, z);
}

/** DLMF 15.8.4: ₂F₁ as two series in 1 − z; requires c − a − b not an integer. */
function connection(a: number, b: number, c: number, z: number): number {
	const w = 1 - z;
	const gap = c - a - b;
	const [lc, sc] = [gammaln(c), c > 0 || Math.floor(c) % 2 === 0 ? 1 : -1];
	const [lGap, sGap] = reciprocalGamma(gap);
	const [lNegGap, sNegGap] = reciprocalGamma(-gap);
	const [lca, sca] = reciprocalGamma(c - a);
	const [lcb, scb] = reciprocalGamma(c - b);
	const [la, sa] = reciprocalGamma(a);
	const [lb, sb] = reciprocalGamma(b);
	// Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)) and Γ(c)Γ(a+b−c)/(Γ(a)Γ(b)); Γ(g) = 1/(1/Γ(g))
	const first = sca * scb === 0 ? 0 : sc * sGap * sca * scb * Math.exp(lc - lGap + lca + lcb);
	const second =
		sa * sb === 0
			? 0
			: sc * sNegGap * sa * sb * Math.exp(lc - lNegGap + la + lb + gap * Math.log(w));
	const s1 = first === 0 ? 0 : hyp2f1Series(a, b, 1 - gap, w);
	const s2 = second === 0 ? 0 : hyp2f1Series(c - a, c - b, 1 + gap, w);
	return first * s1 + second * s2;
}

/** Whether the connection formula is safe: gap away from integers, series in 1 − z short. */
function connectionSafe(a: number, b: number, c: number, z: number): boolean {
	const gap = c - a - b;
	if (Math.abs(gap - Math.round(gap)) < INTEGER_GAP) return false;
	const size = Math.max(Math.abs(a), Math.abs(b), Math.abs(c - a), Math.abs(c - b), 1);
	return size * (1 - z) < 0.5 && Math.abs(c) < 50;
}

/**
 * Whether Euler's form sums better: its terms shrink sooner (a + b − c > 0), and little cancels in
 * it — its parameters are above −2 (the terms change sign at most twice, early), or the first
 * terms are small anyway (|(c−a)(c−b)| < c).
 * (Only this form can represent ₂F₁ past 1e308 in logarithms: (1−z)^(c−a−b) carries the size.)
 */
const eulerBetter = (a: number, b: number, c: number) =>
	a + b - c > 0 && c > 0 && ((c - a > -2 && c - b > -2) || Math.abs((c - a) * (c - b)) < c);

/**
 * ₂F₁(a, b; c; z) without input checks, for hot loops (a likelihood evaluated 10⁵ times per step).
 * Same contract as {@link hyp2f1}; returns NaN where the series does not converge in time.
 */
export function hyp2f1Unchecked(a: number, b: number, c: number, z: number): number {
	if (z === 0) return 1;
	if (z < 0) return Math.pow(1 - z, -a) * hyp2f1Unchecked(a, c - b, c, z / (z - 1));
	if (z > NEAR_ONE && connectionSafe(a, b, c, z)) return connection(a, b, c, z);
	if (eulerBetter(a, b, c)) return Math.pow(1 - z, c - a - b) * sum(c - a, c - b, c, z);
	return sum(a, b, c, z);
}

/**
 * ln ₂F₁(a, b; c; z) for a positive value, without input checks: the Euler form's factor
 * (1−z)^(c−a−b) is added as a logarithm, so values past 1e308 (a Pareto/NBD customer with a
 * thousand purchases) stay finite. NaN where ₂F₁ ≤ 0 or the series does not converge.
 */
export function logHyp2f1Unchecked(a: number, b: number, c: number, z: number): number {
	if (z === 0) return 0;
	if (z < 0) return -a * Math.log1p(-z) + logHyp2f1Unchecked(a, c - b, c, z / (z - 1));
	if (z > NEAR_ONE && connectionSafe(a, b, c, z)) return Math.log(connection(a, b, c, z));
	if (eulerBetter(a, b, c)) {
		return (c - a - b) * Math.log1p(-z) + Math.log(sum(c - a, c - b, c, z));
	}
	return Math.log(sum(a, b, c, z));
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real a, b, c and −1 < z < 1.
 *
 * Formula: Σₙ≥₀ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ (A&S 15.1.1), summed in the best of the exact forms of the
 * module comment. c must not be 0, −1, −2, … (the series has no value there); a z so close to 1
 * that even {@link HYP2F1_LONG_TERMS} terms do not settle the sum is refused.
 * Code → symbols: a, b, c, z as in DLMF chapter 15.
 *
 * @example
 * hyp2f1(1, 1, 2, 0.5) //=> 1.3862943611198906 (= −ln(1 − z)/z = 2 ln 2)
 * hyp2f1(1, 1, 2, -0.5) //=> 0.8109302162163288 (= ln 1.5 / 0.5)
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	requireFinite('a', a);
	requireFinite('b', b);
	requireFinite('c', c);
	requireRange('z', z, -1, 1, { exclusiveMin: true, exclusiveMax: true });
	if (c <= 0 && Number.isInteger(c)) {
		throw new ModelInputError('c', 'custom', 'must not be 0 or a negative whole number');
	}
	const value = hyp2f1Unchecked(a, b, c, z);
	if (!Number.isNaN(value)) return value;
	// the fast forms gave up: sum the best-behaved series for as long as it takes
	const long =
		z > 0 && eulerBetter(a, b, c)
			? Math.pow(1 - z, c - a - b) * hyp2f1Series(c - a, c - b, c, z, HYP2F1_LONG_TERMS)
			: hyp2f1Series(a, b, c, z, HYP2F1_LONG_TERMS);
	if (Number.isNaN(long)) {
		throw new ModelInputError('z', 'custom', 'too close to 1 for the series to converge');
	}
	return long;
}

/**
 * q^e · ₂F₁(a, b; c; z) computed as exp(e ln q + ln ₂F₁), so that a huge ₂F₁ times a tiny power
 * (BG/NBD's E[Y(t)] for a frequent buyer over a long horizon) neither overflows nor underflows;
 * falls back to the direct product where ₂F₁ ≤ 0. Unchecked.
 */
export function powTimesHyp2f1(
	logQ: number,
	exponent: number,
	a: number,
	b: number,
	c: number,
	z: number
): number {
	const logF = logHyp2f1Unchecked(a, b, c, z);
	if (!Number.isNaN(logF)) return Math.exp(exponent * logQ + logF);
	return Math.exp(exponent * logQ) * hyp2f1Unchecked(a, b, c, z);
}
