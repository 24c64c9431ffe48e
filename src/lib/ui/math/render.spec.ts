import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	add,
	c,
	div,
	evaluate,
	idx,
	mul,
	neg,
	paren,
	pow,
	sub,
	sum,
	v,
	type Expr
} from '$lib/model/expr';
import { toMathML, toMathMLPieces, toText } from './render';

const m = v('m', 100, 'money');
const i = v('i', 0.12, 'rate');
const r = v('r', 0.8, 'rate');
const startOfPeriod = div(mul(m, paren(add(c(1), i))), paren(sub(add(c(1), i), r)));

/**
 * Reads plain-text arithmetic as a reader would (powers before a unary minus, then products, then
 * sums, left to right): the independent check that the text means what the formula computes.
 */
function readArithmetic(text: string): number {
	const tokens = text.replaceAll(',', '').match(/\d+(?:\.\d+)?|[-−+×^()]/g) ?? [];
	let at = 0;
	const peek = () => tokens[at];
	const next = () => tokens[at++]!;
	const isMinus = (t: string | undefined) => t === '-' || t === '−';
	const sum = (): number => {
		let value = product();
		while (peek() === '+' || isMinus(peek()))
			value = next() === '+' ? value + product() : value - product();
		return value;
	};
	const product = (): number => {
		let value = unary();
		while (peek() === '×') {
			next();
			value *= unary();
		}
		return value;
	};
	const unary = (): number => (isMinus(peek()) ? (next(), -unary()) : power());
	const power = (): number => {
		const base = atom();
		return peek() === '^' ? (next(), base ** unary()) : base;
	};
	const atom = (): number => {
		if (peek() !== '(') return Number(next());
		next();
		const value = sum();
		expect(next()).toBe(')');
		return value;
	};
	const value = sum();
	expect(at).toBe(tokens.length);
	return value;
}

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

	it('brackets a negative number that follows an operator, as one writes it by hand', () => {
		const lnR = v('ln r′', -0.713706, 'number');
		expect(toText(add(c(1), lnR), 'numeric', 'en')).toBe('1 + (-0.7137)');
		expect(toText(sub(c(1), lnR), 'numeric', 'en')).toBe('1 − (-0.7137)');
		expect(toText(mul(c(2), lnR), 'numeric', 'en')).toBe('2 × (-0.7137)');
		expect(toText(neg(lnR), 'numeric', 'en')).toBe('−(-0.7137)');
		expect(toText(pow(lnR, c(2)), 'numeric', 'en')).toBe('(-0.7137)^2');
		// leading, it needs none; symbolically nothing changes
		expect(toText(add(lnR, c(1)), 'numeric', 'en')).toBe('-0.7137 + 1');
		expect(toText(add(c(1), lnR), 'symbolic', 'en')).toBe('1 + ln r′');
	});

	it('writes numeric arithmetic that evaluates to the formula’s value', () => {
		// Reading the text back as arithmetic must give `evaluate`: no "+ −x" or "−x²" ambiguity.
		const leaf = fc.oneof(
			fc.double({ min: -9, max: 9, noNaN: true }).map((x) => v('x', Math.round(x * 100) / 100)),
			fc.integer({ min: -5, max: 5 }).map((k) => c(k))
		);
		const tree = fc.letrec<{ e: Expr }>((self) => ({
			e: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				leaf,
				fc.tuple(self('e'), self('e')).map(([a, b]) => add(a, b)),
				fc.tuple(self('e'), self('e')).map(([a, b]) => sub(a, b)),
				fc.tuple(self('e'), self('e')).map(([a, b]) => mul(a, b)),
				self('e').map((a) => neg(a)),
				self('e').map((a) => pow(a, c(2)))
			)
		})).e;
		fc.assert(
			fc.property(tree, (e) => {
				const value = readArithmetic(toText(e, 'numeric', 'en'));
				const expected = evaluate(e, {});
				expect(value).toBeCloseTo(expected, 6);
			}),
			{ numRuns: 300, seed: 20261206 }
		);
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

	it('brackets a negative number after an operator, in one piece or many', () => {
		const expr = add(c(1), v('ln r′', -0.713706));
		const bracketed =
			'<mo>+</mo><mrow><mo>(</mo><mrow><mo>−</mo><mn>0.7137</mn></mrow><mo>)</mo></mrow>';
		expect(toMathML(expr, 'numeric', 'en')).toContain(bracketed);
		expect(toMathMLPieces(expr, 'numeric', 'en').join('')).toContain(
			'<mo form="infix">+</mo><mo>(</mo><mrow><mo>−</mo><mn>0.7137</mn></mrow><mo>)</mo>'
		);
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
