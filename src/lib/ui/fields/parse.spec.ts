import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberHabits, parseField, toAsciiDigits, toHalfWidth } from './parse';

const money = { kind: 'money', min: 0, max: 1e7 } as const;
const percent = { kind: 'percent', min: 0, max: 0.99 } as const;

describe('parseField', () => {
	it.each([
		['', money, 'empty'],
		['   ', money, 'empty'],
		['abc', money, 'notNumber'],
		['12abc', money, 'notNumber'],
		['-5', money, 'belowMin'],
		['1e309', money, 'tooLarge'],
		['100', percent, 'aboveMax'],
		['99.5', percent, 'aboveMax'],
		['2.5', { kind: 'count', min: 1, max: 100, integer: true }, 'notInteger']
	] as const)('refuses %j', (text, rules, code) => {
		const result = parseField(text, rules);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.code).toBe(code);
	});

	it('suggests a reading for full-width digits', () => {
		expect(parseField('１２３', money)).toEqual({
			ok: false,
			code: 'fullWidth',
			suggestion: '123'
		});
		expect(parseField('１２．５', money)).toEqual({
			ok: false,
			code: 'fullWidth',
			suggestion: '12.5'
		});
	});

	it('suggests a reading for thousands separators', () => {
		expect(parseField('1,000', money)).toEqual({ ok: false, code: 'grouping', suggestion: '1000' });
	});

	it('reads full-width digits as typed for a reader who writes them', () => {
		const chinese = { fullWidthDigits: true };
		expect(parseField('１２．５', money, chinese)).toEqual({ ok: true, value: 12.5 });
		expect(parseField('９６％', percent, chinese)).toEqual({ ok: true, value: 0.96 });
		// still strict about thousands separators
		expect(parseField('１，０００', money, chinese)).toEqual({
			ok: false,
			code: 'grouping',
			suggestion: '1000'
		});
	});

	it('reads Arabic-Indic digits for a reader who writes them, and offers them to others', () => {
		expect(parseField('١٢٫٥', money, { arabicDigits: true })).toEqual({ ok: true, value: 12.5 });
		expect(parseField('۴۰', money, { arabicDigits: true })).toEqual({ ok: true, value: 40 });
		expect(parseField('٩٦٪', percent, { arabicDigits: true })).toEqual({ ok: true, value: 0.96 });
		expect(parseField('١٢٫٥', money)).toEqual({
			ok: false,
			code: 'arabicDigits',
			suggestion: '12.5'
		});
	});

	it('reads a decimal comma for a reader who writes one, and offers it to others', () => {
		const german = { decimalComma: true };
		expect(parseField('40,5', money, german)).toEqual({ ok: true, value: 40.5 });
		expect(parseField('0,96', money, german)).toEqual({ ok: true, value: 0.96 });
		expect(parseField('1.234,5', money, german)).toEqual({ ok: true, value: 1234.5 });
		expect(parseField('1.234.567', money, german)).toEqual({ ok: true, value: 1234567 });
		expect(parseField('4,5 %', percent, german)).toEqual({ ok: true, value: 0.045 });
		expect(parseField('40,5', money)).toEqual({
			ok: false,
			code: 'decimalComma',
			suggestion: '40.5'
		});
		expect(parseField('1.234,5', money)).toEqual({
			ok: false,
			code: 'decimalComma',
			suggestion: '1234.5'
		});
	});

	it('offers both readings when a separator could mean either', () => {
		const german = { decimalComma: true };
		expect(parseField('1,000', money, german)).toEqual({
			ok: false,
			code: 'ambiguous',
			suggestion: '1000',
			suggestions: ['1000', '1']
		});
		expect(parseField('1.500', money, german)).toEqual({
			ok: false,
			code: 'ambiguous',
			suggestion: '1500',
			suggestions: ['1500', '1.5']
		});
		// two groups can only be thousands
		expect(parseField('1,000,000', money, german)).toEqual({
			ok: false,
			code: 'grouping',
			suggestion: '1000000'
		});
		// for a reader with a decimal point, "1.500" is one and a half
		expect(parseField('1.500', money)).toEqual({ ok: true, value: 1.5 });
	});

	it('reads spaces and apostrophes between thousands', () => {
		expect(parseField('1 234,5', money, { decimalComma: true })).toEqual({
			ok: true,
			value: 1234.5
		});
		expect(parseField('12\u00a0000', money)).toEqual({ ok: true, value: 12000 });
		expect(parseField("1'234.5", money)).toEqual({ ok: true, value: 1234.5 });
		expect(parseField('1,234.5', money)).toEqual({
			ok: false,
			code: 'grouping',
			suggestion: '1234.5'
		});
	});

	it('every offered reading is itself accepted', () => {
		const habits = [{}, { decimalComma: true }, { fullWidthDigits: true }, { arabicDigits: true }];
		fc.assert(
			fc.property(
				fc.stringMatching(/^[0-9０-９٠-٩.,，．٫٬ ]{1,12}$/),
				fc.constantFrom(...habits),
				(text, habit) => {
					const result = parseField(text, money, habit);
					if (result.ok) return Number.isFinite(result.value);
					return (result.suggestions ?? (result.suggestion ? [result.suggestion] : [])).every(
						(s) => {
							const again = parseField(s, money, habit);
							return again.ok || ['belowMin', 'aboveMax', 'tooLarge'].includes(again.code);
						}
					);
				}
			)
		);
	});

	it('reads percent fields in percent and returns a rate', () => {
		expect(parseField('80', percent)).toEqual({ ok: true, value: 0.8 });
		expect(parseField('12.5 %', percent)).toEqual({ ok: true, value: 0.125 });
	});

	it('accepts every finite number in range, written plainly', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (x) => {
				const result = parseField(String(x), money);
				return result.ok && result.value === x;
			})
		);
	});

	it('never returns a non-finite value, whatever is typed', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const result = parseField(text, money);
				return !result.ok || Number.isFinite(result.value);
			})
		);
	});
});

describe('numberHabits', () => {
	it('learns each habit from the reader’s languages', () => {
		expect(numberHabits(['de-DE'])).toEqual({
			decimalComma: true,
			arabicDigits: false,
			fullWidthDigits: false
		});
		expect(numberHabits(['en-US', 'fr'])).toMatchObject({ decimalComma: true });
		expect(numberHabits(['ar-EG'])).toMatchObject({ arabicDigits: true });
		expect(numberHabits(['fa'])).toMatchObject({ arabicDigits: true });
		expect(numberHabits(['zh-CN'])).toEqual({
			decimalComma: false,
			arabicDigits: false,
			fullWidthDigits: true
		});
		expect(numberHabits(['en-US'])).toEqual({
			decimalComma: false,
			arabicDigits: false,
			fullWidthDigits: false
		});
		expect(numberHabits(['not a language tag'])).toMatchObject({ decimalComma: false });
	});
});

describe('toAsciiDigits', () => {
	it('maps both Arabic-Indic digit sets and the Arabic decimal mark', () => {
		expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩٫۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789.0123456789');
	});
});

describe('toHalfWidth', () => {
	it('maps full-width digits and the ideographic full stop', () => {
		expect(toHalfWidth('０１２３４５６７８９。５')).toBe('0123456789.5');
	});
});
