import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, thrownField } from '../clv/test-utils';
import { hyp2f1 } from './hypergeometric';
import { survivalByBeta } from './test-fixtures';

describe('hyp2f1', () => {
	it('matches closed forms (Abramowitz & Stegun 15.1.3, 15.1.6, 15.1.8) to 1e-12', () => {
		for (const z of [-0.9, -0.3, 0.1, 0.5, 0.9, 0.99]) {
			expectClose(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-12);
			expectClose(hyp2f1(0.7, 2.5, 2.5, z), Math.pow(1 - z, -0.7), 1e-12);
		}
		for (const x of [0.2, 0.6, 0.95])
			expectClose(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x, 1e-12);
		expect(hyp2f1(3, -2, 1.5, 0.4)).toBeCloseTo(
			1 + (3 * -2 * 0.4) / 1.5 + (3 * 4 * -2 * -1 * 0.16) / (1.5 * 2.5 * 2),
			12
		);
		expect(hyp2f1(1, 2, 3, 0)).toBe(1);
	});

	it('property: ₂F₁(1, β; α + β; z) equals Σ S(t)·zᵗ written with beta functions', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				fc.double({ min: 0.05, max: 0.8, noNaN: true }),
				(alpha, beta, z) => {
					let direct = 0;
					for (let t = 0; t < 400; t++) direct += survivalByBeta(alpha, beta, t) * z ** t;
					expectClose(hyp2f1(1, beta, alpha + beta, z), direct, 1e-9);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('converges close to z = 1 (a small discount rate)', () => {
		const z = 1 / (1 + 1e-4);
		expectClose(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-10);
	});

	it('refuses |z| ≥ 1 and c = 0, −1, …', () => {
		expect(thrownField(() => hyp2f1(1, 1, 2, 1))).toBe('z');
		expect(thrownField(() => hyp2f1(1, 1, 2, Number.NaN))).toBe('z');
		expect(thrownField(() => hyp2f1(1, 1, -2, 0.5))).toBe('c');
		expect(thrownField(() => hyp2f1(Infinity, 1, 2, 0.5))).toBe('a');
	});
});
