import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ModelInputError } from '../errors';
import { parseCustomerCsv, type CsvImportResult } from './csv';
import { DEFAULT_CUSTOMER_BASE, generateCustomerBase } from './generate';

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
			missing: ['id', 'transactions', 'profit']
		});
		expect(parseCustomerCsv('编号,利润\nA,3')).toEqual({
			kind: 'missing-columns',
			missing: ['transactions']
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
