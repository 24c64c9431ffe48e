/**
 * The q-th quantile of sorted numbers by linear interpolation between order statistics
 * (Hyndman & Fan 1996, definition 7; the default of R, NumPy and spreadsheet PERCENTILE):
 * position h = (n − 1)·q, result x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
 *
 * @example
 * quantileOfSorted([1, 2, 3, 4], 0.5) //=> 2.5
 */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	if (n === 0) throw new RangeError('quantile of an empty list');
	const h = (n - 1) * q;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, n - 1);
	return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
