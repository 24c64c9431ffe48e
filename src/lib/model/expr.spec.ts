import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	add,
	c,
	children,
	div,
	evaluate,
	idx,
	mapChildren,
	mul,
	neg,
	nodes,
	paren,
	pow,
	renameVars,
	sub,
	sum,
	symbolsIn,
	v,
	type Expr
} from './expr';

describe('evaluate', () => {
	it('computes the start-of-period retention formula of Fader & Hardie (2012) (350)', () => {
		const onePlusI = paren(add(c(1), v('i', 0.12, 'rate')));
		const formula = div(
			mul(v('m', 100, 'money'), onePlusI),
			paren(sub(add(c(1), v('i', 0.12, 'rate')), v('r', 0.8, 'rate')))
		);
		expect(evaluate(formula)).toBeCloseTo(350, 9);
	});

	it('expands a finite sum with its index', () => {
		// Σ_{t=1..5} 100·(0.8/1.12)^t = 203.5164 (by hand)
		const body = mul(v('m', 100), pow(paren(div(v('r', 0.8), add(c(1), v('i', 0.12)))), idx('t')));
		expect(evaluate(sum('t', 1, 5, body))).toBeCloseTo(203.5164, 4);
	});

	it('refuses an infinite sum', () => {
		expect(() => evaluate(sum('t', 0, Infinity, c(1)))).toThrow(/infinite/);
	});
});

/** Random formulas over the variables a, b, c (values 0.5 … 2, so every tree evaluates finitely). */
const formula: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
	expr: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		fc
			.record({ name: fc.constantFrom('a', 'b', 'c'), value: fc.double({ min: 0.5, max: 2 }) })
			.map(({ name, value }) => v(name, value)),
		fc.double({ min: 0.5, max: 2 }).map(c),
		fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map((args) => add(...args)),
		fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map((args) => mul(...args)),
		fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => sub(a, b)),
		fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => div(a, b)),
		tie('expr').map((arg) => paren(arg)),
		tie('expr').map((arg) => neg(arg)),
		tie('expr').map((body) => sum('t', 1, 3, mul(body, idx('t'))))
	)
})).expr;

describe('walking a formula', () => {
	const example = sum('t', 1, 3, mul(v('m', 10, 'money'), pow(v('r', 0.5, 'rate'), idx('t'))));

	it('lists every node once, parents first, in reading order', () => {
		expect(nodes(example).map((e) => (e.op === 'var' || e.op === 'index' ? e.name : e.op))).toEqual(
			['sum', 'mul', 'm', 'pow', 'r', 't']
		);
		expect(children(div(v('x', 1), c(2)))).toEqual([v('x', 1), c(2)]);
		expect(children(c(2))).toEqual([]);
	});

	it('lists the symbols a formula uses, indices included', () => {
		expect(symbolsIn(example)).toEqual(['t', 'm', 'r']);
	});

	it('renames variables without changing their values or the arithmetic', () => {
		const renamed = renameVars(add(example, v('main', 5)), { main: '首购', m: 'm₁' });
		expect(symbolsIn(renamed)).toEqual(['t', 'm₁', 'r', '首购']);
		expect(evaluate(renamed)).toBe(evaluate(example) + 5);
	});

	it('replaces variables by other expressions', () => {
		const unit = mul(v('m', 1, 'money'), v('r', 0.8, 'rate'));
		const scaled = renameVars(unit, { m: v('m₁', 100, 'money') });
		expect(scaled).toEqual(mul(v('m₁', 100, 'money'), v('r', 0.8, 'rate')));
		expect(evaluate(scaled)).toBeCloseTo(80, 12);
		// names that only an object inherits are not replacements
		expect(renameVars(v('constructor', 1), {})).toEqual(v('constructor', 1));
	});

	it('has each node count its sub-trees; identity maps and empty renames change nothing', () => {
		fc.assert(
			fc.property(formula, (expr) => {
				const count = (e: Expr): number => 1 + children(e).reduce((n, k) => n + count(k), 0);
				expect(nodes(expr)).toHaveLength(count(expr));
				expect(mapChildren(expr, (child) => child)).toEqual(expr);
				expect(renameVars(expr, {})).toEqual(expr);
			})
		);
	});

	it('keeps the arithmetic when renaming, and follows a substitution', () => {
		fc.assert(
			fc.property(formula, fc.double({ min: 0.5, max: 2 }), (expr, value) => {
				const renamed = renameVars(expr, { a: 'α', b: 'β' });
				expect(evaluate(renamed)).toBe(evaluate(expr));
				expect(symbolsIn(renamed).some((name) => name === 'a' || name === 'b')).toBe(false);
				// substituting a's value by hand gives the same number as the tree with a replaced
				const replaced = renameVars(expr, { a: v('a', value) });
				const byHand = (e: Expr): Expr =>
					e.op === 'var' && e.name === 'a' ? v('a', value) : mapChildren(e, byHand);
				expect(evaluate(replaced)).toBe(evaluate(byHand(expr)));
			})
		);
	});
});
