import { describe, expect, it } from 'vitest';
import { aliasTables, sampleAlias } from './alias';

/** Share of a fine, even grid of u in [0, 1) that maps to each outcome. */
function gridShares(weights: readonly number[], steps = 100_000): number[] {
	const tables = aliasTables([weights]);
	const shares = weights.map(() => 0);
	for (let k = 0; k < steps; k++) shares[sampleAlias(tables, 0, (k + 0.5) / steps)]! += 1 / steps;
	return shares;
}

describe('alias tables', () => {
	it('reproduces the doc example', () => {
		expect(sampleAlias(aliasTables([[0.25, 0.75]]), 0, 0.1)).toBe(0);
	});

	it.each([
		[[0.25, 0.75]],
		[[0.3, 0.7, 0, 0, 0]],
		[[0.1, 0.2, 0.3, 0.4]],
		[[0, 0, 1]],
		[[1 / 3, 1 / 3, 1 / 3]],
		[[0.05, 0, 0.95, 0, 0, 0, 0]]
	])('maps uniform numbers onto %j in the right proportions', (weights) => {
		gridShares(weights).forEach((share, k) => expect(share).toBeCloseTo(weights[k]!, 4));
	});

	it('never draws an outcome of probability 0', () => {
		const weights = [0.7, 0, 0.1 + 0.2, 0];
		const tables = aliasTables([weights]);
		for (let k = 0; k < 10_000; k++) {
			const outcome = sampleAlias(tables, 0, k / 10_000);
			expect(weights[outcome]).toBeGreaterThan(0);
		}
	});

	it('stores several rows side by side', () => {
		const tables = aliasTables([
			[1, 0],
			[0, 1]
		]);
		expect(sampleAlias(tables, 0, 0.99)).toBe(0);
		expect(sampleAlias(tables, 1, 0.01)).toBe(1);
	});
});
