import { describe, expect, it } from 'vitest';
import { add, c, div, evaluate, idx, mul, paren, pow, sub, sum, v } from './expr';

describe('evaluate', () => {
	it('computes the start-of-period retention formula of models.md §1 (350)', () => {
		const onePlusI = paren(add(c(1), v('i', 0.12, 'rate')));
		const formula = div(
			mul(v('m', 100, 'money'), onePlusI),
			paren(sub(add(c(1), v('i', 0.12, 'rate')), v('r', 0.8, 'rate')))
		);
		expect(evaluate(formula)).toBeCloseTo(350, 9);
	});

	it('expands a finite sum with its index', () => {
		// Σ_{t=1..5} 100·(0.8/1.12)^t = 203.5164 (models.md §1)
		const body = mul(v('m', 100), pow(paren(div(v('r', 0.8), add(c(1), v('i', 0.12)))), idx('t')));
		expect(evaluate(sum('t', 1, 5, body))).toBeCloseTo(203.5164, 4);
	});

	it('refuses an infinite sum', () => {
		expect(() => evaluate(sum('t', 0, Infinity, c(1)))).toThrow(/infinite/);
	});
});
