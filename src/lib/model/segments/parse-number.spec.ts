import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
	it.each([
		['42', ',', 42],
		[' -12.5 ', ',', -12.5],
		['+7', ',', 7],
		['.5', ',', 0.5],
		['1e3', ',', 1000],
		['1,234.50', ',', 1234.5],
		['1,234', '\t', 1234],
		['¥1,234', ',', 1234],
		['120元', ',', 120],
		['$-3', ',', -3],
		['1 234', ',', 1234],
		['\u221212', ',', -12],
		['12,5', ';', 12.5],
		['-0,75', ';', -0.75]
	])('reads %j (delimiter %j) as %d', (raw, delimiter, expected) => {
		expect(parseNumber(raw, delimiter)).toBe(expected);
	});

	it.each(['', '  ', 'abc', '0x10', 'Infinity', 'NaN', '1.2.3', '12,5', '1e999', '--1'])(
		'rejects %j in a comma file',
		(raw) => {
			expect(parseNumber(raw, ',')).toBeNull();
		}
	);
});
