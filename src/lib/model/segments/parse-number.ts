/**
 * Reads a number typed into a spreadsheet cell, the way people in both locales write them.
 */

/** Currency signs tolerated before or after a number. */
const CURRENCY = /^[¥￥$€£]|[¥￥$€£元]$/g;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Parses a cell as a number, or returns null if it is not one. Accepts `1234.5`, `-12`, `1e3`,
 * `+7`, surrounding spaces, a currency sign (`¥12`, `12元`), thousands separators written as spaces
 * or, outside semicolon files, commas (`1,234.5`), the Unicode minus (−12), and in semicolon files,
 * where Excel in much of Europe writes a decimal comma, `12,5` as 12.5. Rejects empty cells,
 * `0x10`, `Infinity` and anything else JavaScript's `Number()` would quietly accept or turn into
 * NaN.
 *
 * @example
 * parseNumber(' ¥1,234.50 ', ',') //=> 1234.5
 * parseNumber('12,5', ';') //=> 12.5
 * parseNumber('abc', ',') //=> null
 */
export function parseNumber(raw: string, delimiter: string): number | null {
	let text = raw
		.trim()
		.replace(CURRENCY, '')
		.replace(/[\s\u00a0\u2009\u202f]/g, '');
	text = text.replace(/^\u2212/, '-');
	if (delimiter === ';' && DECIMAL_COMMA.test(text)) text = text.replace(',', '.');
	else if (THOUSANDS.test(text)) text = text.replace(/,/g, '');
	if (!PLAIN.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}
