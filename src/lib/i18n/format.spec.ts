import { describe, expect, it } from 'vitest';
import {
	currencySymbol,
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
