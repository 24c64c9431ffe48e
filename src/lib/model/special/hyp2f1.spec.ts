import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { expectClose, thrownField } from '../testing';
import { survivalByBeta } from '../sbg/test-fixtures';
import {
	hyp2f1,
	hyp2f1OneFraction,
	hyp2f1Series,
	hyp2f1Unchecked,
	logHyp2f1Unchecked
} from './hyp2f1';

const close = (actual: number, expected: number, tolerance: number) =>
	expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);

const r = 0.5533;
const s = 0.6062;

// [a, b, c, z, ₂F₁] computed independently with mpmath 1.3 (mp.dps = 30, mpmath.hyp2f1).
const reference: [number, number, number, number, number][] = [
	[1, 1, 2, 0.5, 1.3862943611198906],
	[0.5, 0.5, 1.5, 0.25, 1.0471975511965979],
	[2.5, 1.3, 1.3, 0.9, 316.22776601683813],
	// the Pareto/NBD likelihood, α ≥ β: ₂F₁(r+s+x, s+1; r+s+x+1; z), x = 0, 5, 100, 1000
	[r + s, s + 1, r + s + 1, 0.05, 1.0451330777957417],
	[r + s + 5, s + 1, r + s + 6, 0.5, 2.519902823624379],
	[r + s + 100, s + 1, r + s + 101, 0.95, 97.26410845670492],
	[r + s + 1000, s + 1, r + s + 1001, 0.999, 30656.34066861366],
	// α < β: ₂F₁(r+s+x, r+x; r+s+x+1; z)
	[r + s, r, r + s + 1, 0.3, 1.1068406670492754],
	[r + s + 7, r + 7, r + s + 8, 0.9, 4329445.157922724],
	// BG/NBD E[X(52)] and E[X(520)] with the CDNOW parameters, and E[Y(39) | x = 2, T = 38.86]
	[0.242593, 2.425754, 0.792886 + 2.425754 - 1, 52 / (4.413532 + 52), 2.1055849796516433],
	[0.242593, 2.425754, 0.792886 + 2.425754 - 1, 520 / (4.413532 + 520), 4.6649538678307865],
	[
		0.242593 + 2,
		2.425754 + 2,
		0.792886 + 2.425754 + 2 - 1,
		39 / (4.413532 + 38.86 + 39),
		4.574346369668119
	],
	// c − a − b an exact integer (0, 1, −1) close to z = 1, where the 1 − z formula cannot be used
	[1, 1, 2, 0.999, 6.914669948931067],
	[0.5, 1.5, 3, 0.95, 1.547476182821626],
	[2, 3, 4, 0.97, 86.41720815240511],
	// negative c, a polynomial (a = −3), z very close to 1, and c − a − b = 0.4 at z = 0.93
	[0.3, 0.5, -0.2, 0.6, -0.32071145001661416],
	[-3, 2, 5, 0.7, 0.4148],
	[1.5, 2.5, 3.7, 0.9999, 150.07020827114746],
	[0.2, 0.3, 0.9, 0.93, 1.1329517135568608],
	[12.5, 0.4, 3.1, 0.96, 94598935743.94492]
];

describe('hyp2f1', () => {
	it.each(reference)('₂F₁(%f, %f; %f; %f) = %f (mpmath)', (a, b, c, z, expected) => {
		close(hyp2f1(a, b, c, z), expected, 1e-11);
	});

	it('gives logarithms of values past the largest double (Pareto/NBD, x = 1000, α < β)', () => {
		// mpmath: ₂F₁(r+s+1000, r+1000; r+s+1001; 0.6) = inf
		close(
			logHyp2f1Unchecked(r + s + 1000, r + 1000, r + s + 1001, 0.6),
			397 * Math.LN10 + Math.log(5.789845270418169),
			1e-13
		);
		// ₂F₁(r+s+300, r+300; r+s+301; 0.99) = inf
		close(
			logHyp2f1Unchecked(r + s + 300, r + 300, r + s + 301, 0.99),
			599 * Math.LN10 + Math.log(1.2849880702835277),
			1e-13
		);
	});

	it('is 1 at z = 0 and matches closed forms', () => {
		expect(hyp2f1(3, 4, 5, 0)).toBe(1);
		// ₂F₁(a, b; b; z) = (1 − z)^(−a)
		fc.assert(
			fc.property(doubleIn(0.01, 20), doubleIn(0.01, 20), doubleIn(0, 0.99), (a, b, z) => {
				close(hyp2f1(a, b, b, z), Math.pow(1 - z, -a), 1e-11);
			})
		);
		// ₂F₁(1, 1; 2; z) = −ln(1 − z)/z
		for (const z of [1e-6, 0.3, 0.8, 0.95, 0.999])
			close(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-13);
	});

	it('agrees with the plain series wherever that converges fast (the three forms are one function)', () => {
		fc.assert(
			fc.property(
				doubleIn(0.05, 30),
				doubleIn(0.05, 30),
				doubleIn(0.05, 30),
				doubleIn(0, 0.5),
				(a, b, c, z) => {
					close(hyp2f1(a, b, c, z), hyp2f1Series(a, b, c, z), 1e-11);
				}
			)
		);
	});

	it('rises with z for positive parameters', () => {
		fc.assert(
			fc.property(
				doubleIn(0.05, 50),
				doubleIn(0.05, 50),
				doubleIn(0.05, 50),
				doubleIn(0, 0.98),
				(a, b, c, z) => {
					expect(hyp2f1(a, b, c, z + 0.01)).toBeGreaterThan(hyp2f1(a, b, c, z));
				}
			)
		);
	});

	it('refuses z outside (−1, 1), poles of c and non-finite parameters, naming the input', () => {
		expect(thrownField(() => hyp2f1(1, 1, 2, 1))).toBe('z');
		expect(thrownField(() => hyp2f1(1, 1, 2, -1))).toBe('z');
		expect(thrownField(() => hyp2f1(1, 1, 2, Number.NaN))).toBe('z');
		expect(thrownField(() => hyp2f1(1, 1, -2, 0.5))).toBe('c');
		expect(thrownField(() => hyp2f1(NaN, 1, 2, 0.5))).toBe('a');
		expect(thrownField(() => hyp2f1(Infinity, 1, 2, 0.5))).toBe('a');
	});
});

// The sBG's discounted expected lifetime: ₂F₁(1, β; α + β; 1/(1 + d)) (Fader & Hardie 2010, eq. 6).
describe('hyp2f1 as the sBG uses it', () => {
	it('matches closed forms (Abramowitz & Stegun 15.1.3, 15.1.6, 15.1.8) to 1e-12, negative z too', () => {
		for (const z of [-0.9, -0.3, 0.1, 0.5, 0.9, 0.99]) {
			expectClose(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-12);
			expectClose(hyp2f1(0.7, 2.5, 2.5, z), Math.pow(1 - z, -0.7), 1e-12);
		}
		for (const x of [0.2, 0.6, 0.95])
			expectClose(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x, 1e-12);
		// a polynomial: the series stops after three terms
		expect(hyp2f1(3, -2, 1.5, 0.4)).toBeCloseTo(
			1 + (3 * -2 * 0.4) / 1.5 + (3 * 4 * -2 * -1 * 0.16) / (1.5 * 2.5 * 2),
			12
		);
		expect(hyp2f1(1, 2, 3, 0)).toBe(1);
	});

	it('property: ₂F₁(1, β; α + β; z) equals Σ S(t)·zᵗ written with beta functions', () => {
		fc.assert(
			fc.property(doubleIn(0.1, 10), doubleIn(0.1, 10), doubleIn(0.05, 0.8), (alpha, beta, z) => {
				let direct = 0;
				for (let t = 0; t < 400; t++) direct += survivalByBeta(alpha, beta, t) * z ** t;
				expectClose(hyp2f1(1, beta, alpha + beta, z), direct, 1e-9);
			}),
			{ numRuns: 40 }
		);
	});

	it('converges close to z = 1 (a small discount rate), also where only the plain series serves', () => {
		const z = 1 / (1 + 1e-4);
		expectClose(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-10);
		// α + β < 1 (no continued fraction) and c − a − b = α − 1 close to an integer (no 1 − z
		// formula): only the plain series in z serves, and it needs millions of terms
		const [alpha, beta, near] = [0.01, 0.5, 1 / (1 + 1e-5)];
		let [survival, power, direct] = [1, 1, 0];
		for (let t = 0; t < 10_000_000; t++) {
			direct += survival * power;
			survival *= (beta + t) / (alpha + beta + t);
			power *= near;
		}
		expect(hyp2f1Unchecked(1, beta, alpha + beta, near)).toBeNaN(); // the fast forms give up
		expectClose(hyp2f1(1, beta, alpha + beta, near), direct, 1e-9);
	});
});

describe('hyp2f1OneFraction', () => {
	it('agrees with the series for ₂F₁(1, b; c; z) with b < c (as in the Pareto/NBD likelihood)', () => {
		fc.assert(
			fc.property(doubleIn(0.05, 200), doubleIn(0.05, 100), doubleIn(0, 0.97), (b, gap, z) => {
				close(hyp2f1OneFraction(b, b + gap, z), hyp2f1Series(1, b, b + gap, z), 1e-12);
			})
		);
		// ₂F₁(1, 1; 2; z) = −ln(1 − z)/z, even at z = 0.9999
		close(hyp2f1OneFraction(1, 2, 0.9999), -Math.log1p(-0.9999) / 0.9999, 1e-12);
	});
});
