import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runToEnd } from './maximise';
import { fitParetoNbd, logA0, paretoNbdLogLikelihood } from './pareto-nbd-fit';
import { simulateCustomers, summarizeSimulated } from './simulate';
import { distinctHistories } from './summary';
import { doubleIn } from '../arbitraries';
import { relative } from '../testing';
import { cdnowSummary } from './test-utils';

// Fader, Hardie & Lee 2005 on the CDNOW sample
const published = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };

/** ln of k ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ by composite Simpson on a log-spaced grid. */
function logA0ByQuadrature(
	{ r, alpha, s, beta }: typeof published,
	x: number,
	tx: number,
	T: number
): number {
	const k = r + s + x;
	// ln of the integrand, and the integrand scaled by its value at t_x (so nothing underflows)
	const lf = (tau: number) => -(r + x) * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau);
	const f = (tau: number) => Math.exp(lf(tau) - lf(tx));
	// substitute u = ln(α + τ) so the steep start of the integrand is resolved
	const u0 = Math.log(alpha + tx);
	const u1 = Math.log(alpha + T);
	const n = 20_000;
	const h = (u1 - u0) / n;
	let total = 0;
	for (let i = 0; i <= n; i++) {
		const u = u0 + i * h;
		const tau = Math.exp(u) - alpha;
		const weight = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
		total += weight * f(tau) * Math.exp(u);
	}
	return Math.log((k * total * h) / 3) + lf(tx);
}

describe('Pareto/NBD likelihood', () => {
	it('gives LL = −9594.97 at the published CDNOW estimates', () => {
		const ll = paretoNbdLogLikelihood(published, distinctHistories(cdnowSummary()));
		expect(Math.abs(ll - -9594.97)).toBeLessThan(0.01);
	});

	it.each([
		['α ≥ β', published, 2, 30.43, 38.86],
		['α < β', { ...published, beta: 30 }, 2, 30.43, 38.86],
		['α = β', { ...published, beta: published.alpha }, 5, 10, 20],
		['T close to t_x', published, 3, 38.85, 38.86],
		['x = 0', published, 0, 0, 38.86],
		['large x', published, 400, 35, 38.86],
		['large x, α < β', { ...published, beta: 40 }, 400, 35, 38.86],
		['β ≪ α (argument near 1)', { ...published, beta: 0.01 }, 1, 0.5, 50],
		['α ≪ β (argument near 1)', { ...published, alpha: 0.01, beta: 20 }, 4, 2, 60]
	])('A₀ agrees with the integral it stands for (%s)', (_, params, x, tx, T) => {
		const logValue = logA0(params, x, tx, T);
		// equal logarithms within 1e-8: A₀ itself within 1e-8 relative
		expect(Math.abs(logValue - logA0ByQuadrature(params, x, tx, T))).toBeLessThan(1e-8);
	});

	it.each([
		['tiny shapes', { r: 1e-4, alpha: 10, s: 1e-4, beta: 10 }],
		['tiny scales', { r: 0.5, alpha: 1e-4, s: 0.5, beta: 1e-4 }],
		['huge β', { r: 0.5, alpha: 1, s: 0.5, beta: 1e6 }],
		['huge α', { r: 0.5, alpha: 1e6, s: 0.5, beta: 1 }],
		['large shapes', { r: 200, alpha: 300, s: 150, beta: 20 }]
	])('stays finite with parameters near the bounds (%s)', (_, params) => {
		const data = distinctHistories({
			frequency: Float64Array.of(0, 1, 40, 3),
			recency: Float64Array.of(0, 2, 38, 38.85),
			age: Float64Array.of(39, 39, 39, 38.86)
		});
		expect(Number.isFinite(paretoNbdLogLikelihood(params, data))).toBe(true);
		for (const [x, tx] of [
			[1, 2],
			[40, 38]
		] as const) {
			const value = logA0(params, x, tx, 39);
			expect(Math.abs(value - logA0ByQuadrature(params, x, tx, 39))).toBeLessThan(
				1e-7 * Math.max(1, Math.abs(value))
			);
		}
	});

	it('is −∞ for A₀ when t_x = T and finite for any valid history', () => {
		expect(logA0(published, 2, 10, 10)).toBe(-Infinity);
		fc.assert(
			fc.property(
				doubleIn(0.05, 10),
				doubleIn(0.05, 100),
				doubleIn(0.05, 10),
				doubleIn(0.05, 100),
				fc.integer({ min: 0, max: 2000 }),
				doubleIn(0.01, 0.99),
				(r, alpha, s, beta, x, share) => {
					const T = 50;
					const tx = x === 0 ? 0 : share * T;
					const data = distinctHistories({
						frequency: Float64Array.of(x),
						recency: Float64Array.of(tx),
						age: Float64Array.of(T)
					});
					expect(Number.isFinite(paretoNbdLogLikelihood({ r, alpha, s, beta }, data))).toBe(true);
				}
			)
		);
	});
});

// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('Pareto/NBD fit', { timeout: 60_000 }, () => {
	it('reproduces the CDNOW estimates (r, α, s within 1e-3; β within 3e-3)', () => {
		const fit = runToEnd(fitParetoNbd(cdnowSummary()));
		expect(relative(fit.params.r, published.r)).toBeLessThan(1e-3);
		expect(relative(fit.params.alpha, published.alpha)).toBeLessThan(1e-3);
		expect(relative(fit.params.s, published.s)).toBeLessThan(1e-3);
		expect(relative(fit.params.beta, published.beta)).toBeLessThan(3e-3);
		expect(Math.abs(fit.logLikelihood - -9594.97)).toBeLessThan(0.01);
		expect(fit.converged).toBe(true);
		// the likelihood is flat in β: its standard error is half the estimate
		expect(fit.standardErrors!.beta / fit.params.beta).toBeGreaterThan(0.3);
	});

	it('recovers known parameters from a simulated customer base (within 3 SE)', () => {
		const truth = { r: 0.8, alpha: 8, s: 0.5, beta: 12 };
		const ages = Float64Array.from({ length: 4000 }, (_, i) => 52 + (i % 52));
		const customers = simulateCustomers(
			{ kind: 'pareto-nbd', params: truth },
			ages,
			undefined,
			1987
		);
		const { frequency, recency, age } = summarizeSimulated(customers, ages);
		const fit = runToEnd(fitParetoNbd({ frequency, recency, age }));
		for (const name of ['r', 'alpha', 's', 'beta'] as const) {
			expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors![name]);
		}
	});
});
