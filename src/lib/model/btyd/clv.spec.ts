import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { bgnbdConditionalExpected } from './bgnbd-predict';
import { clvPeriods, clvTable, customerClv, type ClvSettings } from './clv';
import { clvInterval, clvIntervals } from './clv-interval';
import { gammaGammaExpectedSpend } from './gamma-gamma-predict';
import { runToEnd } from './maximise';
import { doubleIn } from '../arbitraries';
import { relative } from '../testing';
import { cdnowSummary } from './test-utils';
import type { FittedTransactions } from './transaction-model';

const bgnbd: FittedTransactions = {
	kind: 'bgnbd',
	params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425754 }
};
const pareto: FittedTransactions = {
	kind: 'pareto-nbd',
	params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 }
};
const spend = { p: 6.2488, q: 3.7446, gamma: 15.4477 };
const weekly: ClvSettings = {
	horizon: 52,
	margin: 0.3,
	annualDiscount: 0.1,
	periodsPerYear: 365.25 / 7
};
const customer = { frequency: 2, recency: 30.43, age: 38.86, monetary: 22.35 };

describe('CLV per customer', () => {
	it('sums each week’s expected purchases × E[M] × margin, discounted from the week’s end', () => {
		const d = Math.pow(1.1, 7 / 365.25) - 1;
		const y = (t: number) => bgnbdConditionalExpected(bgnbd.params, customer, t).value;
		let expected = 0;
		for (let k = 1; k <= 52; k++) expected += (y(k) - y(k - 1)) / (1 + d) ** k;
		expected *= 0.3 * gammaGammaExpectedSpend(spend, 2, 22.35).value;
		const result = customerClv(bgnbd, spend, customer, weekly);
		expect(relative(result.value, expected)).toBeLessThan(1e-12);
		expect(result.schedule).toHaveLength(52);
		for (const step of result.steps)
			expect(relative(evaluate(step.formula), step.value)).toBeLessThan(1e-12);
		// undiscounted, the schedule adds up to E[Y(52)]
		const flat = customerClv(bgnbd, spend, customer, { ...weekly, annualDiscount: 0 });
		const total = flat.schedule.reduce((t, p) => t + p.expected, 0);
		expect(relative(total, y(52))).toBeLessThan(1e-12);
	});

	it('uses at most 104 discounting periods', () => {
		const daily = clvPeriods({
			horizon: 730,
			margin: 1,
			annualDiscount: 0.1,
			periodsPerYear: 365.25
		});
		expect(daily.count).toBe(104);
		expect(daily.length).toBeCloseTo(730 / 104, 12);
		// a year of discounting is the annual rate, whatever the grid
		const yearly = clvPeriods({
			horizon: 365.25,
			margin: 1,
			annualDiscount: 0.1,
			periodsPerYear: 365.25
		});
		expect(yearly.factors.at(-1)).toBeCloseTo(1 / 1.1, 12);
	});

	it('is linear in margin and falls with the discount rate and rises with the horizon', () => {
		fc.assert(
			fc.property(
				doubleIn(0.01, 1),
				doubleIn(0, 0.5),
				fc.integer({ min: 1, max: 104 }),
				(margin, discount, horizon) => {
					const settings = { ...weekly, margin, annualDiscount: discount, horizon };
					const value = customerClv(pareto, spend, customer, settings).value;
					const full = customerClv(pareto, spend, customer, { ...settings, margin: 1 }).value;
					expect(relative(value, full * margin)).toBeLessThan(1e-12);
					expect(
						customerClv(pareto, spend, customer, { ...settings, annualDiscount: discount + 0.1 })
							.value
					).toBeLessThan(value);
					expect(
						customerClv(pareto, spend, customer, { ...settings, horizon: horizon + 1 }).value
					).toBeGreaterThan(value);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('fills the table for every customer like the one-customer function', () => {
		const summary = cdnowSummary();
		const table = runToEnd(clvTable(bgnbd, spend, summary, weekly));
		expect(relative(table.clv[0]!, customerClv(bgnbd, spend, customer, weekly).value)).toBeLessThan(
			1e-12
		);
		expect(table.clv.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
		expect(relative(table.expectedSpend[0]!, 24.6586)).toBeLessThan(1e-5);
	});

	it('refuses settings out of range', () => {
		expect(() => customerClv(bgnbd, spend, customer, { ...weekly, margin: 1.5 })).toThrow(/margin/);
		expect(() => customerClv(bgnbd, spend, customer, { ...weekly, horizon: 0 })).toThrow(/horizon/);
	});
});

// fits and simulations: a generous limit for a busy machine (not a timing assertion)
describe('CLV interval', { timeout: 60_000 }, () => {
	it('has the point CLV as its mean (within 3 standard errors), for both models', () => {
		for (const model of [bgnbd, pareto]) {
			const point = customerClv(model, spend, customer, weekly).value;
			const interval = clvInterval(
				model,
				spend,
				{ x: 2, tx: 30.43, T: 38.86, m: 22.35 },
				weekly,
				5,
				40_000
			);
			expect(Math.abs(interval.mean - point)).toBeLessThan(3 * interval.standardError);
			expect(interval.low).toBeLessThanOrEqual(point);
			expect(interval.high).toBeGreaterThan(point);
		}
	});

	it('is the same for the same seed and covers 80% of simulated outcomes', () => {
		const settings = { ...weekly, horizon: 26 };
		const a = clvInterval(bgnbd, spend, { x: 5, tx: 30, T: 38, m: 30 }, settings, 9);
		const b = clvInterval(bgnbd, spend, { x: 5, tx: 30, T: 38, m: 30 }, settings, 9);
		expect(a).toEqual(b);
		expect(a.low).toBeLessThan(a.high);
	});

	it('fills low and high for every customer, low ≤ high', () => {
		const summary = cdnowSummary();
		const small = {
			frequency: summary.frequency.slice(0, 300),
			recency: summary.recency.slice(0, 300),
			age: summary.age.slice(0, 300),
			monetary: summary.monetary.slice(0, 300)
		};
		const { low, high } = runToEnd(clvIntervals(pareto, spend, small, weekly, 1, 100));
		expect(low.every((l, i) => l >= 0 && l <= high[i]!)).toBe(true);
	});
});
