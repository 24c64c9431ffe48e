import { describe, expect, it } from 'vitest';
import { moneyZh } from './amounts';

describe('moneyZh', () => {
	it.each([
		[880, 'CNY', '¥880'],
		[9_999, 'CNY', '¥9,999'],
		[9_999.7, 'CNY', '¥1 万'],
		[10_000, 'CNY', '¥1 万'],
		[17_593.2, 'CNY', '¥1.76 万'],
		[991_211, 'CNY', '¥99.12 万'],
		[400_000, 'USD', '40 万美元'],
		[8_000, 'USD', '8,000 美元'],
		[-1_200, 'USD', '-1,200 美元'],
		[-69_230, 'USD', '-6.92 万美元'],
		[1.5e8, 'CNY', '¥1.5 亿'],
		[99_999_999, 'CNY', '¥1 亿'],
		[12_000, 'EUR', '€1.2 万'],
		[-0.2, 'CNY', '¥0']
	] as const)('%d %s → %s', (value, currency, text) => {
		expect(moneyZh(value, currency)).toBe(text);
	});

	it('keeps cents below 10,000 when asked', () => {
		expect(moneyZh(312.5, 'CNY', { cents: true })).toBe('¥312.50');
		expect(moneyZh(12_345.67, 'CNY', { cents: true })).toBe('¥1.23 万');
	});

	it('never shows NaN or Infinity', () => {
		expect(moneyZh(Number.NaN, 'CNY')).toBe('—');
		expect(moneyZh(Infinity, 'USD')).toBe('—');
	});
});
