import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rfmScores, type CustomerRecord } from '$lib/model/segments';
import { readTable, type TableRead } from './table';

function table(result: TableRead) {
	if (result.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(result)}`);
	return result;
}

describe('readTable: the lifetimes / BTYD summary layout', () => {
	// The CDNOW sample (Fader, Hardie & Lee 2005) as the lifetimes package summarises it: weeks,
	// 39-week calibration; monetary_value is the mean value of the repeat purchases.
	const cdnow = readFileSync(
		new URL('../../../../tests/fixtures/cdnow-summary.csv', import.meta.url),
		'utf8'
	);
	const lines = cdnow
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','));
	// Written out from the layout's definition: weeks since the last purchase = T − recency.
	const truth = lines.map(([id, frequency, recency, end, monetary]) => ({
		id: id!,
		transactions: Number(frequency) + 1,
		profit: Number(monetary) * Number(frequency),
		recencyDays: Number(end) - Number(recency)
	}));
	const rScores = (rows: readonly CustomerRecord[]) => {
		const scores = rfmScores(rows);
		if (scores.kind !== 'scores') throw new Error(scores.kind);
		return scores.scores.map((score) => score.recency);
	};

	it('reads CDNOW: customer 1 (2 repeats, last at week 30.43 of 38.86) has 3 purchases, R = 5', () => {
		const result = table(readTable(cdnow));
		expect(result.layout).toBe('lifetimes');
		expect(result.badRows).toEqual([]);
		expect(result.rows).toHaveLength(2357);
		const first = result.rows[0]!;
		expect(first.id).toBe('1');
		expect(first.transactions).toBe(3);
		expect(first.recencyDays).toBeCloseTo(8.43, 9);
		expect(first.profit).toBeCloseTo(44.7, 9);
		expect(rScores(result.rows)[0]).toBe(5);
		// every customer's R score as the layout's definition gives it
		expect(rScores(result.rows)).toEqual(rScores(truth));
	});

	it('reads frequency and recency by the layout even with a profit column (issue 14)', () => {
		// Read as "days since the last purchase", recency gave customer 1 R = 1 and matched the true R
		// score for 9% of the customers.
		const withProfit = [
			'ID,frequency,recency,T,profit',
			...truth.map((c, i) => [c.id, lines[i]![1], lines[i]![2], lines[i]![3], c.profit].join(','))
		].join('\n');
		const result = table(readTable(withProfit));
		expect(result.rows[0]!.transactions).toBe(3);
		expect(rScores(result.rows)[0]).toBe(5);
		expect(rScores(result.rows)).toEqual(rScores(truth));
		expect(result.columns).toEqual([
			{ field: 'id', headers: ['ID'], rule: 'as-is' },
			{ field: 'transactions', headers: ['frequency'], rule: 'repeat-plus-first' },
			{ field: 'profit', headers: ['profit'], rule: 'as-is' },
			{ field: 'recency_days', headers: ['T', 'recency'], rule: 'end-minus-recency' }
		]);
	});

	it('says how each column was read', () => {
		expect(table(readTable(cdnow)).columns).toEqual([
			{ field: 'id', headers: ['ID'], rule: 'as-is' },
			{ field: 'transactions', headers: ['frequency'], rule: 'repeat-plus-first' },
			{ field: 'profit', headers: ['monetary_value', 'frequency'], rule: 'mean-times-repeat' },
			{ field: 'recency_days', headers: ['T', 'recency'], rule: 'end-minus-recency' }
		]);
		expect(table(readTable('id,transactions,profit,recency\nA,1,2,3')).columns).toEqual([
			{ field: 'id', headers: ['id'], rule: 'as-is' },
			{ field: 'transactions', headers: ['transactions'], rule: 'as-is' },
			{ field: 'profit', headers: ['profit'], rule: 'as-is' },
			{ field: 'recency_days', headers: ['recency'], rule: 'as-is' }
		]);
	});

	it('asks for money when the summary has none (the plain CDNOW summary: ID, frequency, recency, T)', () => {
		const plain = cdnow.replace(/,[^,\n]*$/gm, '');
		expect(plain.split('\n')[0]).toBe('ID,frequency,recency,T');
		expect(readTable(plain)).toEqual({
			kind: 'missing-columns',
			missing: ['profit'],
			layout: 'lifetimes'
		});
	});

	it('reads the BTYD names, a monetary header and a pandas index with a blank header', () => {
		const btyd = table(readTable('customer,x,t.x,T.cal,m.x\nA,0,0,10,0\nB,4,9,10,2.5'));
		expect(btyd.layout).toBe('lifetimes');
		expect(btyd.rows).toEqual([
			{ id: 'A', transactions: 1, profit: 0, recencyDays: 10 },
			{ id: 'B', transactions: 5, profit: 10, recencyDays: 1 }
		]);
		const pandas = table(readTable(',frequency,recency,T,monetary_value\n7,1,3,5,4'));
		expect(pandas.rows).toEqual([{ id: '7', transactions: 2, profit: 4, recencyDays: 2 }]);
		const monetary = table(readTable('id,frequency,recency,T,monetary\nA,2,3,5,4\nB,0,0,5,'));
		expect(monetary.rows).toEqual([
			{ id: 'A', transactions: 3, profit: 8, recencyDays: 2 },
			{ id: 'B', transactions: 1, profit: 0, recencyDays: 5 }
		]);
	});

	it('reports bad cells under the file’s own header names', () => {
		const result = readTable(
			'id,frequency,recency,T,monetary_value\nA,x,1,2,3\nB,1,5,2,3\nC,1,1,,3\nD,-1,1,2,3\nE,1.5,1,2,3\nF,1,1,2,3'
		);
		expect(table(result).badRows).toEqual([
			{ line: 2, problem: 'bad-number', header: 'frequency' },
			{ line: 3, problem: 'recency-after-age', header: 'recency' },
			{ line: 4, problem: 'missing-value', header: 'T' },
			{ line: 5, problem: 'negative-value', header: 'frequency' },
			{ line: 6, problem: 'fractional-frequency', header: 'frequency' }
		]);
	});

	it('keeps the plain reading when there is no T column', () => {
		const result = table(readTable('id,frequency,profit,recency\nA,3,30,12'));
		expect(result.layout).toBe('plain');
		expect(result.rows).toEqual([{ id: 'A', transactions: 3, profit: 30, recencyDays: 12 }]);
	});
});
