/**
 * The expected path of a cohort through the lifecycle chain, period by period, in closed form.
 * (The series of a prepared chain, without the checks of `validate.ts`: the lifecycle page's first
 * view draws a preset's path with these alone; `projection.ts` is the model's entry.)
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
import { add, c, div, mul, paren, pow, v, type Expr, type Step } from '../expr';
import { rowTimesMatrix, type Matrix } from './matrix';
import type { PreparedChain, PreparedCohort } from './validate';

export interface CohortProjection {
	readonly stateIds: readonly string[];
	readonly periods: number;
	/** counts[t][s]: expected customers in state s at the start of period t (Σ_s = N). */
	readonly counts: readonly (readonly number[])[];
	/** Per period t: cohort revenue, cost and profit (money per period). */
	readonly revenue: readonly number[];
	readonly cost: readonly number[];
	readonly profit: readonly number[];
	/** 1/(1+d)^t. */
	readonly discountFactor: readonly number[];
	/** profit_t / (1+d)^t. */
	readonly discountedProfit: readonly number[];
	/** Running totals through period t. */
	readonly cumulativeProfit: readonly number[];
	readonly cumulativeDiscountedProfit: readonly number[];
	/** Totals over the horizon; `discountedProfit` is the cohort's value today. */
	readonly totals: {
		readonly revenue: number;
		readonly cost: number;
		readonly profit: number;
		readonly discountedProfit: number;
	};
	/** 'lifecycle.periodProfit' (period 0), 'lifecycle.cohortValue'. */
	readonly steps: readonly Step[];
}

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

/** 'lifecycle.periodProfit': profit_0 = Σ_s n_{0,s} · R_s, with the states that hold customers. */
function periodProfitStep(chain: PreparedChain, first: readonly number[], value: number): Step {
	const terms: Expr[] = [];
	first.forEach((n, s) => {
		if (n !== 0) {
			terms.push(mul(v(`n_0,${s + 1}`, n, 'count'), v(`R_${s + 1}`, chain.reward[s]!, 'money')));
		}
	});
	return {
		id: 'lifecycle.periodProfit',
		formula: terms.length === 1 ? terms[0]! : add(...terms),
		value
	};
}

/** 'lifecycle.cohortValue': Σ_t profit_t / (1+d)^t, written out term by term. */
export function cohortValueStep(
	id: string,
	profit: readonly number[],
	discountRate: number,
	value: number
): Step {
	const terms = profit.map((p, t) =>
		div(v(`profit_${t}`, p, 'money'), pow(paren(add(c(1), v('d', discountRate, 'rate'))), c(t)))
	);
	return { id, formula: terms.length === 1 ? terms[0]! : add(...terms), value };
}

/** Money series of a cohort whose expected counts are known. */
export function projectionFromCounts(
	chain: PreparedChain,
	counts: readonly (readonly number[])[]
): CohortProjection {
	const dot = (row: readonly number[], per: readonly number[]) =>
		row.reduce((acc, n, s) => acc + n * per[s]!, 0);
	const revenue = counts.map((row) => dot(row, chain.revenue));
	const cost = counts.map((row) => dot(row, chain.cost));
	const profit = counts.map((row) => dot(row, chain.reward));
	const discountFactor = counts.map((_, t) => Math.pow(1 + chain.discountRate, -t));
	const discountedProfit = profit.map((p, t) => p * discountFactor[t]!);
	const running = (xs: readonly number[]) => {
		let total = 0;
		return xs.map((x) => (total += x));
	};
	const cumulativeProfit = running(profit);
	const cumulativeDiscountedProfit = running(discountedProfit);
	const last = counts.length - 1;
	const totals = {
		revenue: revenue.reduce((a, b) => a + b, 0),
		cost: cost.reduce((a, b) => a + b, 0),
		profit: cumulativeProfit[last]!,
		discountedProfit: cumulativeDiscountedProfit[last]!
	};
	return {
		stateIds: chain.ids,
		periods: counts.length,
		counts,
		revenue,
		cost,
		profit,
		discountFactor,
		discountedProfit,
		cumulativeProfit,
		cumulativeDiscountedProfit,
		totals,
		steps: [
			periodProfitStep(chain, counts[0]!, profit[0]!),
			cohortValueStep('lifecycle.cohortValue', profit, chain.discountRate, totals.discountedProfit)
		]
	};
}

/** Initial counts N · x. */
export const initialCounts = (cohort: PreparedCohort): number[] =>
	cohort.initialShares.map((share) => cohort.cohortSize * share);
