import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { createRandom } from '../random';
import {
	paretoNbdConditionalAll,
	paretoNbdConditionalExpected,
	paretoNbdExpectedTransactions,
	paretoNbdPAlive,
	paretoNbdPAliveAll
} from './pareto-nbd-predict';
import { purchaseTimes } from './simulate';
import { doubleIn } from '../arbitraries';
import { relative } from '../testing';
import { cdnowSummary, fhlCustomer as customer, simulatedMean } from './test-utils';

const cdnow = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };

const params = fc.record({
	r: doubleIn(0.05, 5),
	alpha: doubleIn(0.1, 50),
	s: doubleIn(0.05, 5),
	beta: doubleIn(0.1, 50)
});

describe('Pareto/NBD predictions', () => {
	it('matches the simulated model for E[X(52)] (within 3 standard errors)', () => {
		const random = createRandom(11);
		const model = { kind: 'pareto-nbd', params: cdnow } as const;
		const { mean, se } = simulatedMean(40_000, () => purchaseTimes(random, model, 52).length);
		expect(Math.abs(mean - paretoNbdExpectedTransactions(cdnow, 52).value)).toBeLessThan(3 * se);
	});

	it('computes E[X(t)] as SMC 1987 write it, and its s = 1 limit', () => {
		const { r, alpha, s, beta } = cdnow;
		const t = 52;
		const direct = ((r * beta) / (alpha * (s - 1))) * (1 - (beta / (beta + t)) ** (s - 1));
		expect(relative(paretoNbdExpectedTransactions(cdnow, t).value, direct)).toBeLessThan(1e-12);
		const limit = ((r * beta) / alpha) * Math.log(1 + t / beta);
		expect(
			relative(paretoNbdExpectedTransactions({ ...cdnow, s: 1 }, t).value, limit)
		).toBeLessThan(1e-12);
		const near = paretoNbdExpectedTransactions({ ...cdnow, s: 1 + 1e-9 }, t).value;
		expect(relative(near, limit)).toBeLessThan(1e-7);
	});

	it('conditional expectation is P(alive) × the alive customer’s expectation, with steps', () => {
		const alive = paretoNbdPAlive(cdnow, customer);
		const result = paretoNbdConditionalExpected(cdnow, customer, 39);
		const { r, alpha, s, beta } = cdnow;
		const T = 38.86;
		const ifAlive =
			(((r + 2) * (beta + T)) / ((alpha + T) * (s - 1))) *
			(1 - ((beta + T) / (beta + T + 39)) ** (s - 1));
		expect(relative(result.value, alive.value * ifAlive)).toBeLessThan(1e-12);
		for (const step of [...alive.steps, ...result.steps]) {
			expect(relative(evaluate(step.formula), step.value)).toBeLessThan(1e-9);
		}
		// a customer who has just bought (t_x = T) is surely alive
		expect(paretoNbdPAlive(cdnow, { frequency: 3, recency: 20, age: 20 }).value).toBe(1);
	});

	it('keeps P(alive) in [0, 1], falling with silence, and E[Y(t)] rising in t', () => {
		fc.assert(
			fc.property(params, fc.integer({ min: 0, max: 300 }), doubleIn(0.1, 100), (p, x, t) => {
				const recent = paretoNbdPAlive(p, { frequency: x, recency: x ? 10 : 0, age: 20 }).value;
				const silent = paretoNbdPAlive(p, { frequency: x, recency: x ? 10 : 0, age: 40 }).value;
				expect(recent).toBeGreaterThanOrEqual(0);
				expect(recent).toBeLessThanOrEqual(1);
				expect(silent).toBeLessThanOrEqual(recent);
				const h = { frequency: x, recency: x ? 10 : 0, age: 20 };
				const y = paretoNbdConditionalExpected(p, h, t).value;
				expect(paretoNbdConditionalExpected(p, h, 2 * t).value).toBeGreaterThanOrEqual(y);
				expect(paretoNbdExpectedTransactions(p, 2 * t).value).toBeGreaterThan(
					paretoNbdExpectedTransactions(p, t).value
				);
			})
		);
	});

	it('fills whole columns like the one-customer functions', () => {
		const summary = cdnowSummary();
		expect(paretoNbdPAliveAll(cdnow, summary)[0]).toBeCloseTo(
			paretoNbdPAlive(cdnow, customer).value,
			14
		);
		expect(paretoNbdConditionalAll(cdnow, summary, 39)[0]).toBeCloseTo(
			paretoNbdConditionalExpected(cdnow, customer, 39).value,
			12
		);
	});
});
