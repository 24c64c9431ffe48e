import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { bgnbdPmf, frequencyHistogram, paretoNbdPmf } from './histogram';
import { beta, exponential, gamma } from './sample';
import { cdnowSummary } from './test-utils';

const bg = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425754 };
const pareto = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };

/** Simulated share of customers with exactly x repeat purchases by t, per x = 0…6. */
function simulatedShares(draw: (random: () => number) => number, n: number) {
	const random = createRandom(8);
	const counts = new Array<number>(7).fill(0);
	for (let i = 0; i < n; i++) {
		const x = draw(random);
		if (x < 7) counts[x]!++;
	}
	return counts.map((c) => c / n);
}

// Seven classes are compared at once, so each is allowed 4 standard errors (a false alarm in any
// of the seven then has a chance below 0.05%, as one comparison at 3 SE has).
// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('P(X(t) = x)', { timeout: 60_000 }, () => {
	const n = 40_000;
	const t = 38.86;

	it('BG/NBD: matches a simulation (within 4 SE per class) and sums to 1', () => {
		const shares = simulatedShares((random) => {
			const rate = gamma(random, bg.r, bg.alpha);
			const p = beta(random, bg.a, bg.b);
			let x = 0;
			for (let s = exponential(random, rate); s <= t; s += exponential(random, rate)) {
				x++;
				if (random() < p) break;
			}
			return x;
		}, n);
		shares.forEach((share, x) => {
			const p = bgnbdPmf(bg, t, x);
			expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
		});
		let total = 0;
		for (let x = 0; x < 300; x++) total += bgnbdPmf(bg, t, x);
		expect(total).toBeCloseTo(1, 5);
	});

	it('Pareto/NBD: matches a simulation (within 4 SE per class) and sums to 1', () => {
		const shares = simulatedShares((random) => {
			const rate = gamma(random, pareto.r, pareto.alpha);
			const end = Math.min(t, exponential(random, gamma(random, pareto.s, pareto.beta)));
			let x = 0;
			for (let s = exponential(random, rate); s <= end; s += exponential(random, rate)) x++;
			return x;
		}, n);
		shares.forEach((share, x) => {
			const p = paretoNbdPmf(pareto, t, x);
			expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
		});
		let total = 0;
		for (let x = 0; x < 400; x++) total += paretoNbdPmf(pareto, t, x);
		expect(total).toBeCloseTo(1, 4);
	});

	it('is 1 for x = 0 at t = 0', () => {
		expect(bgnbdPmf(bg, 0, 0)).toBeCloseTo(1, 14);
		expect(paretoNbdPmf(pareto, 0, 0)).toBeCloseTo(1, 14);
	});
});

describe('calibration histogram', () => {
	it('puts every CDNOW customer in a bin, actual and expected, close for both models', () => {
		const summary = cdnowSummary();
		for (const model of [
			{ kind: 'bgnbd' as const, params: bg },
			{ kind: 'pareto-nbd' as const, params: pareto }
		]) {
			const histogram = frequencyHistogram(model, summary, 7);
			expect(histogram.actual.reduce((t, c) => t + c, 0)).toBe(2357);
			expect(histogram.expected.reduce((t, c) => t + c, 0)).toBeCloseTo(2357, 6);
			expect(histogram.actual[0]).toBe(1411);
			// FHL 2005, Figure 2: both models track the zero class within a few percent
			expect(Math.abs(histogram.expected[0]! / 1411 - 1)).toBeLessThan(0.05);
		}
	});
});
