/**
 * Samplers for the distributions of the customer-base models, drawing from our seeded `Random`.
 *
 * Written here rather than taken from `@stdlib/random-base-gamma` because that package brings its
 * own generator (Mersenne Twister) and a dozen helper packages into the bundle, while these few
 * lines run on the site's SFC32 stream, so a simulation is reproducible from one seed.
 */
import { standardNormal, type Random } from '../random';

/**
 * Draws from Exponential(rate): the waiting time of a Poisson process with that rate.
 *
 * @example
 * exponential(createRandom(1), 2) //=> a positive number, mean 1/2
 */
export function exponential(random: Random, rate: number): number {
	let u = 0;
	while (u === 0) u = random();
	return -Math.log(u) / rate;
}

/**
 * Draws from Gamma(shape, rate) (mean shape/rate) by Marsaglia & Tsang's method (2000, "A simple
 * method for generating gamma variables", ACM TOMS 26(3)); for shape < 1 a Gamma(shape + 1) draw
 * times U^(1/shape) (their §6).
 *
 * @example
 * gamma(createRandom(1), 2, 4) //=> a positive number, mean 0.5
 */
export function gamma(random: Random, shape: number, rate: number): number {
	if (shape < 1) {
		let u = 0;
		while (u === 0) u = random();
		return gamma(random, shape + 1, rate) * Math.pow(u, 1 / shape);
	}
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = standardNormal(random);
		const t = 1 + c * x;
		if (t <= 0) continue;
		const v = t * t * t;
		const u = random();
		if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
			return (d * v) / rate;
		}
	}
}

/**
 * Draws from Beta(a, b) as G₁/(G₁ + G₂) with G₁ ~ Gamma(a), G₂ ~ Gamma(b).
 *
 * @example
 * beta(createRandom(1), 2, 3) //=> a number in (0, 1), mean 0.4
 */
export function beta(random: Random, a: number, b: number): number {
	const g1 = gamma(random, a, 1);
	const g2 = gamma(random, b, 1);
	return g1 / (g1 + g2);
}
