import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARS, MAX_PASTE_COLUMNS, MAX_PASTE_ROWS, readPasteGrid } from './paste-grid';

describe('readPasteGrid', () => {
	it('reads tab, semicolon, comma and space separated text, keeping line numbers', () => {
		expect(readPasteGrid('a\tb\n\n1\t2\r\n3\t4')).toEqual({
			kind: 'grid',
			delimiter: '\t',
			rows: [
				{ line: 1, fields: ['a', 'b'] },
				{ line: 3, fields: ['1', '2'] },
				{ line: 4, fields: ['3', '4'] }
			]
		});
		expect(readPasteGrid('1;2\n3;4')).toMatchObject({ delimiter: ';' });
		expect(readPasteGrid('1,2\n3,4')).toMatchObject({ delimiter: ',' });
		expect(readPasteGrid('1000  631 468')).toMatchObject({
			delimiter: ' ',
			rows: [{ line: 1, fields: ['1000', '631', '468'] }]
		});
	});

	it('honours quotes (a quoted "1,000" stays one cell) and drops trailing blank cells', () => {
		expect(readPasteGrid('"Jan, 2023","1,000",631,,\n')).toEqual({
			kind: 'grid',
			delimiter: ',',
			rows: [{ line: 1, fields: ['Jan, 2023', '1,000', '631'] }]
		});
		expect(readPasteGrid('\uFEFF"say ""hi"""\t1')).toMatchObject({
			rows: [{ fields: ['say "hi"', '1'] }]
		});
	});

	it('refuses at once what is empty or too large', () => {
		expect(readPasteGrid('  \n\t\n')).toEqual({ kind: 'empty' });
		const huge = '1\t'.repeat(5_000_000); // 10 MB
		expect(readPasteGrid(huge)).toEqual({ kind: 'too-large', limit: MAX_PASTE_CHARS });
		expect(readPasteGrid('1\n'.repeat(MAX_PASTE_ROWS + 1))).toEqual({
			kind: 'too-many-rows',
			limit: MAX_PASTE_ROWS
		});
		expect(readPasteGrid(`1\n${'1\t'.repeat(MAX_PASTE_COLUMNS)}1`)).toEqual({
			kind: 'too-many-columns',
			limit: MAX_PASTE_COLUMNS,
			line: 2
		});
	});
});
