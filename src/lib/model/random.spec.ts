import { describe, expect, it } from 'vitest';
import {
	binomial,
	createRandom,
	INVERSION_MEAN_LIMIT,
	poisson,
	standardNormal,
	TRIALS_COUNTED
} from './random';

describe('createRandom', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = createRandom(7);
		const b = createRandom(7);
		const seqA = Array.from({ length: 5 }, () => a());
		const seqB = Array.from({ length: 5 }, () => b());
		expect(seqA).toEqual(seqB);
	});

	it('gives different sequences for different seeds', () => {
		expect(createRandom(1)()).not.toBe(createRandom(2)());
	});

	it('stays in [0, 1) with a mean near 1/2', () => {
		const random = createRandom(123);
		let total = 0;
		let outside = 0;
		const n = 100_000;
		for (let i = 0; i < n; i++) {
			const x = random();
			if (!(x >= 0 && x < 1)) outside++;
			total += x;
		}
		expect(outside).toBe(0);
		// standard error of the mean of U(0,1) is sqrt(1/12/n) ≈ 0.00091
		expect(Math.abs(total / n - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / n));
	});
});

// The exact distributions, written out here from their textbook definitions (never from the code
// under test): log C(n, k) by summing logarithms, the binomial and Poisson probabilities from it.
function logChoose(n: number, k: number): number {
	let total = 0;
	for (let i = 1; i <= k; i++) total += Math.log((n - k + i) / i);
	return total;
}
const binomialPmf = (n: number, p: number, k: number) =>
	Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
function poissonPmf(mean: number, k: number): number {
	let log = -mean;
	for (let i = 1; i <= k; i++) log += Math.log(mean / i);
	return Math.exp(log);
}

interface Moments {
	readonly mean: number;
	readonly variance: number;
	/** Central fourth moment, for the standard error of the sample variance. */
	readonly fourth: number;
	readonly zero: number;
}

/** Draws `count` values and checks mean, variance and P(0) against the exact values within 3 SE. */
function expectMoments(draw: () => number, exact: Moments, count: number): void {
	let sum = 0;
	let sumSquares = 0;
	let zeros = 0;
	const values = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const x = draw();
		values[i] = x;
		sum += x - exact.mean;
		sumSquares += (x - exact.mean) ** 2;
		if (x === 0) zeros++;
	}
	const meanError = sum / count;
	const variance = sumSquares / count - meanError * meanError;
	const se = {
		mean: Math.sqrt(exact.variance / count),
		variance: Math.sqrt((exact.fourth - exact.variance ** 2) / count),
		zero: Math.sqrt((exact.zero * (1 - exact.zero)) / count)
	};
	expect(Math.abs(meanError)).toBeLessThanOrEqual(3 * se.mean);
	expect(Math.abs(variance - exact.variance)).toBeLessThanOrEqual(3 * se.variance);
	expect(Math.abs(zeros / count - exact.zero)).toBeLessThanOrEqual(3 * se.zero + 1e-12);
	expect(values.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
}

/** Upper 0.1% point of χ² with `df` degrees of freedom (Wilson & Hilferty 1931). */
function chiSquareLimit(df: number): number {
	const z = 3.0902; // standard normal 99.9% point
	const h = 2 / (9 * df);
	return df * (1 - h + z * Math.sqrt(h)) ** 3;
}

/** Pearson's χ² of `count` draws against `pmf`, cells with ≥ 5 expected, the rest pooled. */
function expectFitsPmf(
	draw: () => number,
	pmf: (k: number) => number,
	last: number,
	count = 200_000
) {
	const observed = new Map<number, number>();
	for (let i = 0; i < count; i++) {
		const x = draw();
		observed.set(x, (observed.get(x) ?? 0) + 1);
	}
	let chi = 0;
	let cells = 0;
	let restObserved = count;
	let restExpected = count;
	for (let k = 0; k <= last; k++) {
		const expected = count * pmf(k);
		if (expected < 5) continue;
		const seen = observed.get(k) ?? 0;
		chi += (seen - expected) ** 2 / expected;
		cells++;
		restObserved -= seen;
		restExpected -= expected;
	}
	if (restExpected >= 5) {
		chi += (restObserved - restExpected) ** 2 / restExpected;
		cells++;
	}
	expect(cells).toBeGreaterThan(1);
	expect(chi).toBeLessThan(chiSquareLimit(cells - 1));
}

describe('binomial', () => {
	const exact = (n: number, p: number): Moments => {
		const q = 1 - p;
		return {
			mean: n * p,
			variance: n * p * q,
			fourth: n * p * q * (1 + 3 * p * q * (n - 2)),
			zero: Math.exp(n * Math.log1p(-p))
		};
	};

	// Small and large n·p and n·(1 − p); n at the switch from counting trials to inversion (16,
	// 17); n·p exactly at the switch from inversion to rejection (10) and just either side of it;
	// the cases of issue 14 (64, 0.01 and 100, 0.99); n far beyond 32-bit integers.
	it.each([
		[5, 0.3],
		[16, 0.2],
		[17, 0.2],
		[17, 0.9],
		[63, 0.01],
		[64, 0.01],
		[100, 0.99],
		[1000, 0.0099],
		[1000, 0.01],
		[1000, 0.0101],
		[20, 0.5],
		[40, 0.75],
		[100, 0.15],
		[1_000_000, 0.3],
		[1e9, 1e-8],
		[1e12, 0.99]
	])('Binomial(%d, %d): mean, variance and P(0) as the exact distribution', (n, p) => {
		const random = createRandom(2024);
		expectMoments(() => binomial(random, n, p), exact(n, p), 200_000);
	});

	it.each([
		[10, 0.3],
		[17, 0.3],
		[64, 0.01],
		[20, 0.5],
		[40, 0.25],
		[30, 0.4],
		[100, 0.15],
		[100, 0.99],
		[500, 0.5]
	])('Binomial(%d, %d): every outcome as often as its exact probability (χ²)', (n, p) => {
		const random = createRandom(77);
		expectFitsPmf(
			() => binomial(random, n, p),
			(k) => binomialPmf(n, p, k),
			n
		);
	});

	it('switches method where the cases above expect', () => {
		expect(TRIALS_COUNTED).toBe(16);
		expect(INVERSION_MEAN_LIMIT).toBe(10);
	});

	it('gives 0 for no trials or p = 0 and n for p = 1', () => {
		const random = createRandom(1);
		expect(binomial(random, 0, 0.5)).toBe(0);
		expect(binomial(random, 10, 0)).toBe(0);
		expect(binomial(random, 10, 1)).toBe(10);
		expect(binomial(random, 1e12, 1)).toBe(1e12);
	});
});

describe('poisson', () => {
	const exact = (mean: number): Moments => ({
		mean,
		variance: mean,
		fourth: mean * (1 + 3 * mean),
		zero: Math.exp(-mean)
	});

	it.each([0.05, 0.5, 4, 9.99, 10, 10.01, 30, 1000, 1e6, 1e11])(
		'Poisson(%d): mean, variance and P(0) as the exact distribution',
		(mean) => {
			const random = createRandom(5);
			expectMoments(() => poisson(random, mean), exact(mean), 200_000);
		}
	);

	it.each([0.7, 3, 9.99, 10, 25, 200])(
		'Poisson(%d): every outcome as often as its exact probability (χ²)',
		(mean) => {
			const random = createRandom(31);
			const last = Math.ceil(mean + 12 * Math.sqrt(mean) + 12);
			expectFitsPmf(
				() => poisson(random, mean),
				(k) => poissonPmf(mean, k),
				last
			);
		}
	);

	it('gives 0 for a mean of 0', () => {
		expect(poisson(createRandom(1), 0)).toBe(0);
	});
});

describe('standardNormal', () => {
	it('has mean 0, variance 1 and P(Z < 1) = Φ(1) within 3 standard errors', () => {
		const random = createRandom(9);
		const count = 200_000;
		let sum = 0;
		let squares = 0;
		let below = 0;
		for (let i = 0; i < count; i++) {
			const z = standardNormal(random);
			sum += z;
			squares += z * z;
			if (z < 1) below++;
		}
		const phi1 = 0.8413447460685429; // Φ(1), standard normal table
		expect(Math.abs(sum / count)).toBeLessThan(3 * Math.sqrt(1 / count));
		// Var(Z²) = 2 for a standard normal
		expect(Math.abs(squares / count - 1)).toBeLessThan(3 * Math.sqrt(2 / count));
		expect(Math.abs(below / count - phi1)).toBeLessThan(3 * Math.sqrt((phi1 * (1 - phi1)) / count));
	});
});
