/**
 * Reading amounts the way spreadsheets write them in different countries.
 *
 * Two conventions: the decimal **point** (12.50, 1,234.50 — China, the UK, the US) and the decimal
 * **comma** (12,50, 1.234,50 or 1 234,50 — much of Europe, where Excel separates cells with
 * semicolons). A cell like 1,234 means 1234 under one and 1.234 under the other, so the convention
 * is decided once per column from the cells that can only be read one way, and reported.
 */

export type DecimalMark = 'point' | 'comma';

/** Currency signs and codes tolerated before or after the number. */
const CURRENCY =
	/^(?:[¥￥$€£₩₹]|RMB|CNY|USD|EUR|GBP|HK\$|US\$)\s*|\s*(?:[¥￥$€£元]|RMB|CNY|USD|EUR|GBP)$/gi;
const SPACES = /[\s\u00a0\u2009\u202f']/g;
const SIMPLE = /^[+-]?\d+(?:\.\d+)?$/;
const WHOLE = /^[+-]?\d+$/;
const POINT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const COMMA = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** Only the decimal-comma reading fits: one comma followed by 1, 2 or 4+ digits, or . then , */
const COMMA_ONLY = /^[+-]?(?:\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+)$/;
/** Only the decimal-point reading fits. */
const POINT_ONLY = /^[+-]?(?:\d+\.(?:\d{1,2}|\d{4,})|\d{1,3}(?:,\d{3})+\.\d+)$/;

/** A sign written before a currency sign (-¥120, −$5) is kept in front of the number. */
const clean = (raw: string) => {
	const trimmed = raw.trim().replace(/^\u2212/, '-');
	const sign = /^[+-](?=\D)/.test(trimmed) ? trimmed[0]! : '';
	return sign + trimmed.slice(sign.length).replace(CURRENCY, '').replace(SPACES, '');
};

/**
 * Parses an amount under a convention, or returns null. Accepts a sign, a currency sign or code
 * (¥12, 12元, US$ 3, 3 EUR), thousands separators (1,234.5 or 1.234,5 or 1 234,5) and the Unicode
 * minus. Rejects empty cells, words, `1e3`, `0x10`, `Infinity`.
 *
 * @example
 * parseAmount('¥1,234.50', 'point') //=> 1234.5
 * parseAmount('1.234,50 €', 'comma') //=> 1234.5
 */
export function parseAmount(raw: string, mark: DecimalMark): number | null {
	// plain digits read at once (with a point only under the point convention: 1.234 is 1234 under
	// the comma convention)
	if (mark === 'point' ? SIMPLE.test(raw) : WHOLE.test(raw)) return Number(raw);
	const text = clean(raw);
	let plain: string;
	if (mark === 'point') {
		if (!POINT.test(text)) return null;
		plain = text.replace(/,/g, '');
	} else {
		if (!COMMA.test(text)) return null;
		plain = text.replace(/\./g, '').replace(',', '.');
	}
	const value = Number(plain);
	return Number.isFinite(value) ? value : null;
}

/**
 * Decides the decimal mark of a column from sample cells: the convention with more cells that only
 * it can read; on a tie (e.g. only whole numbers), a comma in semicolon-separated files and a point
 * otherwise.
 *
 * @example
 * detectDecimalMark(['12,50', '3', '1.234,00'], ';') //=> 'comma'
 */
export function detectDecimalMark(cells: readonly string[], delimiter: string): DecimalMark {
	let comma = 0;
	let point = 0;
	for (const raw of cells) {
		const text = clean(raw);
		if (COMMA_ONLY.test(text)) comma++;
		else if (POINT_ONLY.test(text)) point++;
	}
	if (comma !== point) return comma > point ? 'comma' : 'point';
	return delimiter === ';' ? 'comma' : 'point';
}
