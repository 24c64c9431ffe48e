/**
 * Quantiles of a sorted sample, for the Monte-Carlo bands of the lifecycle and referral simulations.
 */

/**
 * The p-quantile of an ascending sample by linear interpolation between order statistics (Hyndman,
 * R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. *The American Statistician*
 * 50(4), 361–365, definition 7; the default of R, NumPy and spreadsheet PERCENTILE): with
 * h = (n − 1)·p, the value x₍⌊h⌋₎ plus the fraction h − ⌊h⌋ of the step to the next one.
 *
 * An empty sample has no quantiles: it throws `RangeError`, as does p outside 0 … 1, since either
 * means the caller has a bug (a simulation decides itself what to show before its first run).
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5) //=> 2.5
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.1) //=> 1.3
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) throw new RangeError('quantile of an empty sample');
	if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be between 0 and 1, got ${p}`);
	const h = (n - 1) * p;
	const below = Math.floor(h);
	const above = Math.min(below + 1, n - 1);
	return sorted[below]! + (h - below) * (sorted[above]! - sorted[below]!);
}
