import { describe, expect, it } from 'vitest';
import { add, c, div, idx, mul, paren, pow, sub, sum, v } from '$lib/model/expr';
import { toMathML, toMathMLPieces, toText } from './render';

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

describe('toMathMLPieces', () => {
	const join = (pieces: string[]) => pieces.join('').replaceAll(' form="infix"', '');
	const strip = (ml: string) => ml.replaceAll('<mrow>', '').replaceAll('</mrow>', '');

	it('breaks before each top-level operator, the operator opening the next piece', () => {
		const pieces = toMathMLPieces(sub(add(m, i), r), 'numeric', 'en');
		expect(pieces).toEqual([
			'<mn>100</mn>',
			'<mo form="infix">+</mo><mn>0.12</mn>',
			'<mo form="infix">−</mo><mn>0.8</mn>'
		]);
	});

	it('keeps fractions and powers whole, and breaks a product written by juxtaposition', () => {
		expect(toMathMLPieces(startOfPeriod, 'numeric', 'en')).toHaveLength(1);
		expect(toMathMLPieces(mul(m, r), 'symbolic', 'en')).toEqual([
			'<mi>m</mi>',
			'<mo form="infix">&#x2062;</mo><mi>r</mi>'
		]);
		expect(toMathMLPieces(pow(paren(add(c(1), i)), idx('t')), 'numeric', 'en')).toHaveLength(1);
	});

	it('breaks inside brackets and after a sum sign, and puts the same symbols in order', () => {
		const expr = sub(
			paren(sum('t', 0, 35, mul(m, pow(paren(div(r, paren(add(c(1), i)))), idx('t'))))),
			v('AC', 40, 'money')
		);
		const pieces = toMathMLPieces(expr, 'numeric', 'zh');
		expect(pieces.length).toBe(3);
		expect(pieces[0]).toMatch(/^<mo>\(<\/mo><munderover><mo>∑<\/mo>/);
		expect(pieces[1]).toMatch(/^<mo form="infix">×<\/mo>.*<mo>\)<\/mo>$/);
		expect(strip(join(pieces))).toBe(strip(toMathML(expr, 'numeric', 'zh')));
	});
});
