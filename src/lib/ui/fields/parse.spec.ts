import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseField, toHalfWidth } from './parse';

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

describe('toHalfWidth', () => {
	it('maps full-width digits and the ideographic full stop', () => {
		expect(toHalfWidth('０１２３４５６７８９。５')).toBe('0123456789.5');
	});
});
