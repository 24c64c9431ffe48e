import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CUSTOMER_BASE, generateCustomerBase } from '$lib/model/segments';
import {
	MAX_FILE_BYTES,
	MAX_PASTE_CHARS,
	MAX_TABLE_ROWS,
	readJob,
	readTable,
	type TableRead
} from './table';

function table(result: TableRead) {
	if (result.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(result)}`);
	return result;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readTable: the plain layout', () => {
	it('reads a plain English table and says how', () => {
		const result = table(readTable('id,transactions,profit\nA,3,120\nB,1,-20.5\n'));
		expect(result.rows).toEqual([
			{ id: 'A', transactions: 3, profit: 120 },
			{ id: 'B', transactions: 1, profit: -20.5 }
		]);
		expect(result.badRows).toEqual([]);
		expect(result.hasRecency).toBe(false);
		expect(result.format).toEqual({ encoding: 'text', delimiter: ',', decimal: 'point' });
		expect(result.stoppedAt).toBeNull();
	});

	it('ignores a byte-order mark and accepts Chinese headers in any order', () => {
		const result = table(readTable('\uFEFF利润,编号,交易次数\n120,甲,3\n45.5,乙,2'));
		expect(result.rows).toEqual([
			{ id: '甲', transactions: 3, profit: 120 },
			{ id: '乙', transactions: 2, profit: 45.5 }
		]);
	});

	it('reads tabs and quoted thousands, and CRLF files', () => {
		const tab = table(readTable('ID\tTransactions\tProfit\r\nA\t2\t"1,200"\r\n'));
		expect(tab.format.delimiter).toBe('\t');
		expect(tab.rows).toEqual([{ id: 'A', transactions: 2, profit: 1200 }]);
	});

	// Issue 19: a semicolon file with decimal commas read "1.234" as 1.234 and said nothing.
	it('reads decimal-comma files (B;2;1.234 and 2,5) and states the convention', () => {
		const result = table(readTable('id;transactions;profit\nA;3;2,5\nB;2;1.234\n'));
		expect(result.rows).toEqual([
			{ id: 'A', transactions: 3, profit: 2.5 },
			{ id: 'B', transactions: 2, profit: 1234 }
		]);
		expect(result.format).toEqual({ encoding: 'text', delimiter: ';', decimal: 'comma' });
		// with nothing but the ambiguous cell, a semicolon file still means a decimal comma
		expect(table(readTable('id;transactions;profit\nB;2;1.234')).rows[0]!.profit).toBe(1234);
		// and the reader may say otherwise
		const point = table(readTable('id;transactions;profit\nB;2;1.234', { decimal: 'point' }));
		expect(point.rows[0]!.profit).toBe(1.234);
		expect(point.format.decimal).toBe('point');
	});

	// Issue 19: 2.5 purchases used to be accepted as a count.
	it('refuses a fractional number of purchases', () => {
		const result = table(readTable('id;transactions;profit\nA;2,5;10\nB;3;9'));
		expect(result.rows.map((row) => row.id)).toEqual(['B']);
		expect(result.badRows).toEqual([
			{ line: 2, problem: 'fractional-frequency', field: 'transactions' }
		]);
		expect(table(readTable('id,transactions,profit\nA,1.5,3\nB,1,1')).badRowCount).toBe(1);
	});

	// Issue 19: `monetary` (and the usual RFM names) were not accepted as headers.
	it('accepts the usual RFM names, reading monetary as profit when there is no profit column', () => {
		const result = table(
			readTable('CustomerID,Recency,Frequency,Monetary\n12346,325,1,77183.6\n12347,2,7,4310')
		);
		expect(result.layout).toBe('plain');
		expect(result.rows).toEqual([
			{ id: '12346', transactions: 1, profit: 77183.6, recencyDays: 325 },
			{ id: '12347', transactions: 7, profit: 4310, recencyDays: 2 }
		]);
		expect(result.columns).toEqual([
			{ field: 'id', headers: ['CustomerID'], rule: 'as-is' },
			{ field: 'transactions', headers: ['Frequency'], rule: 'as-is' },
			{ field: 'profit', headers: ['Monetary'], rule: 'value-as-profit' },
			{ field: 'recency_days', headers: ['Recency'], rule: 'as-is' }
		]);
		const both = table(readTable('customer_id,orders,monetary_value,profit\nA,2,300,45'));
		expect(both.rows).toEqual([{ id: 'A', transactions: 2, profit: 45 }]);
		expect(both.columns[2]).toEqual({ field: 'profit', headers: ['profit'], rule: 'as-is' });
	});

	it('reads the optional recency column, leaving blank cells unset', () => {
		const result = table(readTable('编号,交易次数,利润,最近购买天数\nA,3,120,14\nB,1,5,\n'));
		expect(result.hasRecency).toBe(true);
		expect(result.rows).toEqual([
			{ id: 'A', transactions: 3, profit: 120, recencyDays: 14 },
			{ id: 'B', transactions: 1, profit: 5 }
		]);
	});

	it('reports bad rows by file line number with a problem and the field', () => {
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
		const result = table(readTable(text));
		expect(result.rows.map((row) => row.id)).toEqual(['A', 'H']);
		expect(result.badRows).toEqual([
			{ line: 4, problem: 'bad-number', field: 'transactions' },
			{ line: 5, problem: 'negative-value', field: 'transactions' },
			{ line: 6, problem: 'duplicate-customer', field: 'id' },
			{ line: 7, problem: 'missing-customer', field: 'id' },
			{ line: 8, problem: 'missing-value', field: 'profit' },
			{ line: 9, problem: 'bad-number', field: 'profit' },
			{ line: 10, problem: 'negative-value', field: 'recency_days' },
			{ line: 11, problem: 'bad-number', field: 'recency_days' }
		]);
		expect(result.badRowCount).toBe(8);
	});

	it('lists the first 20 bad rows and counts them all', () => {
		const lines = ['id,transactions,profit', 'OK,1,1'];
		for (let i = 0; i < 50; i++) lines.push(`c${i},x,1`);
		const result = table(readTable(lines.join('\n')));
		expect(result.badRows).toHaveLength(20);
		expect(result.badRowCount).toBe(50);
	});

	// Issue 19: a quote left open swallowed the rows after it without a word.
	it('reports an unbalanced quote with the line where it opens', () => {
		const text = 'id,transactions,profit\nA,1,5\n"B,2,7\nC,3,9\nD,1,1\n';
		expect(readTable(text)).toEqual({
			kind: 'error',
			error: { code: 'unbalanced-quote', line: 3 }
		});
		expect(readTable('"id,transactions,profit\nA,1,1')).toEqual({
			kind: 'error',
			error: { code: 'unbalanced-quote', line: 1 }
		});
	});

	it('reads the first 10,000 customers and says where it stopped', () => {
		const lines = ['id,transactions,profit'];
		for (let i = 0; i < MAX_TABLE_ROWS + 5; i++) lines.push(`c${i},1,1`);
		const result = table(readTable(lines.join('\n')));
		expect(result.rows).toHaveLength(MAX_TABLE_ROWS);
		expect(result.stoppedAt).toBe(MAX_TABLE_ROWS + 2);
		const small = table(readTable(lines.slice(0, 6).join('\n'), { maxRows: 3 }));
		expect(small.rows).toHaveLength(3);
		expect(small.stoppedAt).toBe(5);
	});

	// Issue 19: a million pasted rows froze the page for 42 s although only 10,000 were read.
	it('refuses a paste over the cap before reading any of it', () => {
		const row = 'C000001,3,120.5,14\n';
		const million = 'id,transactions,profit,recency_days\n' + row.repeat(1_000_000);
		expect(million.length).toBeGreaterThan(MAX_PASTE_CHARS);
		let progress = 0;
		const result = readTable(million, { progress: () => progress++ });
		expect(result).toEqual({
			kind: 'error',
			error: { code: 'too-large', bytes: million.length, limit: MAX_PASTE_CHARS }
		});
		expect(progress).toBe(0);
	});

	it('requires a header row with the required columns, and data under it', () => {
		expect(readTable('A,3,120\nB,1,5')).toEqual({
			kind: 'missing-columns',
			missing: ['id', 'transactions', 'profit'],
			layout: 'plain'
		});
		expect(readTable('编号,利润\nA,3')).toEqual({
			kind: 'missing-columns',
			missing: ['transactions'],
			layout: 'plain'
		});
		expect(readTable('id,transactions,profit\n\n')).toEqual({
			kind: 'error',
			error: { code: 'header-only' }
		});
	});

	it('says when no row could be used', () => {
		const read = readTable('id,transactions,profit\nA,-1,5');
		expect(read).toMatchObject({
			kind: 'no-rows',
			badRows: [{ line: 2, problem: 'negative-value', field: 'transactions' }],
			badRowCount: 1
		});
	});

	it('calls a blank text empty', () => {
		expect(readTable('')).toEqual({ kind: 'error', error: { code: 'empty' } });
		expect(readTable('\uFEFF\n\n  \n')).toEqual({ kind: 'error', error: { code: 'empty' } });
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
					const result = table(readTable(text));
					expect(result.badRows).toEqual([]);
					expect(result.rows).toEqual(customers);
				}
			),
			{ numRuns: 30 }
		);
	});
});

describe('readTable: files', () => {
	/** "编号,交易次数,利润" as Excel saves it for a Chinese system (GB18030), byte by byte. */
	const gb18030Header = Uint8Array.of(
		...[0xb1, 0xe0, 0xba, 0xc5, 0x2c], // 编号,
		...[0xbd, 0xbb, 0xd2, 0xd7, 0xb4, 0xce, 0xca, 0xfd, 0x2c], // 交易次数,
		...[0xc0, 0xfb, 0xc8, 0xf3] // 利润
	);

	it('reads UTF-8 (with or without a byte-order mark) and GB18030, and says which', () => {
		const text = 'id,交易次数,利润\r\nA1,12,960';
		expect(table(readTable(utf8(text))).format.encoding).toBe('utf-8');
		const bom = table(readTable(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text))));
		expect(bom.rows).toEqual([{ id: 'A1', transactions: 12, profit: 960 }]);
		const gb = table(readTable(Uint8Array.of(...gb18030Header, ...utf8('\r\nA,3,90'))));
		expect(gb.format.encoding).toBe('gb18030');
		expect(gb.rows).toEqual([{ id: 'A', transactions: 3, profit: 90 }]);
	});

	// Issue 19: a 1 MB binary file showed "Reading…" for 8.5 s before failing.
	it('refuses a 1 MB binary file and a spreadsheet from their first bytes', () => {
		const binary = new Uint8Array(1024 * 1024);
		for (let i = 0; i < binary.length; i++) binary[i] = (i * 2654435761) >>> 24;
		expect(readTable(binary)).toEqual({ kind: 'error', error: { code: 'binary' } });
		const xlsx = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, ...utf8('id,transactions,profit'));
		expect(readTable(xlsx)).toEqual({ kind: 'error', error: { code: 'spreadsheet' } });
	});

	it('refuses a file over the cap', () => {
		const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
		expect(readTable(big)).toEqual({
			kind: 'error',
			error: { code: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }
		});
	});

	it('reads a worker job: a file as an ArrayBuffer, a paste as text, with the decimal mark', () => {
		const bytes = utf8('id;transactions;profit\nA;1;1.234');
		expect(table(readJob({ n: 1, buffer: bytes.slice().buffer })).rows[0]!.profit).toBe(1234);
		const pasted = readJob({ n: 2, text: 'id;transactions;profit\nA;1;1.234', decimal: 'point' });
		expect(table(pasted).rows[0]!.profit).toBe(1.234);
		expect(table(pasted).format.encoding).toBe('text');
	});
});
