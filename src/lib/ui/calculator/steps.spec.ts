import { describe, expect, it } from 'vitest';
import { v, type Step } from '$lib/model/expr';
import { stepKinds, stepValue } from './steps';

const step = (id: string, value: number): Step => ({ id, value, formula: v('x', value) });

describe('stepValue', () => {
	it('reads money in the site’s money format and other numbers like rates in a formula', () => {
		expect(stepValue(step('clv', 350), 'money', 'en', 'USD')).toBe('$350.00');
		expect(stepValue(step('clv', 9_876.5), 'money', 'zh', 'CNY')).toBe('¥9,877');
		expect(stepValue(step('clv', 12_345.6), 'money', 'zh', 'CNY')).toBe('¥1.23 万');
		expect(stepValue(step('q', 5 / 7), 'number', 'en', 'USD')).toBe('0.714286');
		expect(stepValue(step('share', 0.125), 'percent', 'zh', 'CNY')).toBe('12.5%');
	});

	it('takes the kinds from lists of step ids, plain numbers by default', () => {
		const kinds = stepKinds({ money: ['clv'], percent: ['share'] });
		expect(kinds(step('clv', 1))).toBe('money');
		expect(kinds(step('share', 1))).toBe('percent');
		expect(kinds(step('other', 1))).toBe('number');
	});
});
