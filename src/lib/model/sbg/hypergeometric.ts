/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z), summed as its power series.
 *
 * ₂F₁(a, b; c; z) = Σ_{k≥0} (a)_k (b)_k / ((c)_k k!) · z^k, with (x)_k = x(x + 1)…(x + k − 1) the
 * rising factorial. Each term is the previous one times (a + k)(b + k)/((c + k)(k + 1))·z, so the
 * sum needs no gamma functions. The series converges for |z| < 1; Fader & Hardie's expected
 * discounted lifetimes use it at z = 1/(1 + d), which is below 1 for any positive discount rate d.
 *
 * The sum stops once the rest of the series is provably below 10⁻¹⁶ of the total: once the term
 * ratio moves monotonically towards z, the tail is at most |term|·q/(1 − q) with
 * q = max(|ratio|, |z|).
 *
 * Source: Abramowitz & Stegun, Handbook of Mathematical Functions (1964), 15.1.1; the sBG use is
 * Fader & Hardie (2010), "Customer-base valuation in a contractual setting", eqs. 6–7.
 */
import { ModelInputError, requireFinite, requireRange } from '../errors';

/** Terms summed at most (for z very close to 1 the series needs about 40/(1 − z) of them). */
export const MAX_SERIES_TERMS = 20_000_000;

/**
 * ₂F₁(a, b; c; z) for real a, b, c (c not 0, −1, −2, …) and −1 < z < 1.
 *
 * @example
 * hyp2f1(1, 1, 2, 0.5) //=> 1.3862943611198906 (= −ln(1 − z)/z = 2 ln 2)
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	requireFinite('a', a);
	requireFinite('b', b);
	requireFinite('c', c);
	requireRange('z', z, -1, 1, { exclusiveMin: true, exclusiveMax: true });
	if (c <= 0 && Number.isInteger(c))
		throw new ModelInputError('c', 'custom', 'must not be 0 or a negative whole number');
	let term = 1;
	let total = 1;
	// With a = 1 (or b = 1) and c > 0 the ratio (b + k)/(c + k)·z is monotone in k from the start,
	// so the tail bound holds at once; otherwise wait until k is past every parameter.
	const settled = (a === 1 || b === 1) && c > 0 ? 0 : Math.abs(a) + Math.abs(b) + Math.abs(c) + 1;
	for (let k = 0; k < MAX_SERIES_TERMS; k++) {
		const ratio = (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
		term *= ratio;
		total += term;
		if (term === 0) return total;
		if (k > settled) {
			const q = Math.max(Math.abs(ratio), Math.abs(z));
			if ((Math.abs(term) * q) / (1 - q) <= 1e-16 * Math.abs(total)) return total;
		}
	}
	throw new ModelInputError('z', 'custom', 'too close to 1 for the series to converge');
}
