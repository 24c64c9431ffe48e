/**
 * Root finding by bisection, for break-even questions that have no closed form.
 */

/**
 * Finds x in [lo, hi] with f(x) = 0 for a continuous f with f(lo) < 0 ≤ f(hi), by halving the
 * bracket until it is narrower than `tolerance` (at most 200 halvings). Returns the upper end of
 * the final bracket, so f(result) ≥ 0 up to rounding: "the smallest x that is enough".
 *
 * Bisection is slow but cannot fail on a bracketed monotone function, which is what the break-even
 * questions here are (Burden & Faires, Numerical Analysis, §2.1).
 *
 * @example
 * bisect((x) => x * x - 2, 0, 2) //=> 1.41421356237…
 */
export function bisect(
	f: (x: number) => number,
	lo: number,
	hi: number,
	tolerance = 1e-12
): number {
	let low = lo;
	let high = hi;
	for (let i = 0; i < 200 && high - low > tolerance; i++) {
		const mid = (low + high) / 2;
		if (f(mid) < 0) low = mid;
		else high = mid;
	}
	return high;
}
