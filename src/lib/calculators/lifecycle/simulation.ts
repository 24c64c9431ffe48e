/**
 * How the page runs the Monte-Carlo cohort: how many cohorts of how many customers to simulate for
 * the reader's cohort size, and how the results are scaled back to that size. Pure.
 *
 * The bands are the 10th–90th percentiles across independent simulated cohorts. Cohorts larger than
 * `MAX_SIMULATED_COHORT` are simulated at that size and scaled: a cohort k times as large is the
 * sum of k independent cohorts, so its centre grows k-fold and its spread √k-fold (the usual
 * normal approximation for sums of independent customers).
 */
import {
	MAX_COUNT_CELLS,
	MAX_RUNS,
	MAX_SIMULATED_CUSTOMERS,
	type Bands,
	type MonteCarloResult
} from '$lib/model/lifecycle';

/** Largest cohort simulated customer by customer. */
export const MAX_SIMULATED_COHORT = 10_000;
/** About this many customers in all, so the result settles within a fraction of a second. */
export const TARGET_CUSTOMERS = 100_000;
/** Fewest cohorts; percentiles across fewer would be too rough to show. */
export const MIN_RUNS = 20;

export interface SimulationPlan {
	/** Customers per simulated cohort. */
	readonly cohortSize: number;
	readonly runs: number;
	/** Reader's cohort size ÷ simulated cohort size (1 when simulated at full size). */
	readonly scale: number;
	readonly customers: number;
}

/**
 * @example
 * simulationPlan(1000, 120, 4) //=> { cohortSize: 1000, runs: 100, scale: 1, customers: 100000 }
 * simulationPlan(1e6, 120, 4)  //=> { cohortSize: 10000, runs: 20, scale: 100, customers: 200000 }
 */
export function simulationPlan(
	cohortSize: number,
	periods: number,
	states: number
): SimulationPlan {
	const size = Math.min(cohortSize, MAX_SIMULATED_COHORT);
	const cap = Math.min(
		MAX_RUNS,
		Math.floor(MAX_SIMULATED_CUSTOMERS / size),
		Math.floor(MAX_COUNT_CELLS / (periods * states))
	);
	const runs = Math.max(1, Math.min(cap, Math.max(MIN_RUNS, Math.ceil(TARGET_CUSTOMERS / size))));
	return { cohortSize: size, runs, scale: cohortSize / size, customers: size * runs };
}

/** Bands of a cohort `scale` times the simulated one: centre × scale, spread × √scale. */
export function scaleBands(bands: Bands, scale: number): Bands {
	if (scale === 1) return bands;
	const root = Math.sqrt(scale);
	const at = (xs: readonly number[]) =>
		xs.map((x, t) => bands.mean[t]! * scale + (x - bands.mean[t]!) * root);
	return {
		p10: at(bands.p10),
		p50: at(bands.p50),
		p90: at(bands.p90),
		mean: bands.mean.map((m) => m * scale)
	};
}

/** The simulated cohort value against the closed form, in standard errors. */
export interface Agreement {
	readonly mean: number;
	readonly standardError: number;
	readonly closedForm: number;
	/** (mean − closed form) / standard error; 0 when the standard error is 0. */
	readonly z: number;
}

/**
 * @example
 * agreement(result, 1, 52319.6).z //=> about −0.4: within the noise of the simulation
 */
export function agreement(result: MonteCarloResult, scale: number, closedForm: number): Agreement {
	const mean = result.cohortValue.mean * scale;
	const standardError = result.cohortValue.standardError * scale;
	const z = standardError > 0 ? (mean - closedForm) / standardError : 0;
	return { mean, standardError, closedForm, z };
}
