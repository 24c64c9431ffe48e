import { describe, expect, it } from 'vitest';
import { formatDelta, formatMetric, metricDelta, type SummaryMetric } from './summary';

const usd = { kind: 'money', currency: 'USD' } as const;
const metric = (value: number | null, format: SummaryMetric['format'] = usd): SummaryMetric => ({
	id: 'x',
	label: 'X',
	value,
	format
});
const points = (x: string) => `${x} pts`;

describe('metricDelta', () => {
	it('is B − A', () => {
		expect(metricDelta(metric(100), metric(250))).toBe(150);
		expect(metricDelta(metric(250), metric(100))).toBe(-150);
	});

	it('is 0 for equal values, including rounding noise', () => {
		expect(metricDelta(metric(0.1 + 0.2), metric(0.3))).toBe(0);
	});

	it('is null without two values or across currencies', () => {
		expect(metricDelta(metric(null), metric(1))).toBeNull();
		expect(metricDelta(metric(1), undefined)).toBeNull();
		expect(metricDelta(metric(1), metric(2, { kind: 'money', currency: 'CNY' }))).toBeNull();
		expect(metricDelta(metric(1), metric(2, { kind: 'percent' }))).toBeNull();
	});
});

describe('formatting', () => {
	it('formats metrics by kind and shows a dash for none', () => {
		expect(formatMetric(1234.5, usd, 'en')).toBe('$1,235');
		expect(formatMetric(12.5, usd, 'en')).toBe('$12.50');
		expect(formatMetric(0.8, { kind: 'percent' }, 'zh')).toBe('80%');
		expect(formatMetric(null, usd, 'en')).toBe('—');
		expect(formatMetric(Infinity, { kind: 'number' }, 'en')).toBe('—');
	});

	it('signs deltas and shows percentages as points', () => {
		expect(formatDelta(150, usd, 'en', points)).toBe('+$150');
		expect(formatDelta(-0.05, { kind: 'percent' }, 'en', points)).toBe('-5 pts');
		expect(formatDelta(1.25, { kind: 'number', digits: 1 }, 'en', points)).toBe('+1.3');
	});
});
