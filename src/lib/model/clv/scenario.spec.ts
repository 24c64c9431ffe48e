import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeUnits } from '../time';
import { clvSideBySide, periodInputs, type ClvScenario } from './scenario';
import { retentionTimings } from './timing';
import { doubleIn } from '../arbitraries';
import { expectClose, expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';
import { finiteValue } from './test-utils';

// The textbook example (Gupta & Lehmann 2003; Fader & Hardie 2012) as a scenario: m = 100 (spend
// 100 at 100% margin), r = 0.8, i = 0.12
const textbook: ClvScenario = {
	unit: 'year',
	spendPerPeriod: 100,
	grossMargin: 1,
	retention: 0.8,
	annualDiscountRate: 0.12,
	acquisitionCost: 0,
	horizonYears: 5
};

describe('periodInputs', () => {
	it('converts a monthly scenario: i = 1.1^(1/12) − 1, N = 24, m = 30', () => {
		const result = periodInputs({
			...textbook,
			unit: 'month',
			spendPerPeriod: 100,
			grossMargin: 0.3,
			annualDiscountRate: 0.1,
			horizonYears: 2
		});
		expectClose(result.margin, 30);
		// 10% a year → 0.7974% a month (compounding, not 10%/12)
		expect(result.discountRate).toBeCloseTo(0.0079741404, 10);
		expect(result.periods).toBe(24);
		expect(result.steps.map((s) => s.id)).toEqual(['periodDiscountRate', 'horizonPeriods']);
		expectStepsEvaluate(result.steps);
	});

	it('names the scenario field of a bad input', () => {
		expectRejects(periodInputs, textbook, [
			['annualDiscountRate', -1],
			['horizonYears', 0],
			['horizonYears', 2.5],
			['retention', 1.1],
			['grossMargin', -0.1],
			['spendPerPeriod', -1],
			['acquisitionCost', -1],
			['unit', 'week']
		]);
	});
});

describe('clvSideBySide', () => {
	it('reproduces every worked number of the textbook example', () => {
		const all = clvSideBySide(textbook);
		// Gupta & Lehmann: 250.00 (end of period); Fader & Hardie: 350.00 (start), 3.125 × 100
		// (first certain)
		expectClose(finiteValue(all.retention['end-of-period'].infinite), 250);
		expectClose(finiteValue(all.retention['start-of-period'].infinite), 350);
		expectClose(finiteValue(all.retention['end-first-certain'].infinite), 312.5);
		// by hand, truncated to 5 periods: 203.5164 and 284.9229
		expect(finiteValue(all.retention['end-of-period'].finite)).toBeCloseTo(203.5164, 4);
		expect(finiteValue(all.retention['start-of-period'].finite)).toBeCloseTo(284.9229, 4);
		// no churn: 100 × (1 − 1.12^−5)/0.12 = 360.4776; undiscounted 500
		expectClose(all.discounted.value, (100 * (1 - Math.pow(1.12, -5))) / 0.12);
		expect(all.simple.value).toBe(500);
		expect(all.margin.value).toBe(500);
	});

	it('orders the formulas as the lesson says: simple ≥ margin ≥ discounted ≥ retention', () => {
		const all = clvSideBySide({ ...textbook, grossMargin: 0.4, acquisitionCost: 30 });
		expect(all.simple.value).toBeGreaterThanOrEqual(all.margin.value);
		expect(all.margin.value).toBeGreaterThanOrEqual(all.discounted.value);
		expect(all.discounted.value).toBeGreaterThanOrEqual(
			finiteValue(all.retention['end-first-certain'].finite)
		);
	});

	it('properties: every result evaluates, nothing is Infinity or NaN, inputs untouched', () => {
		const scenario = fc.record({
			unit: fc.constantFrom(...timeUnits),
			spendPerPeriod: doubleIn(0, 1e6),
			grossMargin: doubleIn(0, 1),
			retention: doubleIn(0, 1),
			annualDiscountRate: doubleIn(-0.5, 1),
			acquisitionCost: doubleIn(0, 1e6),
			horizonYears: fc.integer({ min: 1, max: 10 })
		});
		fc.assert(
			fc.property(scenario, (x) => {
				const all = expectInputUntouched(clvSideBySide, x);
				expectStepsEvaluate(all.periodInputs.steps);
				for (const result of [all.simple, all.margin, all.discounted]) {
					expectStepsEvaluate(result.steps);
				}
				for (const timing of retentionTimings) {
					expect(all.retention[timing].finite.kind).toBe('finite');
					expectStepsEvaluate(all.retention[timing].finite.steps);
					expectStepsEvaluate(all.retention[timing].infinite.steps);
				}
			}),
			{ numRuns: 60 }
		);
	});
});
