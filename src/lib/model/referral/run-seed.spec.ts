import { describe, expect, it } from 'vitest';
import { runSeed } from './run-seed';

describe('runSeed', () => {
	it('is deterministic and a 32-bit unsigned integer', () => {
		expect(runSeed(42, 7)).toBe(runSeed(42, 7));
		expect(Number.isInteger(runSeed(42, 7))).toBe(true);
		expect(runSeed(42, 7)).toBeGreaterThanOrEqual(0);
		expect(runSeed(42, 7)).toBeLessThan(2 ** 32);
	});

	it('gives distinct seeds to the runs of a simulation and to nearby seeds', () => {
		const seeds = new Set<number>();
		for (let run = 0; run < 10_000; run++) seeds.add(runSeed(1, run));
		for (let seed = 2; seed < 100; seed++) seeds.add(runSeed(seed, 0));
		expect(seeds.size).toBe(10_000 + 98);
	});
});
