import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { bgnbdPmf, frequencyHistogram, paretoNbdPmf } from './histogram';
import { purchaseTimes } from './simulate';
import type { FittedTransactions } from './transaction-model';
import { cdnowSummary } from './test-utils';

const bg = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425754 };
const pareto = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };

const n = 40_000;
const t = 38.86;

/**
 * P(X(t) = x) agrees with the share of n customers simulated from the model with exactly x repeat
 * purchases by t, for x = 0…6, and sums to 1 (to `digits`) over x below `terms`.
 */
function expectPmfMatchesModel(
	model: FittedTransactions,
	pmf: (x: number) => number,
	terms: number,
	digits: number
) {
	const random = createRandom(8);
	const counts = new Array<number>(7).fill(0);
	for (let i = 0; i < n; i++) {
		const x = purchaseTimes(random, model, t).length;
		if (x < 7) counts[x]!++;
	}
	counts.forEach((count, x) => {
		const p = pmf(x);
		expect(Math.abs(count / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
	});
	let total = 0;
	for (let x = 0; x < terms; x++) total += pmf(x);
	expect(total).toBeCloseTo(1, digits);
}

// Seven classes are compared at once, so each is allowed 4 standard errors (a false alarm in any
// of the seven then has a chance below 0.05%, as one comparison at 3 SE has).
// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('P(X(t) = x)', { timeout: 60_000 }, () => {
	it('BG/NBD: matches a simulation (within 4 SE per class) and sums to 1', () => {
		expectPmfMatchesModel({ kind: 'bgnbd', params: bg }, (x) => bgnbdPmf(bg, t, x), 300, 5);
	});

	it('Pareto/NBD: matches a simulation (within 4 SE per class) and sums to 1', () => {
		const model = { kind: 'pareto-nbd', params: pareto } as const;
		expectPmfMatchesModel(model, (x) => paretoNbdPmf(pareto, t, x), 400, 4);
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
