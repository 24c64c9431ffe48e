import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import type { CustomerRecord } from './customer';
import { rfmScores } from './rfm';
import { expectInputUntouched } from '../testing';

// ten customers; customer i bought i + 1 days ago, i + 1 times, for profit 10·(i + 1)
const ten: CustomerRecord[] = Array.from({ length: 10 }, (_, i) => ({
	id: `c${i}`,
	transactions: i + 1,
	profit: 10 * (i + 1),
	recencyDays: i + 1
}));

/** Generated rows given ids and scored; every row has a recency, so scores come back. */
function scored<Row extends Omit<CustomerRecord, 'id'>>(raw: Row[]) {
	const rows = raw.map((r, i) => ({ ...r, id: String(i) }));
	const result = rfmScores(rows);
	if (result.kind !== 'scores') throw new Error('expected scores');
	return { rows, result };
}

describe('rfmScores', () => {
	it('scores ten distinct customers in fifths of two', () => {
		// mid-rank percentile (worse + ½) / 10: two customers per score
		const result = rfmScores(ten);
		if (result.kind !== 'scores') throw new Error('expected scores');
		expect(result.scores.map((s) => s.recency)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
		expect(result.scores.map((s) => s.frequency)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
		expect(result.scores[9]).toEqual({
			id: 'c9',
			recency: 1,
			frequency: 5,
			monetary: 5,
			code: '155'
		});
		expect(result.codeCounts).toEqual({ '511': 2, '422': 2, '333': 2, '244': 2, '155': 2 });
		// nobody is best on all three here: 0 / 10
		expect(result.steps[0]!.value).toBe(0);
		expect(evaluate(result.steps[0]!.formula)).toBe(0);
	});

	it('gives tied values the same score, and identical values the middle score', () => {
		const same = ten.map((c) => ({ ...c, transactions: 4 }));
		const result = rfmScores(same);
		if (result.kind !== 'scores') throw new Error('expected scores');
		expect(new Set(result.scores.map((s) => s.frequency))).toEqual(new Set([3]));
	});

	it('counts the best-on-all-three share', () => {
		// c0 recent, frequent and profitable: 555; one of five → 0.2
		const five: CustomerRecord[] = [
			{ id: 'c0', transactions: 9, profit: 90, recencyDays: 1 },
			{ id: 'c1', transactions: 1, profit: 10, recencyDays: 2 },
			{ id: 'c2', transactions: 2, profit: 20, recencyDays: 3 },
			{ id: 'c3', transactions: 3, profit: 30, recencyDays: 4 },
			{ id: 'c4', transactions: 4, profit: 40, recencyDays: 5 }
		];
		const result = rfmScores(five);
		if (result.kind !== 'scores') throw new Error('expected scores');
		expect(result.scores[0]!.code).toBe('555');
		expect(result.steps[0]!.value).toBeCloseTo(0.2, 12);
	});

	it('does not mutate its input', () => {
		expectInputUntouched(rfmScores, ten);
	});

	it('says so when recency is missing', () => {
		const rows = [...ten, { id: 'x', transactions: 1, profit: 1 }];
		expect(rfmScores(rows)).toEqual({ kind: 'missing-recency', missing: 1 });
	});

	it('keeps scores in 1..5, ordered like the values they score', () => {
		const row = fc.record({
			transactions: fc.integer({ min: 0, max: 50 }),
			profit: fc.integer({ min: -500, max: 500 }),
			recencyDays: fc.integer({ min: 0, max: 400 })
		});
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 50 }), (raw) => {
				const { rows, result } = scored(raw);
				const { scores } = result;
				for (let i = 0; i < rows.length; i++) {
					for (const key of ['recency', 'frequency', 'monetary'] as const) {
						expect(scores[i]![key]).toBeGreaterThanOrEqual(1);
						expect(scores[i]![key]).toBeLessThanOrEqual(5);
					}
					for (let j = 0; j < rows.length; j++) {
						if (rows[i]!.transactions > rows[j]!.transactions) {
							expect(scores[i]!.frequency).toBeGreaterThanOrEqual(scores[j]!.frequency);
						}
						if (rows[i]!.recencyDays < rows[j]!.recencyDays) {
							expect(scores[i]!.recency).toBeGreaterThanOrEqual(scores[j]!.recency);
						}
					}
				}
				const counted = Object.values(result.codeCounts).reduce((a, b) => a + b, 0);
				expect(counted).toBe(rows.length);
			})
		);
	});

	it('scores every customer by the mid-rank definition, counted one by one', () => {
		// the definition in the doc comment, in O(N²): worse and tied counted directly
		const score = (values: number[], x: number, higherIsBetter: boolean) => {
			const tied = values.filter((y) => y === x).length;
			const worse = values.filter((y) => (higherIsBetter ? y < x : y > x)).length;
			return Math.min(5, 1 + Math.floor((5 * (worse + tied / 2)) / values.length));
		};
		const money = fc.oneof(
			fc.constantFrom(0, -0),
			fc.integer({ min: -300, max: 300 }).map((x) => x / 4)
		);
		const row = fc.record({
			transactions: fc.integer({ min: 0, max: 8 }),
			profit: money,
			recencyDays: fc.integer({ min: 0, max: 30 })
		});
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (raw) => {
				const { rows, result } = scored(raw);
				const recency = rows.map((r) => r.recencyDays);
				const frequency = rows.map((r) => r.transactions);
				const monetary = rows.map((r) => r.profit);
				rows.forEach((r, i) => {
					expect(result.scores[i]).toMatchObject({
						recency: score(recency, r.recencyDays, false),
						frequency: score(frequency, r.transactions, true),
						monetary: score(monetary, r.profit, true)
					});
				});
			})
		);
	});
});
