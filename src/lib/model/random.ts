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

/** Draws from Binomial(n, p): exact inversion for small n·p, a normal approximation for large. */
export function binomial(random: Random, n: number, p: number): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	if (n < 64) {
		let k = 0;
		for (let i = 0; i < n; i++) if (random() < p) k++;
		return k;
	}
	const mean = n * p;
	const sd = Math.sqrt(mean * (1 - p));
	const draw = Math.round(mean + sd * standardNormal(random));
	return Math.min(n, Math.max(0, draw));
}

/** Draws from Poisson(mean): Knuth's product method for small means, normal approximation above 30. */
export function poisson(random: Random, mean: number): number {
	if (mean <= 0) return 0;
	if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal(random)));
	const limit = Math.exp(-mean);
	let k = 0;
	let product = random();
	while (product > limit) {
		k++;
		product *= random();
	}
	return k;
}

/** Draws from the standard normal distribution (Box–Muller). */
export function standardNormal(random: Random): number {
	let u = 0;
	while (u === 0) u = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
