import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findColumns } from './columns';
import { decodeBytes, notText } from './decode';
import { parseAmount } from './numbers';
import { openTable, readText } from './read';
import { isProblem, readRows, type RowsOptions } from './read-rows';

/** Rows of `id;n` read as { id, n } with n a whole count. */
const counts: Omit<RowsOptions<{ id: string; n: number }>, 'delimiter'> = {
	headerLine: 1,
	maxRows: 100,
	numberColumns: [1],
	read(cells) {
		const id = cells.text(0);
		if (id === undefined) return { problem: 'missing-customer', column: 0 };
		const n = cells.number(1, { whole: true, nonNegative: true });
		return isProblem(n) ? n : { id, n };
	},
	key: { of: (row) => row.id, column: 0 }
};

describe('parseAmount under the comma convention', () => {
	// A plain "1.234" was read as 1.234 whatever the convention, so a semicolon file with
	// thousands points (B;2;1.234) came out a thousand times too small.
	it('reads a point as a thousands separator', () => {
		expect(parseAmount('1.234', 'comma')).toBe(1234);
		expect(parseAmount('1.234', 'point')).toBe(1.234);
		expect(parseAmount('12', 'comma')).toBe(12);
		expect(parseAmount('-7', 'comma')).toBe(-7);
		expect(parseAmount('12.5', 'comma')).toBeNull();
	});

	it('reads every whole number the same under both conventions', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
				expect(parseAmount(String(n), 'comma')).toBe(n);
				expect(parseAmount(String(n), 'point')).toBe(n);
			})
		);
	});
});

describe('openTable', () => {
	it('finds the delimiter and the header after blank lines, and says whether data follows', () => {
		const opened = openTable('\n\nid;amount\nA;12,50');
		expect(opened).toMatchObject({
			kind: 'table',
			delimiter: ';',
			header: { line: 3, cells: ['id', 'amount'] },
			dataAfter: true,
			encoding: 'text',
			bom: false
		});
		expect(openTable('\uFEFFid,amount')).toMatchObject({ bom: true, dataAfter: false });
	});

	it('refuses a paste over its cap, an empty text and an open quote in the header', () => {
		expect(openTable('x'.repeat(11), undefined, 10)).toEqual({
			kind: 'error',
			error: { code: 'too-large', bytes: 11, limit: 10 }
		});
		// a decoded file is not held to the paste cap
		expect(openTable('a,b\n1,2', { encoding: 'utf-8', bom: false }, 3).kind).toBe('table');
		expect(openTable(' \n')).toEqual({ kind: 'error', error: { code: 'empty' } });
		expect(openTable('"id,amount\nA,1')).toEqual({
			kind: 'error',
			error: { code: 'unbalanced-quote', line: 1 }
		});
	});

	it('leaves readText as it was', () => {
		expect(readText('customer,date\nA,2024-03-05').kind).toBe('log');
		expect(readText('"customer,date\nA,2024-03-05')).toEqual({
			kind: 'error',
			error: { code: 'unbalanced-quote', line: 1 }
		});
	});
});

describe('notText', () => {
	it('judges a file from its first bytes', () => {
		expect(notText(Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x2d))).toEqual({ code: 'binary' });
		expect(notText(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0))).toEqual({ code: 'spreadsheet' });
		expect(notText(new TextEncoder().encode('id,amount\nA,1'))).toBeUndefined();
		// UTF-16 text has NUL bytes, but its byte-order mark says what it is
		const utf16 = Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00);
		expect(notText(utf16)).toBeUndefined();
		expect(decodeBytes(utf16)).toMatchObject({ kind: 'text', text: 'a,b', encoding: 'utf-16le' });
	});
});

describe('findColumns with other roles', () => {
	it('finds a table’s own roles by normalised name, the first name listed winning', () => {
		const aliases = { id: ['customerid', 'id'], n: ['orders', 'frequency'] } as const;
		expect(findColumns(['ID', 'Customer_ID', 'Frequency'], aliases)).toEqual({ id: 1, n: 2 });
		expect(findColumns(['x'], aliases)).toEqual({ id: -1, n: -1 });
	});
});

describe('readRows', () => {
	it('decides the decimal mark from the number columns and reads every number under it', () => {
		const text = 'id;n\nA;1.000\nB;2\nC;2,5';
		const read = readRows(text, { ...counts, delimiter: ';' });
		expect(read).toMatchObject({
			kind: 'rows',
			decimal: 'comma',
			rows: [
				{ id: 'A', n: 1000 },
				{ id: 'B', n: 2 }
			],
			badRows: [{ line: 4, problem: 'fractional-frequency', column: 1 }],
			badRowCount: 1,
			count: 3,
			stoppedAt: null
		});
		const point = readRows(text, { ...counts, delimiter: ';', decimal: 'point' });
		expect(point).toMatchObject({
			decimal: 'point',
			rows: [
				{ id: 'A', n: 1 },
				{ id: 'B', n: 2 }
			],
			badRows: [{ line: 4, problem: 'bad-number', column: 1 }]
		});
	});

	it('refuses missing, bad, negative and repeated cells, with their line and column', () => {
		const read = readRows('id,n\n,1\nA,x\nB,-1\nC,\nD,4\nD,5\n\nE,6', {
			...counts,
			delimiter: ','
		});
		expect(read).toMatchObject({
			kind: 'rows',
			rows: [
				{ id: 'D', n: 4 },
				{ id: 'E', n: 6 }
			],
			badRows: [
				{ line: 2, problem: 'missing-customer', column: 0 },
				{ line: 3, problem: 'bad-number', column: 1 },
				{ line: 4, problem: 'negative-value', column: 1 },
				{ line: 5, problem: 'missing-value', column: 1 },
				{ line: 7, problem: 'duplicate-customer', column: 0 }
			],
			count: 7
		});
	});

	it('keeps the first rows or refuses the table past the row limit', () => {
		const text = ['id,n', 'A,1', 'B,2', '', 'C,3', 'D,4'].join('\n');
		const kept = readRows(text, { ...counts, delimiter: ',', maxRows: 2, overflow: 'keep-first' });
		expect(kept).toMatchObject({ kind: 'rows', count: 2, stoppedAt: 5 });
		expect(readRows(text, { ...counts, delimiter: ',', maxRows: 2 })).toEqual({
			kind: 'error',
			error: { code: 'too-many-rows', limit: 2 }
		});
	});

	it('reports a quote left open with its line, and a table with no usable row', () => {
		expect(readRows('id,n\nA,1\n"B,2\nC,3', { ...counts, delimiter: ',' })).toEqual({
			kind: 'error',
			error: { code: 'unbalanced-quote', line: 3 }
		});
		expect(readRows('id,n\nA,x', { ...counts, delimiter: ',' })).toMatchObject({
			kind: 'error',
			error: { code: 'no-valid-rows' },
			badRows: [{ line: 2, problem: 'bad-number', column: 1 }],
			badRowCount: 1
		});
	});

	it('reports progress up to the whole text', () => {
		const text = ['id,n', ...Array.from({ length: 10_000 }, (_, i) => `c${i},${i}`)].join('\n');
		const reports: number[] = [];
		readRows(text, {
			...counts,
			delimiter: ',',
			maxRows: 20_000,
			progress: (d) => reports.push(d)
		});
		expect(reports.length).toBeGreaterThan(1);
		expect(reports).toEqual([...reports].sort((a, b) => a - b));
		expect(reports.at(-1)).toBe(text.length);
	});
});
