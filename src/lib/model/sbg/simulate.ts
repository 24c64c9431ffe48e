/**
 * Simulating a cohort table from known α and β, to check that the fit recovers them and to build
 * teaching examples. Randomness only through a seeded `Random`: same inputs and seed, same table.
 *
 * Each customer's lifetime T is drawn exactly from the sBG distribution by inversion: with U
 * uniform on [0, 1), T is the first t with S(t) ≤ U, because P(T > t) = S(t). Drawing θ from the
 * beta distribution and then a geometric lifetime gives the same distribution (Fader & Hardie 2007,
 * eq. 4 integrates exactly that mixture); inversion needs no beta sampler.
 *
 * The table is a triangle: cohort c (c = 0 … cohorts − 1) is observed for `ages − c·step` periods
 * (at least one), as if one cohort started every `step` periods and all are observed until now.
 */
import { requireInteger } from '../errors';
import type { Random } from '../random';
import { MAX_COHORTS } from './cohorts';
import { MAX_HORIZON, requireParams, type SbgParams } from './params';
import { survivalCurve } from './survival';

export interface SimulationOptions {
	readonly cohorts: number;
	/** Customers who start in each cohort. */
	readonly size: number;
	/** Last observed age of the oldest cohort. */
	readonly ages: number;
	/** How much younger each cohort is than the one before (0 = a rectangle). */
	readonly step?: number;
}

/** One customer's lifetime T, or survival.length when still active at the last age. */
function drawLifetime(survival: readonly number[], random: Random): number {
	const u = random();
	let t = 1;
	while (t < survival.length && survival[t]! > u) t++;
	return t;
}

/**
 * A simulated cohort table: counts[c][t] customers of cohort c active at age t.
 *
 * @example
 * simulateCohorts({ alpha: 1, beta: 2 }, { cohorts: 2, size: 100, ages: 3 }, createRandom(7))
 * //=> [[100, …4 counts], [100, …3 counts]] (the same numbers on every run)
 */
export function simulateCohorts(
	params: SbgParams,
	options: SimulationOptions,
	random: Random
): number[][] {
	requireParams(params);
	const step = options.step ?? 1;
	requireInteger('cohorts', options.cohorts, 1, MAX_COHORTS);
	requireInteger('size', options.size, 1, 1_000_000);
	requireInteger('ages', options.ages, 1, MAX_HORIZON);
	requireInteger('step', step, 0, MAX_HORIZON);
	const survival = survivalCurve(params, options.ages);
	return Array.from({ length: options.cohorts }, (_, c) => {
		const age = Math.max(1, options.ages - c * step);
		const counts = new Array<number>(age + 1).fill(0);
		for (let i = 0; i < options.size; i++) {
			const lifetime = drawLifetime(survival, random);
			// active at ages 0 … lifetime − 1
			for (let t = 0; t < Math.min(lifetime, age + 1); t++) counts[t]!++;
		}
		return counts;
	});
}
