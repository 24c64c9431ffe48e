import { describe, expect, it } from 'vitest';
import gammaln from '@stdlib/math-base-special-gammaln';
import { bgnbdLogLikelihood, fitBgNbd } from './bgnbd-fit';
import { runToEnd } from './maximise';
import { simulateCustomers, summarizeSimulated } from './simulate';
import { distinctHistories } from './summary';
import { relative } from '../testing';
import { cdnowSummary } from './test-utils';

// Fader, Hardie & Lee 2005, "Counting your customers the easy way", §4
const published = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425754 };

// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('BG/NBD fit', { timeout: 60_000 }, () => {
	const summary = cdnowSummary();
	const fit = runToEnd(fitBgNbd(summary));

	it('reproduces the CDNOW estimates (FHL 2005) within 1e-3', () => {
		for (const name of ['r', 'alpha', 'a', 'b'] as const) {
			expect(relative(fit.params[name], published[name])).toBeLessThan(1e-3);
		}
		expect(fit.logLikelihood).toBeCloseTo(-9582.43, 2);
		expect(fit.converged).toBe(true);
	});

	it('reports standard errors from the inverse Hessian', () => {
		// lifetimes' BetaGeoFitter on the same data: r 0.0126, α 0.378, a 0.186, b 0.705
		const errors = fit.standardErrors!;
		expect(errors.r).toBeCloseTo(0.0126, 3);
		expect(errors.alpha).toBeCloseTo(0.378, 2);
		expect(errors.a).toBeCloseTo(0.186, 2);
		expect(errors.b).toBeCloseTo(0.705, 2);
		expect(fit.covariance![0]![0]).toBeCloseTo(errors.r ** 2, 12);
	});

	it('computes the likelihood of one customer as the paper writes it', () => {
		// FHL 2005 eq. 6 without logs, for x = 2, t_x = 30.43, T = 38.86
		const { r, alpha, a, b } = published;
		const [x, tx, T] = [2, 30.43, 38.86];
		const B = (p: number, q: number) => Math.exp(gammaln(p) + gammaln(q) - gammaln(p + q));
		const G = (z: number) => Math.exp(gammaln(z));
		const L =
			(((B(a, b + x) / B(a, b)) * G(r + x) * alpha ** r) / G(r)) *
			((alpha + T) ** -(r + x) + (a / (b + x - 1)) * (alpha + tx) ** -(r + x));
		const one = { frequency: [x], recency: [tx], age: [T] };
		const data = distinctHistories({
			frequency: Float64Array.from(one.frequency),
			recency: Float64Array.from(one.recency),
			age: Float64Array.from(one.age)
		});
		expect(relative(bgnbdLogLikelihood(published, data), Math.log(L))).toBeLessThan(1e-12);
	});

	it('stays finite for a customer with 5,000 purchases and is NaN outside the domain', () => {
		const data = distinctHistories({
			frequency: Float64Array.of(5000, 0),
			recency: Float64Array.of(10, 0),
			age: Float64Array.of(300, 300)
		});
		expect(Number.isFinite(bgnbdLogLikelihood(published, data))).toBe(true);
		expect(bgnbdLogLikelihood({ ...published, r: -1 }, data)).toBeNaN();
	});

	it('does not change the summary', () => {
		const copy = cdnowSummary();
		runToEnd(fitBgNbd(copy));
		expect(copy).toEqual(cdnowSummary());
	});

	it('recovers known parameters from a simulated customer base (within 3 SE)', () => {
		const truth = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };
		const ages = Float64Array.from({ length: 6000 }, (_, i) => 52 + (i % 52));
		const customers = simulateCustomers({ kind: 'bgnbd', params: truth }, ages, undefined, 2005);
		const { frequency, recency, age } = summarizeSimulated(customers, ages);
		const simulated = runToEnd(fitBgNbd({ frequency, recency, age }));
		for (const name of ['r', 'alpha', 'a', 'b'] as const) {
			expect(Math.abs(simulated.params[name] - truth[name])).toBeLessThan(
				3 * simulated.standardErrors![name]
			);
		}
	});

	it('refuses a summary that is not a purchase history', () => {
		const bad = {
			frequency: Float64Array.of(1.5),
			recency: Float64Array.of(1),
			age: Float64Array.of(2)
		};
		expect(() => runToEnd(fitBgNbd(bad))).toThrow(/frequency/);
	});
});
