import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { createRandom } from '../random';
import {
	bgnbdConditionalAll,
	bgnbdConditionalExpected,
	bgnbdExpectedTransactions,
	bgnbdPAlive,
	bgnbdPAliveAll
} from './bgnbd-predict';
import { purchaseTimes } from './simulate';
import { doubleIn } from '../arbitraries';
import { relative } from '../testing';
import { cdnowSummary, fhlCustomer as customer, simulatedMean } from './test-utils';

const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425754 };

const params = fc.record({
	r: doubleIn(0.05, 5),
	alpha: doubleIn(0.1, 50),
	a: doubleIn(0.05, 5),
	b: doubleIn(0.05, 10)
});
const history = fc
	.record({
		frequency: fc.integer({ min: 0, max: 200 }),
		share: doubleIn(0.05, 1),
		age: doubleIn(0.1, 200)
	})
	.map(({ frequency, share, age }) => ({
		frequency,
		recency: frequency === 0 ? 0 : share * age,
		age
	}));

describe('BG/NBD predictions', () => {
	it('reproduces E[X(52)] = 1.4440 and E[Y(39) | 2, 30.43, 38.86] = 1.2259 (FHL 2005)', () => {
		expect(bgnbdExpectedTransactions(cdnow, 52).value).toBeCloseTo(1.444, 4);
		expect(bgnbdConditionalExpected(cdnow, customer, 39).value).toBeCloseTo(1.2259, 4);
	});

	it('computes P(alive) as eq. 11 writes it, and shows its steps', () => {
		const { r, alpha, a, b } = cdnow;
		const expected = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
		const result = bgnbdPAlive(cdnow, customer);
		expect(relative(result.value, expected)).toBeLessThan(1e-12);
		for (const step of result.steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
		expect(bgnbdPAlive(cdnow, { frequency: 0, recency: 0, age: 500 }).value).toBe(1);
	});

	it('shows steps that evaluate to the values they claim', () => {
		for (const result of [
			bgnbdExpectedTransactions(cdnow, 52),
			bgnbdConditionalExpected(cdnow, customer, 39)
		]) {
			for (const step of result.steps) {
				expect(relative(evaluate(step.formula), step.value)).toBeLessThan(1e-9);
			}
			expect(result.steps.at(-1)!.value).toBe(result.value);
		}
	});

	it('is continuous through a = 1, where the formula is 0/0', () => {
		const at = (a: number) => bgnbdExpectedTransactions({ ...cdnow, a }, 52).value;
		expect(relative(at(1), (at(1 - 1e-4) + at(1 + 1e-4)) / 2)).toBeLessThan(1e-6);
		const y = (a: number) => bgnbdConditionalExpected({ ...cdnow, a }, customer, 39).value;
		expect(relative(y(1), (y(1 - 1e-4) + y(1 + 1e-4)) / 2)).toBeLessThan(1e-6);
	});

	it('agrees with a simulation of the model (E[X(52)] within 3 standard errors)', () => {
		const random = createRandom(7);
		const model = { kind: 'bgnbd', params: cdnow } as const;
		const { mean, se } = simulatedMean(40_000, () => purchaseTimes(random, model, 52).length);
		expect(Math.abs(mean - 1.444)).toBeLessThan(3 * se);
	});

	it('keeps P(alive) in [0, 1] and E[X(t)], E[Y(t)] rising in t', () => {
		fc.assert(
			fc.property(params, history, doubleIn(0.1, 100), (p, h, t) => {
				const alive = bgnbdPAlive(p, h).value;
				expect(alive).toBeGreaterThanOrEqual(0);
				expect(alive).toBeLessThanOrEqual(1);
				expect(bgnbdExpectedTransactions(p, t * 1.5).value).toBeGreaterThan(
					bgnbdExpectedTransactions(p, t).value
				);
				const y1 = bgnbdConditionalExpected(p, h, t).value;
				expect(y1).toBeGreaterThanOrEqual(0);
				expect(bgnbdConditionalExpected(p, h, t * 1.5).value).toBeGreaterThanOrEqual(y1);
			})
		);
	});

	it('lowers P(alive) as the silence since the last purchase grows', () => {
		fc.assert(
			fc.property(params, fc.integer({ min: 1, max: 50 }), (p, x) => {
				const recent = bgnbdPAlive(p, { frequency: x, recency: 10, age: 20 }).value;
				const silent = bgnbdPAlive(p, { frequency: x, recency: 10, age: 40 }).value;
				expect(silent).toBeLessThan(recent);
			})
		);
	});

	it('fills whole columns consistently with the one-customer functions', () => {
		const summary = cdnowSummary();
		const alive = bgnbdPAliveAll(cdnow, summary);
		const expected = bgnbdConditionalAll(cdnow, summary, 39);
		expect(alive[0]).toBeCloseTo(bgnbdPAlive(cdnow, customer).value, 14);
		expect(relative(expected[0]!, 1.2259)).toBeLessThan(1e-4);
		expect(alive.every((p) => p >= 0 && p <= 1)).toBe(true);
	});

	it('refuses invalid parameters and times', () => {
		expect(() => bgnbdPAlive({ ...cdnow, b: 0 }, customer)).toThrow(/b/);
		expect(() => bgnbdExpectedTransactions(cdnow, -1)).toThrow(/t/);
		expect(() => bgnbdConditionalExpected(cdnow, { ...customer, recency: 50 }, 3)).toThrow(
			/recency/
		);
	});
});
