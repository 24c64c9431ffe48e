import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/field-errors';
import zh from '$lib/i18n/messages/zh/field-errors';
import { formatLimit, problemOf, sliderText, type FieldFormat } from './field-text';
import { parseField } from './parse';

const percent: FieldFormat = { kind: 'percent', currency: 'USD', locale: 'en' };
const dollars: FieldFormat = { kind: 'money', currency: 'USD', locale: 'en' };
const count: FieldFormat = { kind: 'count', currency: 'USD', locale: 'en' };

/** The message for `text` typed into a field with these limits. */
function messageFor(text: string, format: FieldFormat, min: number, max: number, e = en) {
	const result = parseField(text, { kind: format.kind, min, max });
	if (result.ok) throw new Error(`${text} was accepted`);
	return problemOf(result, { min, max }, format, e.errors);
}

describe('formatLimit', () => {
	it('writes a percent with up to two decimals, money as an amount, other numbers grouped', () => {
		expect(formatLimit(0.999, percent)).toBe('99.9%');
		expect(formatLimit(0.0125, percent)).toBe('1.25%');
		expect(formatLimit(1e9, dollars)).toBe('$1,000,000,000');
		expect(formatLimit(12.5, dollars)).toBe('$12.50');
		expect(formatLimit(1_000_000, count)).toBe('1,000,000');
	});
});

describe('problemOf', () => {
	it('names the limit the text broke, written for the field', () => {
		expect(messageFor('120', percent, 0, 0.999).message).toBe('Must be at most 99.9%.');
		expect(messageFor('-1', dollars, 0, 1e9).message).toBe('Must be at least $0.');
		expect(messageFor('1e309', count, 1, 60).message).toBe(
			'That number is too large. The largest allowed is 60.'
		);
	});

	it('offers the readings of ambiguous text as fixes, and one reading of a clear slip', () => {
		const ambiguous = parseField(
			'1,000',
			{ kind: 'number', min: 0, max: 1e6 },
			{
				decimalComma: true
			}
		);
		if (ambiguous.ok) throw new Error('1,000 was accepted');
		const problem = problemOf(ambiguous, { min: 0, max: 1e6 }, count, en.errors);
		expect(problem.suggestions).toEqual(['1000', '1']);
		expect(problem.message).toBe('Did you mean 1000 or 1? Choose one.');
		expect(messageFor('1,000', count, 0, 1e6)).toEqual({
			message: 'Type the number without thousands separators: 1000.',
			suggestions: ['1000']
		});
		expect(messageFor('abc', count, 0, 1).suggestions).toEqual([]);
	});

	it('speaks the page’s language', () => {
		const zhPercent: FieldFormat = { ...percent, locale: 'zh' };
		const problem = messageFor('', zhPercent, 0, 1, zh);
		expect(problem.message).toBe(zh.errors.empty);
		expect(problem.message).not.toBe(en.errors.empty);
	});
});

describe('sliderText', () => {
	it('reads the value as the page writes it, (money with its cents), with the unit of a plain number', () => {
		expect(sliderText(0.125, percent)).toBe('12.5%');
		expect(sliderText(250, dollars)).toBe('$250.00');
		expect(sliderText(18, count, 'months')).toBe('18 months');
		expect(sliderText(18, count)).toBe('18');
	});
});
