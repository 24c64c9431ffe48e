import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findColumns, normalizeHeader } from './columns';
import { dayNumber, isoDate, parseDate, readDates } from './dates';
import { detectDelimiter, eachDataRow, splitLine } from './lines';
import { detectDecimalMark, parseAmount } from './numbers';

describe('amounts', () => {
	it('reads what Intl writes in English, Chinese and German', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e9 }), (cents) => {
				const value = cents / 100;
				const options = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
				expect(parseAmount(value.toLocaleString('en-US', options), 'point')).toBe(value);
				expect(parseAmount(value.toLocaleString('zh-CN', options), 'point')).toBe(value);
				expect(parseAmount(value.toLocaleString('de-DE', options), 'comma')).toBe(value);
			})
		);
	});

	it('rejects what is not an amount', () => {
		for (const cell of ['', 'abc', '1e3', '0x10', 'Infinity', '1,23,4', '12.3.4', '--1']) {
			expect(parseAmount(cell, 'point')).toBeNull();
		}
		expect(parseAmount('−12', 'point')).toBe(-12);
	});

	it('keeps a sign written before the currency sign, as Intl writes refunds', () => {
		expect(parseAmount('-¥120.00', 'point')).toBe(-120);
		expect(parseAmount('−$5', 'point')).toBe(-5);
		expect(parseAmount('+€3,50', 'comma')).toBe(3.5);
		const usd = { style: 'currency', currency: 'USD' } as const;
		expect(parseAmount((-1234.5).toLocaleString('en-US', usd), 'point')).toBe(-1234.5);
		expect(parseAmount('-¥-1', 'point')).toBeNull();
	});

	it('decides the decimal mark from cells only one reading fits', () => {
		expect(detectDecimalMark(['1,234', '12.5'], ',')).toBe('point');
		expect(detectDecimalMark(['1,234', '12,5'], ';')).toBe('comma');
		expect(detectDecimalMark(['1', '2'], ';')).toBe('comma');
		expect(detectDecimalMark(['1', '2'], '\t')).toBe('point');
	});
});

describe('dates', () => {
	it('round-trips every day of 1990–2040 through ISO text', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: dayNumber(1990, 1, 1)!, max: dayNumber(2040, 12, 31)! }),
				(day) => {
					expect(parseDate(isoDate(day), 'dmy')).toBe(day);
					expect(parseDate(isoDate(day).replace(/-/g, ''), 'dmy')).toBe(day);
				}
			)
		);
		expect(dayNumber(1997, 1, 1)).toBe(9862);
		expect(dayNumber(2023, 2, 29)).toBeNull();
		expect(dayNumber(2024, 2, 29)).not.toBeNull();
		expect(parseDate('31/04/2024', 'dmy')).toBeNull();
		expect(parseDate('5/3/24', 'dmy')).toBeNull();
	});

	it('settles the day/month order by the majority when cells disagree', () => {
		expect(readDates(['13/01/2024', '14/01/2024', '01/13/2024'])).toMatchObject({ order: 'dmy' });
		expect(readDates(['2024-01-13'])).toEqual({ shapes: ['ymd'], order: null, ambiguous: false });
	});
});

describe('lines and columns', () => {
	it('splits quoted cells back into what was quoted', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', ' ', '中') }), {
					minLength: 1,
					maxLength: 5
				}),
				(cells) => {
					const line = cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
					expect(splitLine(line, ',')).toEqual(cells);
				}
			)
		);
	});

	it('detects the delimiter from consistent cell counts', () => {
		expect(detectDelimiter('a;b;c\n1;2,5;3')).toBe(';');
		expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
		expect(detectDelimiter('a,b\n1,2')).toBe(',');
		expect(detectDelimiter('single\nvalue')).toBe(',');
	});

	it('prefers a specific name to a bare id, in any order', () => {
		expect(findColumns(['id', 'order date', 'Customer ID', 'total']).customer).toBe(2);
		expect(findColumns(['订单编号', '客户编号', '下单时间', '实付金额'])).toMatchObject({
			customer: 1,
			date: 2,
			amount: 3
		});
	});

	it('normalises header names and finds each role once', () => {
		expect(normalizeHeader(' Customer_ID ')).toBe('customerid');
		const found = findColumns(['Date', 'ID', 'x', 't_x', 'T', 'zbar', 'Amount']);
		expect(found).toEqual({
			customer: 1,
			date: 0,
			amount: 6,
			frequency: 2,
			recency: 3,
			age: 4,
			monetary: 5
		});
	});
});

describe('eachDataRow', () => {
	const options = { delimiter: ';', headerLine: 1, maxRows: 3 };
	const visited = (text: string, maxRows = options.maxRows) => {
		const seen: [string[], number][] = [];
		const result = eachDataRow(text, { ...options, maxRows }, (cells, line) =>
			seen.push([cells, line])
		);
		return { seen, result };
	};

	it('visits the rows after the header, blank lines skipped, with their line numbers', () => {
		const { seen, result } = visited('id;n\r\nA;1\r\n\r\n  \r\nB;"2;3"\r\n');
		expect(seen).toEqual([
			[['A', '1'], 2],
			[['B', '2;3'], 5]
		]);
		expect(result).toEqual({ rows: 2 });
	});

	it('stops at an unclosed quote, naming its line, and past the most rows', () => {
		const quote = visited('id;n\nA;1\nB;"2\nC;3');
		expect(quote.seen).toHaveLength(1);
		expect(quote.result.error).toEqual({ code: 'unbalanced-quote', line: 3 });
		const many = visited('id;n\nA;1\nB;2\nC;3', 2);
		expect(many.seen).toHaveLength(2);
		expect(many.result).toEqual({ rows: 3, error: { code: 'too-many-rows', limit: 2 } });
	});
});
