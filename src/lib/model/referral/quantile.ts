/**
 * Quantiles of a sorted sample, for the Monte-Carlo bands.
 */

/**
 * The p-quantile of an ascending sample by linear interpolation between order statistics (Hyndman &
 * Fan 1996, definition 7, the default of R and NumPy): with h = (n − 1)·p, the value at ⌊h⌋ plus the
 * fraction h − ⌊h⌋ of the step to the next one. Returns 0 for an empty sample.
 *
 * @example
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.1) //=> 1.3
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) return 0;
	const h = (n - 1) * p;
	const below = Math.floor(h);
	const above = Math.min(below + 1, n - 1);
	return sorted[below]! + (h - below) * (sorted[above]! - sorted[below]!);
}
