import { describe, expect, it } from 'vitest';
import gammaln from '@stdlib/math-base-special-gammaln';
import { evaluate } from '../expr';
import { fitGammaGamma, gammaGammaLogLikelihood, repeatBuyers } from './gamma-gamma-fit';
import {
	gammaGammaExpectedSpend,
	gammaGammaExpectedSpendAll,
	spendFrequencyCorrelation
} from './gamma-gamma-predict';
import { runToEnd } from './maximise';
import { simulateCustomers, summarizeSimulated } from './simulate';
import { relative } from '../testing';
import { cdnowSummary } from './test-utils';

// Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"
const published = { p: 6.2488, q: 3.7446, gamma: 15.4477 };

// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('Gamma-Gamma', { timeout: 60_000 }, () => {
	const summary = cdnowSummary();

	it('is fitted on the 946 repeat buyers of CDNOW and reproduces p, q, γ within 1e-3', () => {
		expect(repeatBuyers(summary).frequency.length).toBe(946);
		const fit = runToEnd(fitGammaGamma(summary));
		for (const name of ['p', 'q', 'gamma'] as const) {
			expect(relative(fit.params[name], published[name])).toBeLessThan(1e-3);
		}
		expect(fit.converged).toBe(true);
		expect(fit.standardErrors!.p).toBeGreaterThan(0);
	});

	it('gives E[M | x = 2, m_x = 22.35] = 24.6586, as the weighted mean it is', () => {
		const result = gammaGammaExpectedSpend(published, 2, 22.35);
		expect(result.value).toBeCloseTo(24.6586, 4);
		const { p, q, gamma } = published;
		const weight = (p * 2) / (p * 2 + q - 1);
		const population = (p * gamma) / (q - 1);
		expect(relative(result.value, (1 - weight) * population + weight * 22.35)).toBeLessThan(1e-12);
		for (const step of result.steps)
			expect(relative(evaluate(step.formula), step.value)).toBeLessThan(1e-12);
		// no repeat purchase: the population mean pγ/(q−1)
		expect(relative(gammaGammaExpectedSpend(published, 0, 0).value, population)).toBeLessThan(
			1e-12
		);
		expect(() => gammaGammaExpectedSpend({ ...published, q: 0.9 }, 0, 0)).toThrow(/q/);
		expect(gammaGammaExpectedSpendAll({ ...published, q: 0.9 }, summary)[2]).toBeNaN();
	});

	it('moves E[M] between the population mean and the customer’s own average', () => {
		const population = (published.p * published.gamma) / (published.q - 1);
		for (const x of [1, 5, 50]) {
			const high = gammaGammaExpectedSpend(published, x, 100).value;
			expect(high).toBeGreaterThan(population);
			expect(high).toBeLessThan(100);
		}
		// more purchases, more weight on the customer's own average
		expect(gammaGammaExpectedSpend(published, 50, 100).value).toBeGreaterThan(
			gammaGammaExpectedSpend(published, 1, 100).value
		);
	});

	it('computes the likelihood of one buyer as the note writes it', () => {
		const { p, q, gamma } = published;
		const [x, m] = [3, 20];
		const expected =
			gammaln(p * x + q) -
			gammaln(p * x) -
			gammaln(q) +
			q * Math.log(gamma) +
			(p * x - 1) * Math.log(m) +
			p * x * Math.log(x) -
			(p * x + q) * Math.log(gamma + m * x);
		const data = { frequency: Float64Array.of(x), monetary: Float64Array.of(m) };
		expect(relative(gammaGammaLogLikelihood(published, data), expected)).toBeLessThan(1e-13);
	});

	it('checks that spend and frequency are (nearly) uncorrelated', () => {
		// Fader & Hardie 2013 §2: the correlation is 0.11 in CDNOW
		const check = spendFrequencyCorrelation(summary);
		expect(check.customers).toBe(946);
		expect(check.correlation).toBeCloseTo(0.11, 2);
		expect(check.independent).toBe(true);
		const linked = {
			frequency: Float64Array.of(1, 2, 3, 4, 0),
			recency: Float64Array.of(1, 2, 3, 4, 0),
			age: Float64Array.of(5, 5, 5, 5, 5),
			monetary: Float64Array.of(10, 20, 30, 41, 0)
		};
		expect(spendFrequencyCorrelation(linked).independent).toBe(false);
	});

	it('recovers known parameters from simulated spend (within 3 SE)', () => {
		const truth = { p: 4, q: 3, gamma: 20 };
		const ages = Float64Array.from({ length: 3000 }, () => 52);
		const transactions = { kind: 'bgnbd' as const, params: { r: 1, alpha: 5, a: 0.5, b: 3 } };
		const customers = simulateCustomers(transactions, ages, truth, 2013);
		const fit = runToEnd(fitGammaGamma(summarizeSimulated(customers, ages)));
		for (const name of ['p', 'q', 'gamma'] as const) {
			expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors![name]);
		}
	});

	it('needs repeat buyers who spend differently', () => {
		const flat = {
			frequency: Float64Array.of(1, 2),
			recency: Float64Array.of(1, 2),
			age: Float64Array.of(3, 3),
			monetary: Float64Array.of(5, 5)
		};
		expect(() => runToEnd(fitGammaGamma(flat))).toThrow(/monetary/);
	});
});
