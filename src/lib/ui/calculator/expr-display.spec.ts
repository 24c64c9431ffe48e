import { describe, expect, it } from 'vitest';
import { add, evaluate, idx, mul, pow, sum, v } from '$lib/model/expr';
import { renameVars, symbolsIn } from './expr-display';

describe('formula display helpers', () => {
	const formula = sum('t', 1, 3, mul(v('m', 10, 'money'), pow(v('r', 0.5, 'rate'), idx('t'))));

	it('lists the symbols a formula uses, indices included', () => {
		expect(symbolsIn(formula)).toEqual(['t', 'm', 'r']);
	});

	it('renames variables without changing their values or the arithmetic', () => {
		const renamed = renameVars(add(formula, v('main', 5)), { main: '首购', m: 'm₁' });
		expect(symbolsIn(renamed)).toEqual(['t', 'm₁', 'r', '首购']);
		expect(evaluate(renamed)).toBe(evaluate(formula) + 5);
	});
});
