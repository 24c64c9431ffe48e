import { describe, expect, it } from 'vitest';
import {
	chineseScale,
	currencyCodes,
	currencyName,
	currencySymbol,
	formatAxisMoney,
	formatCount,
	formatMoney,
	formatNumber,
	formatPercent,
	formatPoints,
	money
} from './format';

describe('locale formatting', () => {
	it('groups and marks currency per locale', () => {
		expect(formatMoney(1234.5, 'USD', 'en')).toBe('$1,234.50');
		expect(formatMoney(1234.5, 'CNY', 'zh', { whole: true })).toBe('¥1,235');
		expect(formatPercent(0.125, 'zh')).toBe('12.5%');
		expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
	});

	it('never shows "−0": a rounding residue below zero reads as zero', () => {
		expect(formatMoney(-1e-16, 'USD', 'en')).toBe('$0.00');
		expect(formatMoney(-0.001, 'CNY', 'zh', { signed: true })).toBe('¥0.00');
		expect(formatPercent(-1e-12, 'en')).toBe('0%');
		expect(formatNumber(-0.0004, 'zh')).toBe('0');
		expect(formatMoney(-12.5, 'USD', 'en')).toBe('-$12.50');
	});

	it('names the currency sign per locale', () => {
		expect(currencySymbol('CNY', 'zh')).toBe('¥');
		expect(currencySymbol('USD', 'en')).toBe('$');
		expect(currencySymbol('EUR', 'zh')).toBe('€');
	});

	it('shows a dash, never NaN or Infinity', () => {
		expect(formatMoney(Number.NaN, 'USD', 'en')).toBe('—');
		expect(formatPercent(Infinity, 'zh')).toBe('—');
		expect(formatNumber(-Infinity, 'en')).toBe('—');
	});

	it('shows money with cents below 1,000 and in whole units from 1,000 up, in every locale', () => {
		expect(money(312.5, 'USD', 'en')).toBe('$312.50');
		expect(money(999.99, 'CNY', 'zh')).toBe('¥999.99');
		expect(money(1000, 'USD', 'en')).toBe('$1,000');
		expect(money(1234.5, 'CNY', 'zh')).toBe('¥1,235');
		expect(money(-1234.5, 'EUR', 'en')).toBe('-€1,235');
		expect(money(-999.5, 'USD', 'en', true)).toBe('-$999.50');
		expect(money(25_000, 'USD', 'en', true)).toBe('+$25,000');
		expect(money(Number.NaN, 'USD', 'en')).toBe('—');
	});

	it('writes a change in a share as percentage points', () => {
		expect(formatPoints(0.0114, 'en')).toBe('1.14');
		expect(formatPoints(-0.05, 'zh', true)).toBe('-5');
		expect(formatPoints(0.02, 'en', true)).toBe('+2');
	});
});

describe('amounts in Chinese: 万 and 亿 (content/STYLE.md §3)', () => {
	it.each([
		[9_999.49, '¥9,999'],
		// shown whole, 9,999.5 is 10,000: one 万, not "¥10,000"
		[9_999.5, '¥1 万'],
		[10_000, '¥1 万'],
		[12_345.678, '¥1.23 万'],
		[991_211, '¥99.12 万'],
		[9_999_499, '¥999.9 万'],
		[12_345_678, '¥1,235 万'],
		[99_994_999, '¥9,999 万'],
		// 9,999.5 万 rounds to 10,000 万: one 亿
		[99_995_000, '¥1 亿'],
		[99_999_999, '¥1 亿'],
		[1.5e8, '¥1.5 亿'],
		[123_456_789_012, '¥1,235 亿'],
		[-991_211, '-¥99.12 万'],
		[-99_995_000, '-¥1 亿'],
		[-12.5, '-¥12.50'],
		[312.5, '¥312.50']
	] as const)('money(%d) → %s', (value, text) => {
		expect(money(value, 'CNY', 'zh')).toBe(text);
	});

	it('keeps the sign, the currency and the English format', () => {
		expect(money(25_000, 'USD', 'zh', true)).toBe('+$2.5 万');
		expect(money(-1_860_000, 'EUR', 'zh', true)).toBe('-€186 万');
		expect(money(991_211, 'CNY', 'en')).toBe('¥991,211');
		expect(money(1_860_000, 'EUR', 'en', true)).toBe('+€1,860,000');
	});

	it('writes chart ticks and table cells the same way', () => {
		expect(formatAxisMoney(500_000, 'CNY', 'zh')).toBe('¥50 万');
		expect(formatAxisMoney(2.5, 'CNY', 'zh')).toBe('¥2.50');
		expect(formatAxisMoney(-20_000, 'CNY', 'zh')).toBe('-¥2 万');
		expect(formatAxisMoney(500_000, 'CNY', 'en')).toBe('¥500,000');
	});

	it('scales by the amount as shown, with at most four significant digits', () => {
		expect(chineseScale(9_999.7, 0)).toEqual({ number: 1, decimals: 2, unit: '万' });
		expect(chineseScale(9_999.7, 2)).toBeUndefined();
		expect(chineseScale(99_995_000, 0)).toEqual({ number: 1, decimals: 2, unit: '亿' });
		expect(chineseScale(99_994_999, 0)).toEqual({ number: 9_999, decimals: 0, unit: '万' });
		expect(chineseScale(Number.NaN, 0)).toBeUndefined();
	});
});

describe('currencies', () => {
	it('offers every ISO currency the engine knows, the site’s three included', () => {
		expect(currencyCodes).toEqual(expect.arrayContaining(['CNY', 'USD', 'EUR', 'GBP', 'JPY']));
		expect(currencyCodes.length).toBeGreaterThan(100);
		expect(currencyCodes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
	});

	it('names them in the page’s language, Chinese names in Chinese', () => {
		expect(currencyName('CNY', 'zh')).toBe('人民币');
		expect(currencyName('USD', 'zh')).toBe('美元');
		expect(currencyName('EUR', 'zh')).toBe('欧元');
		expect(currencyName('GBP', 'en')).toBe('British Pound');
	});

	it('tells the dollars apart and counts each currency’s own minor units', () => {
		expect(currencySymbol('CAD', 'en')).toBe('CA$');
		expect(currencySymbol('GBP', 'zh')).toBe('£');
		expect(money(500, 'JPY', 'en')).toBe('¥500');
		expect(money(12.5, 'KWD', 'en')).toMatch(/^KWD\s12\.500$/);
		expect(money(12.5, 'GBP', 'en')).toBe('£12.50');
	});
});

describe('head counts', () => {
	it('are whole: never “69.2 customers”', () => {
		expect(formatCount(69.23, 'en', true)).toBe('+69');
		expect(formatCount(11_520.4, 'zh')).toBe('11,520');
		expect(formatCount(0.4, 'en')).toBe('0');
		expect(formatCount(Number.NaN, 'en')).toBe('—');
	});
});
