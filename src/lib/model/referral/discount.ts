/**
 * Discount factors, computed once per projection.
 */

/**
 * The present value of 1 received in period t, for t = 0 … horizon − 1:
 *
 *   D_t = 1 / (1 + d)^t   (d per period; period 0 is now and is not discounted)
 *
 * the start-of-period convention of Fader & Hardie (2012) (first cash flow at t = 0).
 *
 * @example
 * discountFactors(0.1, 3) //=> Float64Array [1, 0.9090909090909091, 0.8264462809917354]
 */
export function discountFactors(rate: number, horizon: number): Float64Array {
	const factors = new Float64Array(horizon);
	for (let t = 0; t < horizon; t++) factors[t] = 1 / Math.pow(1 + rate, t);
	return factors;
}
