import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { beta, exponential, gamma } from './sample';

/** Largest gap between the empirical CDF of `draws` and `cdf` (Kolmogorov–Smirnov D). */
function ksDistance(draws: number[], cdf: (x: number) => number): number {
	const sorted = draws.slice().sort((a, b) => a - b);
	const n = sorted.length;
	return sorted.reduce(
		(d, x, i) => Math.max(d, Math.abs(cdf(x) - i / n), Math.abs(cdf(x) - (i + 1) / n)),
		0
	);
}

// KS critical value at 0.1% for n = 20,000: 1.95/√n
const critical = 1.95 / Math.sqrt(20_000);
const draw = (f: () => number) => Array.from({ length: 20_000 }, f);

describe('samplers', () => {
	it('exponential follows 1 − e^(−λx)', () => {
		const random = createRandom(1);
		expect(
			ksDistance(
				draw(() => exponential(random, 2)),
				(x) => 1 - Math.exp(-2 * x)
			)
		).toBeLessThan(critical);
	});

	it('gamma with whole shape follows the Erlang CDF; fractional shape has the right moments', () => {
		const random = createRandom(2);
		const erlang = (x: number) => 1 - Math.exp(-3 * x) * (1 + 3 * x + (3 * x) ** 2 / 2);
		expect(
			ksDistance(
				draw(() => gamma(random, 3, 3)),
				erlang
			)
		).toBeLessThan(critical);
		expect(
			ksDistance(
				draw(() => gamma(random, 1, 0.5)),
				(x) => 1 - Math.exp(-0.5 * x)
			)
		).toBeLessThan(critical);
		for (const shape of [0.25, 2.5]) {
			const values = draw(() => gamma(random, shape, 4));
			const mean = values.reduce((t, v) => t + v, 0) / values.length;
			const se = Math.sqrt(shape / 16 / values.length);
			expect(Math.abs(mean - shape / 4)).toBeLessThan(3 * se);
		}
	});

	it('beta(2, 1) follows x² and beta(1, 1) is uniform', () => {
		const random = createRandom(3);
		expect(
			ksDistance(
				draw(() => beta(random, 2, 1)),
				(x) => x * x
			)
		).toBeLessThan(critical);
		expect(
			ksDistance(
				draw(() => beta(random, 1, 1)),
				(x) => x
			)
		).toBeLessThan(critical);
	});
});
