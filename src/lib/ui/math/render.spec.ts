import { describe, expect, it } from 'vitest';
import { add, c, div, idx, mul, paren, pow, sub, sum, v } from '$lib/model/expr';
import { toMathML, toText } from './render';

const m = v('m', 100, 'money');
const i = v('i', 0.12, 'rate');
const r = v('r', 0.8, 'rate');
const startOfPeriod = div(mul(m, paren(add(c(1), i))), paren(sub(add(c(1), i), r)));

describe('toText', () => {
	it('writes the formula symbolically', () => {
		expect(toText(startOfPeriod, 'symbolic', 'en')).toBe('m × (1 + i) / (1 + i − r)');
	});

	it('substitutes the user’s numbers, rates as decimals', () => {
		expect(toText(startOfPeriod, 'numeric', 'en')).toBe('100 × (1 + 0.12) / (1 + 0.12 − 0.8)');
	});

	it('groups thousands for the locale', () => {
		expect(toText(v('AC', 12345.5, 'money'), 'numeric', 'zh')).toBe('12,345.5');
	});

	it('brackets a sum inside a product only when needed', () => {
		expect(toText(mul(add(c(1), i), r), 'symbolic', 'en')).toBe('(1 + i) × r');
		expect(toText(add(mul(c(2), i), r), 'symbolic', 'en')).toBe('2 × i + r');
	});
});

describe('toMathML', () => {
	it('uses a fraction, subscripts and a sum sign', () => {
		const ml = toMathML(
			sum('t', 1, 5, div(v('m_t', 100), pow(paren(add(c(1), i)), idx('t')))),
			'symbolic',
			'en'
		);
		expect(ml).toContain('<munderover><mo>∑</mo>');
		expect(ml).toContain('<msub><mi>m</mi><mi>t</mi></msub>');
		expect(ml).toContain('<mfrac>');
	});

	it('escapes nothing unsafe into the markup', () => {
		expect(toMathML(v('<b>', 1), 'symbolic', 'en')).toBe('<mi>&lt;b&gt;</mi>');
	});

	it('writes negative numbers with a real minus sign', () => {
		expect(toMathML(v('x', -3), 'numeric', 'en')).toBe('<mrow><mo>−</mo><mn>3</mn></mrow>');
	});
});
