/**
 * The expected path of a cohort through the lifecycle chain, period by period, in closed form.
 *
 * A cohort of N customers starts with shares x over the states. At the start of period t the
 * expected number of customers in each state is the row vector n_t = N · x · P^t (each period
 * multiplies by P, Chapman–Kolmogorov). In period t the cohort brings
 *
 *   revenue_t = Σ_s n_{t,s} · revenue_s,   cost_t = Σ_s n_{t,s} · cost_s,
 *   profit_t = revenue_t − cost_t
 *
 * (money per period, received at the start of the period) and the discounted profit is
 * profit_t / (1+d)^t, so period 0 is not discounted. Summed over t = 0 … periods − 1, the discounted
 * profit equals N · x · V_T with T = periods − 1 (Pfeifer & Carraway 2000).
 */
import type { CohortSpec, LifecycleChain } from './chain';
import {
	cohortCounts,
	initialCounts,
	projectionFromCounts,
	type CohortProjection
} from './projection-series';
import { prepareChain, prepareCohort } from './validate';

export {
	cohortCounts,
	cohortValueStep,
	initialCounts,
	projectionFromCounts,
	type CohortProjection
} from './projection-series';

/**
 * Projects a cohort through the chain: expected customers per state, revenue, cost and profit
 * per period, discounted and cumulative.
 *
 * @example
 * // Pfeifer & Carraway chain, 1000 customers who just bought, 2 periods:
 * // counts [[1000, 0, 0, 0, 0], [300, 700, 0, 0, 0]], profit [36000, 8000],
 * // totals.discountedProfit = 36000 + 8000/1.2 = 42666.67 (1000 × V_1, Pfeifer & Carraway)
 */
export function projectCohort(chain: LifecycleChain, cohort: CohortSpec): CohortProjection {
	const prepared = prepareChain(chain);
	const preparedCohort = prepareCohort(prepared, cohort);
	const counts = cohortCounts(
		initialCounts(preparedCohort),
		preparedCohort.periods,
		() => prepared.transitions
	);
	return projectionFromCounts(prepared, counts);
}
