import { describe, expect, it } from 'vitest';
import { binomial, createRandom, poisson } from './random';

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

describe('binomial and poisson samplers', () => {
	it.each([
		[10, 0.3],
		[1000, 0.2]
	])('binomial(%i, %f) has mean n·p within 3 standard errors', (n, p) => {
		const random = createRandom(99);
		const draws = 20_000;
		let total = 0;
		for (let i = 0; i < draws; i++) total += binomial(random, n, p);
		const se = Math.sqrt((n * p * (1 - p)) / draws);
		expect(Math.abs(total / draws - n * p)).toBeLessThan(3 * se);
	});

	it.each([0.5, 4, 50])('poisson(%f) has the right mean within 3 standard errors', (mean) => {
		const random = createRandom(5);
		const draws = 20_000;
		let total = 0;
		for (let i = 0; i < draws; i++) total += poisson(random, mean);
		expect(Math.abs(total / draws - mean)).toBeLessThan(3 * Math.sqrt(mean / draws));
	});
});
