import { describe, expect, it } from 'vitest';
import { bom, chartRows, csvField, fileName, toCsv } from './export';

describe('CSV', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['客户终身价值', '客户终身价值'],
		[1234.5, '1234.5'],
		[0.1 + 0.2, '0.3'],
		[-5, '-5'],
		[NaN, ''],
		[Infinity, '']
	])('writes %j as %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	// OWASP CSV injection: text a spreadsheet would run as a formula is kept as text.
	it.each([
		[
			'=HYPERLINK("https://example.com","Click")',
			'"\'=HYPERLINK(""https://example.com"",""Click"")"'
		],
		['+1+2', '"\'+1+2"'],
		['-2+3', '"\'-2+3"'],
		['@SUM(A1:A2)', '"\'@SUM(A1:A2)"'],
		['\t=1', '"\'\t=1"'],
		['\r=1', '"\'\r=1"'],
		['A: =HYPERLINK(1)', 'A: =HYPERLINK(1)'],
		['安全', '安全']
	])('neutralises %j as %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	it('keeps negative numbers as numbers', () => {
		expect(toCsv([['x', -2.5]])).toBe('\uFEFFx,-2.5\r\n');
	});

	it('starts with the BOM and ends rows with CRLF', () => {
		const text = toCsv([
			['期', '累计价值'],
			[1, 100]
		]);
		expect(text.startsWith(bom)).toBe(true);
		expect(text).toBe('\uFEFF期,累计价值\r\n1,100\r\n');
	});

	it('turns a chart spec into a header row and one row per label', () => {
		const rows = chartRows(
			{
				type: 'line',
				labels: [0, 1, 2],
				series: [
					{ label: 'A', data: [1, 2, 3], role: 'own' },
					{ label: 'B', data: [4, 5], role: 'cost' }
				],
				yFormat: String
			},
			'Year'
		);
		expect(rows).toEqual([
			['Year', 'A', 'B'],
			[0, 1, 4],
			[1, 2, 5],
			[2, 3, NaN]
		]);
	});
});

describe('fileName', () => {
	it('joins parts and removes characters file systems refuse', () => {
		expect(fileName(['clv', 'Cumulative value: a/b?'], 'csv')).toBe('clv_Cumulative-value-a-b.csv');
		expect(fileName(['clv', '累计折现价值'], 'png')).toBe('clv_累计折现价值.png');
		expect(fileName(['', '  '], 'png')).toBe('chart.png');
	});
});
