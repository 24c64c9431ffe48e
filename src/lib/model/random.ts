/**
 * Seeded pseudo-random numbers for simulations: same seed, same sequence, on every machine.
 *
 * The generator is SFC32 (Chris Doty-Humphrey's Small Fast Counting generator, public domain), a
 * 128-bit-state generator that passes PractRand and runs fast in JavaScript's 32-bit integer maths.
 * Written here rather than imported because Monte-Carlo loops call it tens of millions of times and
 * a closure over four integers is the fastest form JavaScript offers.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** Mixes a 32-bit seed into four state words (SplitMix32), so nearby seeds give unrelated streams. */
function splitMix32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x9e3779b9) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/**
 * Creates a seeded generator of uniform numbers in [0, 1).
 *
 * @example
 * const random = createRandom(42);
 * random(); //=> the same number on every run with seed 42
 */
export function createRandom(seed: number): Random {
	const mix = splitMix32(seed);
	let a = mix();
	let b = mix();
	let c = mix();
	let d = mix();
	const random = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 12; i++) random();
	return random;
}

/**
 * Below this mean, binomial and Poisson draws search the distribution from 0 upwards (inversion,
 * one uniform number and about mean + 1 steps); from it on, they use transformed rejection (a few
 * uniform numbers, whatever the mean). Both are exact: a draw has the distribution's own
 * probabilities, not a normal approximation's.
 */
export const INVERSION_MEAN_LIMIT = 10;

/**
 * Up to this many trials a binomial draw simply counts successes, one uniform number per trial:
 * exact, and faster than computing (1 − p)ⁿ for the small cohorts a simulation mostly has.
 */
export const TRIALS_COUNTED = 16;

/**
 * An inversion walk that passes this many steps starts again with a new uniform number, so that
 * rounding can never make it run on. For means below 10 the probability of getting this far is
 * below 1e-70, so the restart changes no probability that a double can hold.
 */
const INVERSION_STEPS = 110;

// (Its two constants' calls are marked pure: a page whose code imports nothing of this module
// through a barrel then does not load it for them, issue 20.)
const HALF_LOG_TWO_PI = /* @__PURE__ */ (() => 0.5 * Math.log(2 * Math.PI))();

/** ln k! for k = 0 … 9, summed exactly once; Stirling's series is accurate from 10 on. */
const smallLogFactorials = /* @__PURE__ */ Array.from({ length: 10 }, (_, k) => {
	let total = 0;
	for (let i = 2; i <= k; i++) total += Math.log(i);
	return total;
});

/**
 * Stirling's correction fc(k) = ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π]: exact below 10,
 * the series 1/(12x) − 1/(360x³) + 1/(1260x⁵) with x = k + 1 above (error below 1e-10).
 */
function stirlingCorrection(k: number): number {
	if (k < 10)
		return smallLogFactorials[k]! - ((k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI);
	const x = k + 1;
	const x2 = x * x;
	return (1 / 12 - (1 / 360 - 1 / 1260 / x2) / x2) / x;
}

/** ln k! for a whole number k ≥ 0. */
function logFactorial(k: number): number {
	if (k < 10) return smallLogFactorials[k]!;
	return (k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI + stirlingCorrection(k);
}

/**
 * Binomial by inversion (Kachitvichyanukul & Schmeiser's BINV, 1988): walks up the probabilities
 * f(0) = qⁿ, f(x) = f(x − 1)·((n + 1)p/q/x − p/q) until the uniform number is used up.
 */
function binomialInversion(random: Random, n: number, p: number): number {
	const q = 1 - p;
	const odds = p / q;
	const a = (n + 1) * odds;
	const first = Math.exp(n * Math.log1p(-p));
	const bound = Math.min(n, INVERSION_STEPS);
	for (;;) {
		let u = random();
		let f = first;
		let x = 0;
		while (u > f && x <= bound) {
			u -= f;
			x++;
			f *= a / x - odds;
		}
		if (x <= bound) return x;
	}
}

/**
 * Binomial by transformed rejection with squeeze (Hörmann's BTRS, "The generation of binomial
 * random variates", J. Statist. Comput. Simul. 46, 1993), for n·p ≥ 10 and p ≤ ½: a uniform pair
 * (u, v) proposes k = ⌊(2a/(½ − |u|) + b)·u + n·p + ½⌋; most proposals are accepted at once, the
 * rest against log f(k)/f(m), with f the binomial probabilities and m the mode, from Stirling's
 * series.
 */
function binomialRejection(random: Random, n: number, p: number): number {
	const q = 1 - p;
	const spread = Math.sqrt(n * p * q);
	const b = 1.15 + 2.53 * spread;
	const a = -0.0873 + 0.0248 * b + 0.01 * p;
	const c = n * p + 0.5;
	const alpha = (2.83 + 5.1 / b) * spread;
	const acceptAtOnce = 0.92 - 4.2 / b;
	const odds = p / q;
	const m = Math.floor((n + 1) * p);
	const atMode =
		(m + 0.5) * Math.log((m + 1) / (odds * (n - m + 1))) +
		stirlingCorrection(m) +
		stirlingCorrection(n - m);
	for (;;) {
		const u = random() - 0.5;
		const v = random();
		const us = 0.5 - Math.abs(u);
		const k = Math.floor(((2 * a) / us + b) * u + c);
		if (k < 0 || k > n) continue;
		if (us >= 0.07 && v <= acceptAtOnce) return k;
		const logV = Math.log((v * alpha) / (a / (us * us) + b));
		const logRatio =
			atMode +
			(n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
			(k + 0.5) * Math.log((odds * (n - k + 1)) / (k + 1)) -
			stirlingCorrection(k) -
			stirlingCorrection(n - k);
		if (logV <= logRatio) return k;
	}
}

/**
 * Draws from Binomial(n, p), the number of successes in n independent trials of probability p, for
 * a whole number n ≥ 0 (n ≤ 0 or p ≤ 0 gives 0, p ≥ 1 gives n). Exact for every n and p: up to
 * 16 trials it counts successes; beyond, inversion while the smaller of n·p and n·(1 − p) is below
 * 10 and transformed rejection from 10 on (p > ½ draws the failures). The cost does not grow with n.
 *
 * @example
 * binomial(createRandom(1), 64, 0.01) //=> 0 about 53% of the time, as (0.99)⁶⁴ = 0.526 says
 */
export function binomial(random: Random, n: number, p: number): number {
	if (!(n > 0) || !(p > 0)) return 0;
	if (p >= 1) return n;
	if (p > 0.5) return n - binomialOfSmallP(random, n, 1 - p);
	return binomialOfSmallP(random, n, p);
}

function binomialOfSmallP(random: Random, n: number, p: number): number {
	if (n <= TRIALS_COUNTED) {
		let successes = 0;
		for (let i = 0; i < n; i++) if (random() < p) successes++;
		return successes;
	}
	return n * p < INVERSION_MEAN_LIMIT
		? binomialInversion(random, n, p)
		: binomialRejection(random, n, p);
}

/** Poisson by inversion: walks up f(0) = e^(−λ), f(k) = f(k − 1)·λ/k until u is used up. */
function poissonInversion(random: Random, mean: number): number {
	const first = Math.exp(-mean);
	const bound = INVERSION_STEPS;
	for (;;) {
		let u = random();
		let f = first;
		let k = 0;
		while (u > f && k <= bound) {
			u -= f;
			k++;
			f *= mean / k;
		}
		if (k <= bound) return k;
	}
}

/**
 * Poisson by transformed rejection with squeeze (Hörmann's PTRS, "The transformed rejection method
 * for generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993), for
 * means of 10 and more; constants as in the paper.
 */
function poissonRejection(random: Random, mean: number): number {
	const root = Math.sqrt(mean);
	const logMean = Math.log(mean);
	const b = 0.931 + 2.53 * root;
	const a = -0.059 + 0.02483 * b;
	const logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
	const acceptAtOnce = 0.9277 - 3.6224 / (b - 2);
	for (;;) {
		const u = random() - 0.5;
		const v = random();
		const us = 0.5 - Math.abs(u);
		const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
		if (us >= 0.07 && v <= acceptAtOnce) return k;
		if (k < 0 || (us < 0.013 && v > us)) continue;
		const logV = Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b);
		if (logV <= -mean + k * logMean - logFactorial(k)) return k;
	}
}

/**
 * Draws from Poisson(mean), the number of events when `mean` are expected (mean ≤ 0 gives 0).
 * Exact for every mean: inversion below 10, transformed rejection from 10 on.
 *
 * @example
 * poisson(createRandom(1), 0.5) //=> 0 about 61% of the time, as e^(−0.5) = 0.607 says
 */
export function poisson(random: Random, mean: number): number {
	if (!(mean > 0)) return 0;
	return mean < INVERSION_MEAN_LIMIT
		? poissonInversion(random, mean)
		: poissonRejection(random, mean);
}

/** Draws from the standard normal distribution (Box–Muller). */
export function standardNormal(random: Random): number {
	let u = 0;
	while (u === 0) u = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
