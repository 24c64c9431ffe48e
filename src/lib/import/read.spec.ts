import { describe, expect, it } from 'vitest';
import { readBytes, readText, type ReadResult } from './read';
import { MAX_BYTES, MAX_PASTE_CHARS } from './problems';
import { dayNumber } from './dates';

const utf8 = (text: string) => new TextEncoder().encode(text);

function log(result: ReadResult) {
	if (result.kind !== 'log') throw new Error(`expected a log, got ${JSON.stringify(result)}`);
	return result;
}
function error(result: ReadResult) {
	if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
	return result.error;
}
const days = (result: ReadResult) => Array.from(log(result).log.day);
const amounts = (result: ReadResult) => Array.from(log(result).log.amount ?? []);

describe('reading a transaction log', () => {
	it('reads CSV into typed columns, customers numbered in order of appearance', () => {
		const result = log(
			readText('customer,date,amount\nA,2024-03-05,10\nB,2024-03-06,20.5\nA,2024-03-07,5')
		);
		expect(result.log.customer).toBeInstanceOf(Int32Array);
		expect(result.log.day).toBeInstanceOf(Int32Array);
		expect(result.log.amount).toBeInstanceOf(Float64Array);
		expect(result.log.customerIds).toEqual(['A', 'B']);
		expect(Array.from(result.log.customer)).toEqual([0, 1, 0]);
		expect(Array.from(result.log.day)).toEqual([
			dayNumber(2024, 3, 5),
			dayNumber(2024, 3, 6),
			dayNumber(2024, 3, 7)
		]);
		expect(result.format).toMatchObject({
			delimiter: ',',
			decimal: 'point',
			rows: 3,
			badRowCount: 0
		});
	});

	it('finds Chinese and English headers in any order and ignores extra columns', () => {
		const clean = log(
			readText('备注\t金额\t日期\t客户编号\nx\t¥1,200\t2024/3/5\t张三\ny\t80元\t2024/3/9\t李四')
		);
		expect(clean.format.delimiter).toBe('\t');
		expect(clean.log.customerIds).toEqual(['张三', '李四']);
		expect(Array.from(clean.log.amount!)).toEqual([1200, 80]);
		const english = log(readText('Order Date|Note|Customer ID|Order Total\n2024-01-02|x|C1|3.5'));
		expect(english.format.delimiter).toBe('|');
		expect(english.log.customerIds).toEqual(['C1']);
	});

	it('lets the columns be chosen by hand, and says when a choice is not in the file', () => {
		const text = 'who,when,paid,other\nA,2024-03-05,10,1\nA,2024-03-08,7,2';
		expect(error(readText(text))).toMatchObject({
			code: 'missing-columns',
			missing: ['customer', 'date'],
			header: ['who', 'when', 'paid', 'other']
		});
		const chosen = log(readText(text, { columns: { customer: 0, date: 1, amount: 2 } }));
		expect(Array.from(chosen.log.amount!)).toEqual([10, 7]);
		expect(error(readText(text, { columns: { customer: 9, date: 1 } }))).toEqual({
			code: 'bad-mapping',
			column: 9,
			columns: 4
		});
		// without an amount column the log is still read (spend cannot be modelled)
		expect(log(readText('customer,date\nA,2024-03-05')).log.amount).toBeNull();
	});

	it('reads semicolon files with decimal commas and says so', () => {
		const result = log(
			readText('customer;date;amount\nA;05.03.2024;12,50\nB;17.03.2024;1.234,00\nA;18.03.2024;3')
		);
		expect(result.format).toMatchObject({ delimiter: ';', decimal: 'comma' });
		expect(amounts(result)).toEqual([12.5, 1234, 3]);
		// the mark can be set by hand
		const point = readText('customer;date;amount\nA;2024-03-05;1,234', { decimal: 'point' });
		expect(amounts(point)).toEqual([1234]);
		expect(log(readText('customer;date;amount\nA;2024-03-05;1,234')).format.decimal).toBe('comma');
	});

	it('reads amounts with thousands separators and currency signs', () => {
		const result = readText(
			'customer\tdate\tamount\nA\t2024-03-05\t$1,234.50\nA\t2024-03-06\t¥ 88\nA\t2024-03-07\t12元\nA\t2024-03-08\tRMB 1,000\nA\t2024-03-09\t"2,000.25"'
		);
		expect(amounts(result)).toEqual([1234.5, 88, 12, 1000, 2000.25]);
		const european = readText('customer;date;amount\nA;2024-03-05;1 234,50 €\nA;2024-03-06;0,99');
		expect(amounts(european)).toEqual([1234.5, 0.99]);
	});

	it('reads ISO, 2024/3/5, 20240305, Chinese and day/month dates, with times ignored', () => {
		const d = dayNumber(2024, 3, 5);
		for (const cell of [
			'2024-03-05',
			'2024/3/5',
			'20240305',
			'2024.03.05',
			'2024年3月5日',
			'2024-03-05T14:30:00Z',
			'2024/3/5 09:15'
		]) {
			expect(days(readText(`customer,date\nA,${cell}`))).toEqual([d]);
		}
		const dayFirst = readText('customer,date\nA,05/03/2024\nA,17/03/2024');
		expect(days(dayFirst)).toEqual([d, dayNumber(2024, 3, 17)]);
		expect(log(dayFirst).dates).toMatchObject({ order: 'dmy', ambiguous: false });
		const monthFirst = readText('customer,date\nA,03/05/2024\nA,03/17/2024');
		expect(days(monthFirst)).toEqual([d, dayNumber(2024, 3, 17)]);
		expect(log(monthFirst).dates).toMatchObject({ order: 'mdy', ambiguous: false });
	});

	it('flags day/month dates no cell can settle, and reads them in the order chosen', () => {
		const text = 'customer,date\nA,05/03/2024\nA,06/03/2024';
		const guess = log(readText(text));
		expect(guess.dates).toMatchObject({ order: 'dmy', ambiguous: true });
		const chosen = log(readText(text, { dateOrder: 'mdy' }));
		expect(chosen.dates).toMatchObject({ order: 'mdy', ambiguous: true });
		expect(Array.from(chosen.log.day)).toEqual([dayNumber(2024, 5, 3), dayNumber(2024, 6, 3)]);
		// a reader can overrule the detected order
		const forced = log(
			readText('customer,date\nA,17/03/2024\nA,05/03/2024', {
				dateOrder: 'mdy',
				forceDateOrder: true
			})
		);
		expect(forced.format.badRowCount).toBe(1);
	});

	it('counts every bad row, lists the first 20 with line and reason, and reads the rest', () => {
		const lines = [
			'customer,date,amount',
			'A,2024-03-05,10',
			',2024-03-05,1',
			'B,,1',
			'C,2023-02-29,1',
			'D,2024-03-05,abc',
			'E,2024-03-05,-5',
			'F,2024-03-05,'
		];
		for (let i = 0; i < 20; i++) lines.push(`G${i},not a date,1`);
		lines.push('H,2024-03-06,2');
		const result = log(readText(lines.join('\n')));
		expect(result.log.customerIds).toEqual(['A', 'H']);
		expect(result.format.badRowCount).toBe(26);
		expect(result.format.badRows).toHaveLength(20);
		expect(result.format.badRows.slice(0, 6)).toEqual([
			{ line: 3, problem: 'missing-customer', column: 0 },
			{ line: 4, problem: 'missing-date', column: 1 },
			{ line: 5, problem: 'bad-date', column: 1 },
			{ line: 6, problem: 'bad-amount', column: 2 },
			{ line: 7, problem: 'negative-amount', column: 2 },
			{ line: 8, problem: 'missing-amount', column: 2 }
		]);
		expect(result.format.rows).toBe(28);
	});

	it('refuses purchase dates in the future', () => {
		const result = log(
			readText('customer,date\nA,2024-03-05\nA,2031-01-01', { today: dayNumber(2026, 1, 1)! })
		);
		expect(result.format.badRows).toEqual([{ line: 3, problem: 'future-date', column: 1 }]);
		expect(result.log.day).toHaveLength(1);
	});

	it('reports an unbalanced quote with the line where it starts', () => {
		const text =
			'customer,date,amount\nA,2024-03-05,1\n"B,2024-03-06,2\nC,2024-03-07,3\nD,2024-03-08,"4';
		expect(error(readText(text))).toEqual({ code: 'unbalanced-quote', line: 3 });
		expect(error(readText('"customer,date\nA,2024-03-05'))).toEqual({
			code: 'unbalanced-quote',
			line: 1
		});
		// quotes that close are fine, "" is a quote inside a cell
		const quoted = log(readText('customer,date\n"A, ""the"" shop",2024-03-05'));
		expect(quoted.log.customerIds).toEqual(['A, "the" shop']);
	});

	it('says when a file is empty, has only a header, or has no readable row', () => {
		expect(error(readText(''))).toEqual({ code: 'empty' });
		expect(error(readText(' \n\n  \r\n'))).toEqual({ code: 'empty' });
		expect(error(readText('customer,date,amount\n\n'))).toEqual({ code: 'header-only' });
		const none = readText('customer,date\nA,yesterday\nB,tomorrow');
		expect(error(none)).toEqual({ code: 'no-valid-rows' });
		expect(none.kind === 'error' && none.badRows).toHaveLength(2);
	});

	it('handles CRLF and old-Mac line ends, a BOM and blank lines', () => {
		expect(
			days(readText('\uFEFFcustomer,date\r\nA,2024-03-05\r\n\r\nA,2024-03-06\r\n'))
		).toHaveLength(2);
		expect(days(readText('customer,date\rA,2024-03-05\rA,2024-03-06'))).toHaveLength(2);
	});

	it('caps the rows read', () => {
		expect(
			error(readText('customer,date\nA,2024-03-05\nA,2024-03-06\nA,2024-03-07', { maxRows: 2 }))
		).toEqual({
			code: 'too-many-rows',
			limit: 2
		});
	});
});

describe('reading bytes', () => {
	it('reads UTF-8 with and without a BOM', () => {
		const text = '客户编号,日期,金额\n张三,2024/3/5,120';
		const plain = log(readBytes(utf8(text)));
		expect(plain.format).toMatchObject({ encoding: 'utf-8', bom: false });
		const bom = log(readBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])));
		expect(bom.format).toMatchObject({ encoding: 'utf-8', bom: true });
		expect(bom.log.customerIds).toEqual(['张三']);
	});

	it('detects GB18030 (Excel on Chinese Windows)', () => {
		// '客户编号,日期,金额\n张三,2024/3/5,¥120\n张三,2024/4/1,80\n' encoded as GB18030 (Python str.encode)
		const bytes = new Uint8Array([
			191, 205, 187, 167, 177, 224, 186, 197, 44, 200, 213, 198, 218, 44, 189, 240, 182, 238, 10,
			213, 197, 200, 253, 44, 50, 48, 50, 52, 47, 51, 47, 53, 44, 129, 48, 132, 54, 49, 50, 48, 10,
			213, 197, 200, 253, 44, 50, 48, 50, 52, 47, 52, 47, 49, 44, 56, 48, 10
		]);
		const result = log(readBytes(bytes));
		expect(result.format.encoding).toBe('gb18030');
		expect(result.log.customerIds).toEqual(['张三']);
		expect(Array.from(result.log.amount!)).toEqual([120, 80]);
	});

	it('reads UTF-16 with a BOM (Excel’s “Unicode text”)', () => {
		const text = 'customer\tdate\nA\t2024-03-05';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
		expect(log(readBytes(bytes)).format.encoding).toBe('utf-16le');
	});

	it('refuses binary garbage, workbooks and pictures at once', () => {
		const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
		expect(error(readBytes(garbage))).toEqual({ code: 'binary' });
		expect(error(readBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toEqual({
			code: 'spreadsheet'
		});
		expect(error(readBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10])))).toEqual({
			code: 'binary'
		});
		const controls = utf8('customer,date\n' + '\u0001\u0002\u0003'.repeat(50));
		expect(error(readBytes(controls))).toEqual({ code: 'binary' });
	});

	it('refuses files over the size cap and pastes over the paste cap', () => {
		const big = new Uint8Array(MAX_BYTES + 1);
		expect(error(readBytes(big))).toEqual({
			code: 'too-large',
			bytes: MAX_BYTES + 1,
			limit: MAX_BYTES
		});
		const paste = 'a'.repeat(MAX_PASTE_CHARS + 1);
		expect(error(readText(paste))).toMatchObject({ code: 'too-large', limit: MAX_PASTE_CHARS });
	});
});
