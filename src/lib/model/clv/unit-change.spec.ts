import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timeUnits, type TimeUnit } from '../time';
import type { ClvScenario } from './scenario';
import { retentionTimings } from './timing';
import { compareUnits, sameCustomerIn } from './unit-change';
import { doubleIn } from '../arbitraries';
import { deepFreeze, expectClose } from '../testing';

const value = (r: { kind: string; value?: number }) => (r.kind === 'finite' ? r.value! : NaN);

/** Issue 14's customer: 1,200 a year, half of them stay each year, 10% a year, no other cost. */
const yearly: ClvScenario = {
	unit: 'year',
	spendPerPeriod: 1200,
	grossMargin: 1,
	retention: 0.5,
	annualDiscountRate: 0.1,
	acquisitionCost: 0,
	horizonYears: 5
};

describe('sameCustomerIn', () => {
	it('keeps spend per year and the chance of staying a year', () => {
		const monthly = sameCustomerIn(deepFreeze(yearly), 'month');
		expect(monthly.spendPerPeriod).toBe(100);
		expectClose(Math.pow(monthly.retention, 12), 0.5);
		expect(monthly.annualDiscountRate).toBe(0.1);
		expect(monthly.horizonYears).toBe(5);
		const back = sameCustomerIn(sameCustomerIn(monthly, 'quarter'), 'year');
		expectClose(back.spendPerPeriod, 1200);
		expectClose(back.retention, 0.5);
		expect(sameCustomerIn(yearly, 'year')).toBe(yearly);
	});
});

describe('compareUnits', () => {
	it('reproduces the values in years and in months, timing by timing', () => {
		// Written out by hand, infinite horizon. Per year: m = 1200, r = 0.5, i = 0.1:
		// start 1200 × 1.1 / 0.6 = 2200, end 1200 × 0.5 / 0.6 = 1000, first certain 1200 / 0.6 = 2000.
		// Per month: m = 100, r = 0.5^(1/12), i = 1.1^(1/12) − 1.
		const r = Math.pow(0.5, 1 / 12);
		const i = Math.pow(1.1, 1 / 12) - 1;
		const months = {
			'start-of-period': (100 * (1 + i)) / (1 + i - r),
			'end-of-period': (100 * r) / (1 + i - r),
			'end-first-certain': 100 / (1 + i - r)
		};
		const years = { 'start-of-period': 2200, 'end-of-period': 1000, 'end-first-certain': 2000 };
		for (const timing of retentionTimings) {
			const change = compareUnits(yearly, timing, 'infinite', 'month');
			expectClose(value(change.before), years[timing]);
			expectClose(value(change.after), months[timing]);
			expect(change).toMatchObject({ from: 'year', to: 'month', longer: 'year', shorter: 'month' });
		}
		// as issue 14 measured them: 1,572 / 1,472 / 1,560
		expect(months['start-of-period']).toBeCloseTo(1572.51, 2);
		expect(months['end-of-period']).toBeCloseTo(1472.51, 2);
		expect(months['end-first-certain']).toBeCloseTo(1560.07, 2);
	});

	it('the manager’s customer: €408.30 a month becomes €578.48 a year, first margin now', () => {
		const monthly: ClvScenario = {
			unit: 'month',
			spendPerPeriod: 40,
			grossMargin: 0.7,
			retention: 0.96,
			annualDiscountRate: 0.1,
			acquisitionCost: 180,
			horizonYears: 5
		};
		const change = compareUnits(monthly, 'start-of-period', 'infinite', 'year');
		expect(value(change.before)).toBeCloseTo(408.3019, 4);
		// 336 × 1.1 / (1.1 − 0.96^12) − 180, by hand
		expectClose(value(change.after), (336 * 1.1) / (1.1 - Math.pow(0.96, 12)) - 180);
		expect(value(change.after)).toBeCloseTo(578.48, 2);
		expect(change.effect).toBe('higher');
	});

	it('a longer period raises CLV at the start of a period and lowers it at the end, always', () => {
		const scenario = fc.record({
			unit: fc.constantFrom<TimeUnit>(...timeUnits),
			spendPerPeriod: doubleIn(0.01, 1e5),
			grossMargin: doubleIn(0.01, 1),
			retention: doubleIn(0, 0.995),
			annualDiscountRate: doubleIn(0, 1),
			acquisitionCost: doubleIn(0, 1e4),
			horizonYears: fc.integer({ min: 1, max: 30 })
		});
		fc.assert(
			fc.property(
				scenario,
				fc.constantFrom<TimeUnit>(...timeUnits),
				fc.constantFrom('finite' as const, 'infinite' as const),
				(s, to, horizon) => {
					for (const timing of ['start-of-period', 'end-of-period'] as const) {
						const change = compareUnits(s, timing, horizon, to);
						const before = change.before;
						const after = change.after;
						if (before.kind !== 'finite' || after.kind !== 'finite') continue;
						const longer = change.longer === change.from ? before.value : after.value;
						const shorter = change.longer === change.from ? after.value : before.value;
						const slack = 1e-7 * (Math.abs(longer) + Math.abs(shorter) + 1);
						if (change.effect === 'higher') expect(longer).toBeGreaterThanOrEqual(shorter - slack);
						else expect(longer).toBeLessThanOrEqual(shorter + slack);
					}
				}
			)
		);
	});

	it('with the first margin certain, a longer period can move CLV either way', () => {
		const low = compareUnits(yearly, 'end-first-certain', 'infinite', 'month');
		expect(value(low.before)).toBeGreaterThan(value(low.after));
		const loyal = compareUnits(
			{ ...yearly, retention: 0.99 },
			'end-first-certain',
			'infinite',
			'month'
		);
		expect(value(loyal.before)).toBeLessThan(value(loyal.after));
		expect(loyal.effect).toBe('either');
	});
});
