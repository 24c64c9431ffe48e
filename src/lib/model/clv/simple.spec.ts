import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginClv, simpleClv } from './simple';
import { doubleIn } from '../arbitraries';
import { expectClose, expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';

describe('simpleClv (annual spend × years − acquisition cost)', () => {
	it('computes 1000 × 5 − 300 = 4700 with a lifetimeRevenue and a clv step', () => {
		const result = simpleClv({ spendPerPeriod: 1000, periods: 5, acquisitionCost: 300 });
		expect(result).toMatchObject({ kind: 'finite', value: 4700 });
		expect(result.steps.map((s) => [s.id, s.value])).toEqual([
			['lifetimeRevenue', 5000],
			['clv', 4700]
		]);
		expectStepsEvaluate(result.steps);
	});

	it('limiting cases: zero years leaves −AC; fractional years count pro rata', () => {
		expect(simpleClv({ spendPerPeriod: 1000, periods: 0, acquisitionCost: 300 }).value).toBe(-300);
		expect(simpleClv({ spendPerPeriod: 1000, periods: 2.5, acquisitionCost: 0 }).value).toBe(2500);
	});

	it('names the field of a bad input', () => {
		const base = { spendPerPeriod: 100, periods: 3, acquisitionCost: 10 };
		expectRejects(simpleClv, base, [
			['spendPerPeriod', -1],
			['periods', -1],
			['acquisitionCost', -1]
		]);
	});
});

describe('marginClv (annual spend × gross margin × years − acquisition cost)', () => {
	it('computes 1000 × 0.3 × 5 − 300 = 1200 with its three steps', () => {
		const result = marginClv({
			spendPerPeriod: 1000,
			grossMargin: 0.3,
			periods: 5,
			acquisitionCost: 300
		});
		expectClose(result.value, 1200);
		expect(result.steps.map((s) => s.id)).toEqual(['marginPerPeriod', 'lifetimeMargin', 'clv']);
		expectClose(result.steps[0]!.value, 300);
		expectStepsEvaluate(result.steps);
	});

	it('equals simpleClv at a 100% gross margin', () => {
		const input = { spendPerPeriod: 640, periods: 7, acquisitionCost: 90 };
		expect(marginClv({ ...input, grossMargin: 1 }).value).toBe(simpleClv(input).value);
	});

	it('rejects a gross margin outside [0, 1]', () => {
		const input = { spendPerPeriod: 1, periods: 1, acquisitionCost: 0, grossMargin: 1 };
		expectRejects(marginClv, input, [
			['grossMargin', 1.5],
			['grossMargin', -0.1]
		]);
	});

	it('properties: steps evaluate, input untouched, up with margin and years, down with AC', () => {
		const input = fc.record({
			spendPerPeriod: doubleIn(0, 1e9),
			grossMargin: doubleIn(0, 1),
			periods: doubleIn(0, 100),
			acquisitionCost: doubleIn(0, 1e9)
		});
		fc.assert(
			fc.property(input, doubleIn(0, 1e6), (x, more) => {
				const result = expectInputUntouched(marginClv, x);
				expectStepsEvaluate(result.steps);
				expectStepsEvaluate(expectInputUntouched(simpleClv, x).steps);
				const higherMargin = marginClv({ ...x, grossMargin: Math.min(1, x.grossMargin + 0.1) });
				expect(higherMargin.value).toBeGreaterThanOrEqual(result.value);
				expect(marginClv({ ...x, periods: x.periods + 1 }).value).toBeGreaterThanOrEqual(
					result.value
				);
				expect(
					marginClv({ ...x, acquisitionCost: x.acquisitionCost + more }).value
				).toBeLessThanOrEqual(result.value);
			})
		);
	});
});
