/**
 * The expected number of customers in each state, period by period (n_{t+1} = n_t · P): the
 * lifecycle page's first view draws a preset's diagram with these alone.
 */
import { rowTimesMatrix, type Matrix } from './matrix';
import type { PreparedCohort } from './validate';

/**
 * Expected counts per state for t = 0 … periods − 1: n_0 = N·x, n_{t+1} = n_t · P(t), where
 * `transitionsAt(t)` is the matrix used between period t and t + 1 (constant for a plain chain,
 * switched by a campaign for what-if runs).
 *
 * @example
 * cohortCounts([1000, 0], 3, () => [[0.8, 0.2], [0, 1]]) //=> [[1000, 0], [800, 200], [640, 360]]
 */
export function cohortCounts(
	initialCounts: readonly number[],
	periods: number,
	transitionsAt: (t: number) => Matrix
): number[][] {
	const counts: number[][] = [[...initialCounts]];
	for (let t = 1; t < periods; t++) {
		counts.push(rowTimesMatrix(counts[t - 1]!, transitionsAt(t - 1)));
	}
	return counts;
}

/** Initial counts N · x. */
export const initialCounts = (cohort: PreparedCohort): number[] =>
	cohort.initialShares.map((share) => cohort.cohortSize * share);
