import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerStats, sampleStats } from './compute';
import { presetInputs } from './presets';
import { packStats, unpackStats } from './sample-pack';

const start = presetInputs(undefined, 'en', 'USD');

describe('packStats / unpackStats', () => {
	it('bring a generated sample’s statistics back field for field, through a structured copy', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 2000 }),
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				fc.constantFrom(0, 0.1, 0.4),
				fc.constantFrom(-0.5, 0, 0.6),
				(count, seed, pressureShare, correlation) => {
					const stats = sampleStats({ ...start, count, seed, pressureShare, correlation });
					const packed = structuredClone(packStats(stats));
					expect(packed.kind).toBe('packed');
					const back = unpackStats(packed);
					expect(back).toEqual(stats);
					// the same keys in the same order, down to each customer and score
					expect(JSON.stringify(back)).toBe(JSON.stringify(stats));
				}
			),
			{ numRuns: 30 }
		);
	});

	it('keeps the sign of a zero profit and the exact value of every number', () => {
		const stats = customerStats([
			{ id: 'a', transactions: 3, profit: -0, recencyDays: 0 },
			{ id: 'b', transactions: 1, profit: 0.1 + 0.2, recencyDays: 7 },
			{ id: 'c', transactions: 2, profit: 1e-300, recencyDays: 365 }
		]);
		const back = unpackStats(structuredClone(packStats(stats)));
		expect(Object.is(back.customers[0]!.profit, -0)).toBe(true);
		expect(back.customers[1]!.profit).toBe(0.1 + 0.2);
		expect(back).toEqual(stats);
	});

	it('sends a table without recency, or with a line break in an id, as it is', () => {
		const noRecency = customerStats([
			{ id: 'a', transactions: 3, profit: 30 },
			{ id: 'b', transactions: 1, profit: 5 }
		]);
		expect(packStats(noRecency)).toEqual({ kind: 'plain', stats: noRecency });
		const lineBreak = customerStats([
			{ id: 'a\nb', transactions: 3, profit: 30, recencyDays: 1 },
			{ id: 'c', transactions: 1, profit: 5, recencyDays: 2 }
		]);
		expect(packStats(lineBreak).kind).toBe('plain');
		expect(unpackStats(structuredClone(packStats(lineBreak)))).toEqual(lineBreak);
	});
});
