import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ModelInputError } from '../errors';
import { parseCustomerCsv, type CsvImportResult } from './csv';
import { DEFAULT_CUSTOMER_BASE, generateCustomerBase } from './generate';
import { rfmScores } from './rfm';

function table(result: CsvImportResult) {
	if (result.kind !== 'table') throw new Error(`expected a table, got ${result.kind}`);
	return result;
}

describe('parseCustomerCsv', () => {
	it('reads a plain English table', () => {
		const result = table(parseCustomerCsv('id,transactions,profit\nA,3,120\nB,1,-20.5\n'));
		expect(result.rows).toEqual([
			{ id: 'A', transactions: 3, profit: 120 },
			{ id: 'B', transactions: 1, profit: -20.5 }
		]);
		expect(result.badRows).toEqual([]);
		expect(result.hasRecency).toBe(false);
		expect(result.delimiter).toBe(',');
	});

	it('ignores a byte-order mark and accepts Chinese headers in any order', () => {
		const text = '\uFEFF利润,编号,交易次数\n120,甲,3\n45.5,乙,2';
		const result = table(parseCustomerCsv(text));
		expect(result.rows).toEqual([
			{ id: '甲', transactions: 3, profit: 120 },
			{ id: '乙', transactions: 2, profit: 45.5 }
		]);
	});

	it('detects semicolons (with decimal commas) and tabs, and reads CRLF files', () => {
		const semicolon = table(parseCustomerCsv('id;transactions;profit\r\nA;2;12,5\r\n'));
		expect(semicolon.delimiter).toBe(';');
		expect(semicolon.rows).toEqual([{ id: 'A', transactions: 2, profit: 12.5 }]);
		const tab = table(parseCustomerCsv('ID\tTransactions\tProfit\nA\t2\t"1,200"\n'));
		expect(tab.delimiter).toBe('\t');
		expect(tab.rows).toEqual([{ id: 'A', transactions: 2, profit: 1200 }]);
	});

	it('reads the optional recency column, leaving blank cells unset', () => {
		const text = '编号,交易次数,利润,最近购买天数\nA,3,120,14\nB,1,5,\n';
		const result = table(parseCustomerCsv(text));
		expect(result.hasRecency).toBe(true);
		expect(result.rows).toEqual([
			{ id: 'A', transactions: 3, profit: 120, recencyDays: 14 },
			{ id: 'B', transactions: 1, profit: 5 }
		]);
	});

	it('reports bad rows by file line number with a reason', () => {
		const text = [
			'id,transactions,profit,recency_days', // line 1
			'A,3,120,10', // 2 ok
			'', // 3 blank, skipped
			'B,x,5,1', // 4 not a number
			'C,-1,5,1', // 5 negative transactions
			'A,2,7,1', // 6 duplicate id
			',2,7,1', // 7 missing id
			'D,2', // 8 missing profit
			'E,2,abc,1', // 9 profit not a number
			'F,2,3,-4', // 10 negative recency
			'G,2,3,soon', // 11 recency not a number
			'H,0,-9,30' // 12 ok
		].join('\n');
		const result = table(parseCustomerCsv(text));
		expect(result.rows.map((row) => row.id)).toEqual(['A', 'H']);
		expect(result.badRows).toEqual([
			{ line: 4, reason: 'not-a-number', column: 'transactions' },
			{ line: 5, reason: 'negative-transactions', column: 'transactions' },
			{ line: 6, reason: 'duplicate-id', column: 'id' },
			{ line: 7, reason: 'missing-column', column: 'id' },
			{ line: 8, reason: 'missing-column', column: 'profit' },
			{ line: 9, reason: 'not-a-number', column: 'profit' },
			{ line: 10, reason: 'negative-recency', column: 'recency_days' },
			{ line: 11, reason: 'not-a-number', column: 'recency_days' }
		]);
	});

	it('counts lines inside quoted cells when numbering', () => {
		const text = 'id,transactions,profit\n"two\nline id",1,5\nB,x,1\n';
		const result = table(parseCustomerCsv(text));
		expect(result.rows).toEqual([{ id: 'two\nline id', transactions: 1, profit: 5 }]);
		expect(result.badRows).toEqual([{ line: 4, reason: 'not-a-number', column: 'transactions' }]);
	});

	it('stops after the row limit and says where', () => {
		const lines = ['id,transactions,profit'];
		for (let i = 0; i < 5; i++) lines.push(`c${i},1,1`);
		const result = table(parseCustomerCsv(lines.join('\n'), { maxRows: 3 }));
		expect(result.rows).toHaveLength(3);
		expect(result.badRows).toEqual([{ line: 5, reason: 'too-many-rows' }]);
		expect(() => parseCustomerCsv('', { maxRows: 0 })).toThrow(ModelInputError);
	});

	it('requires a header row with the required columns', () => {
		expect(parseCustomerCsv('A,3,120\nB,1,5')).toEqual({
			kind: 'missing-columns',
			missing: ['id', 'transactions', 'profit'],
			layout: 'plain'
		});
		expect(parseCustomerCsv('编号,利润\nA,3')).toEqual({
			kind: 'missing-columns',
			missing: ['transactions'],
			layout: 'plain'
		});
	});

	it('calls a blank file empty', () => {
		expect(parseCustomerCsv('')).toEqual({ kind: 'empty' });
		expect(parseCustomerCsv('\uFEFF\n\n  \n')).toEqual({ kind: 'empty' });
	});

	it('reads back any generated base written as CSV with any delimiter', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1000 }),
				fc.constantFrom(',', ';', '\t'),
				fc.boolean(),
				(seed, delimiter, bom) => {
					const { customers } = generateCustomerBase({ ...DEFAULT_CUSTOMER_BASE, count: 60 }, seed);
					const lines = customers.map((c) =>
						[c.id, c.transactions, c.profit, c.recencyDays].join(delimiter)
					);
					const header = ['编号', '交易次数', '利润', 'recency_days'].join(delimiter);
					const text = (bom ? '\uFEFF' : '') + [header, ...lines].join('\r\n');
					const result = table(parseCustomerCsv(text));
					expect(result.badRows).toEqual([]);
					expect(result.rows).toEqual(customers);
				}
			),
			{ numRuns: 30 }
		);
	});
});

describe('parseCustomerCsv: the lifetimes / BTYD summary layout', () => {
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
	const rScores = (rows: Parameters<typeof rfmScores>[0]) => {
		const scores = rfmScores(rows);
		if (scores.kind !== 'scores') throw new Error(scores.kind);
		return scores.scores.map((score) => score.recency);
	};

	it('reads CDNOW: customer 1 (2 repeats, last at week 30.43 of 38.86) has 3 purchases, R = 5', () => {
		const result = table(parseCustomerCsv(cdnow));
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
		const result = table(parseCustomerCsv(withProfit));
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
		expect(table(parseCustomerCsv(cdnow)).columns).toEqual([
			{ field: 'id', headers: ['ID'], rule: 'as-is' },
			{ field: 'transactions', headers: ['frequency'], rule: 'repeat-plus-first' },
			{ field: 'profit', headers: ['monetary_value', 'frequency'], rule: 'mean-times-repeat' },
			{ field: 'recency_days', headers: ['T', 'recency'], rule: 'end-minus-recency' }
		]);
		expect(table(parseCustomerCsv('id,transactions,profit,recency\nA,1,2,3')).columns).toEqual([
			{ field: 'id', headers: ['id'], rule: 'as-is' },
			{ field: 'transactions', headers: ['transactions'], rule: 'as-is' },
			{ field: 'profit', headers: ['profit'], rule: 'as-is' },
			{ field: 'recency_days', headers: ['recency'], rule: 'as-is' }
		]);
	});

	it('asks for money when the summary has none (the plain CDNOW summary: ID, frequency, recency, T)', () => {
		const plain = cdnow.replace(/,[^,\n]*$/gm, '');
		expect(plain.split('\n')[0]).toBe('ID,frequency,recency,T');
		expect(parseCustomerCsv(plain)).toEqual({
			kind: 'missing-columns',
			missing: ['profit'],
			layout: 'lifetimes'
		});
	});

	it('reads the BTYD names and a pandas index with a blank header', () => {
		const btyd = table(parseCustomerCsv('customer,x,t.x,T.cal,m.x\nA,0,0,10,0\nB,4,9,10,2.5'));
		expect(btyd.layout).toBe('lifetimes');
		expect(btyd.rows).toEqual([
			{ id: 'A', transactions: 1, profit: 0, recencyDays: 10 },
			{ id: 'B', transactions: 5, profit: 10, recencyDays: 1 }
		]);
		const pandas = table(parseCustomerCsv(',frequency,recency,T,monetary_value\n7,1,3,5,4'));
		expect(pandas.rows).toEqual([{ id: '7', transactions: 2, profit: 4, recencyDays: 2 }]);
	});

	it('reports bad cells under the file’s own header names', () => {
		const result = parseCustomerCsv(
			'id,frequency,recency,T,monetary_value\nA,x,1,2,3\nB,1,5,2,3\nC,1,1,,3\nD,-1,1,2,3'
		);
		expect(table(result).badRows).toEqual([
			{ line: 2, reason: 'not-a-number', column: 'transactions', header: 'frequency' },
			{ line: 3, reason: 'recency-after-end', column: 'recency_days', header: 'recency' },
			{ line: 4, reason: 'missing-column', column: 'recency_days', header: 'T' },
			{ line: 5, reason: 'negative-transactions', column: 'transactions', header: 'frequency' }
		]);
	});

	it('keeps the plain reading when there is no T column', () => {
		const result = table(parseCustomerCsv('id,frequency,profit,recency\nA,3,30,12'));
		expect(result.layout).toBe('plain');
		expect(result.rows).toEqual([{ id: 'A', transactions: 3, profit: 30, recencyDays: 12 }]);
	});
});
