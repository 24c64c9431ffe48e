import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retentionClv } from './retention';
import { clvSchedule, paybackPeriod, type ScheduleInput } from './schedule';
import { retentionTimings } from './timing';
import { doubleIn } from '../arbitraries';
import { expectClose, expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';
import { finiteValue } from './test-utils';

const worked = { margin: 100, retention: 0.8, discountRate: 0.12 } as const;

describe('clvSchedule', () => {
	it('end of period, 5 periods: the rows of the textbook example and payback in period 2', () => {
		const schedule = clvSchedule({
			...worked,
			timing: 'end-of-period',
			horizon: 5,
			acquisitionCost: 100
		});
		expect(schedule.period).toEqual([1, 2, 3, 4, 5]);
		schedule.survival.forEach((s, k) => expectClose(s, Math.pow(0.8, k + 1)));
		schedule.expectedMargin.forEach((m, k) => expectClose(m, 100 * Math.pow(0.8, k + 1)));
		expectClose(schedule.discountedMargin[0]!, 80 / 1.12);
		// 100·(0.8/1.12) = 71.43 < 100; + 100·(0.8/1.12)² = 122.45 ≥ 100
		expectClose(schedule.cumulativeNet[0]!, 80 / 1.12 - 100);
		expect(schedule.paybackPeriod).toBe(2);
		// by hand: Σ_{t=1..5} 100·(0.8/1.12)^t = 203.5164, minus AC 100
		expect(schedule.cumulativeNet[4]!).toBeCloseTo(103.5164, 4);
		expect(schedule.steps.map((s) => s.id)).toEqual(['marginMultiple', 'presentValue', 'clv']);
		expectStepsEvaluate(schedule.steps);
	});

	it('start of period: t = 0…N−1, the first margin undiscounted; 284.9229 over 5 periods', () => {
		const schedule = clvSchedule({ ...worked, timing: 'start-of-period', horizon: 5 });
		expect(schedule.period).toEqual([0, 1, 2, 3, 4]);
		expect(schedule.survival[0]).toBe(1);
		expect(schedule.discountedMargin[0]).toBe(100);
		// by hand: start Σ_{t=0..4} 100·(0.8/1.12)^t = 284.9229; with no AC the payback is
		// immediate
		expect(schedule.cumulativeNet[4]!).toBeCloseTo(284.9229, 4);
		expect(schedule.paybackPeriod).toBe(0);
	});

	it('first period certain: survival r^(t−1) from t = 1', () => {
		const schedule = clvSchedule({ ...worked, timing: 'end-first-certain', horizon: 3 });
		expect(schedule.period).toEqual([1, 2, 3]);
		expect(schedule.survival[0]).toBe(1);
		expectClose(schedule.survival[2]!, 0.64);
		expectClose(schedule.discountedMargin[0]!, 100 / 1.12);
	});

	it('payback is null when the horizon is too short to recover AC', () => {
		const schedule = clvSchedule({
			...worked,
			timing: 'end-of-period',
			horizon: 3,
			acquisitionCost: 1000
		});
		expect(schedule.paybackPeriod).toBeNull();
		expect(schedule.cumulativeNet.every((x) => x < 0)).toBe(true);
	});

	it('names the field of a bad input', () => {
		const base: ScheduleInput = { ...worked, timing: 'end-of-period', horizon: 5 };
		expectRejects(clvSchedule, base, [
			['horizon', 0],
			['retention', 2],
			['acquisitionCost', -1]
		]);
	});

	it('properties: total matches retentionClv, cumulative rises, payback = first crossing', () => {
		const input = fc.record({
			margin: doubleIn(0, 1e5),
			retention: doubleIn(0, 1),
			discountRate: doubleIn(0, 1),
			timing: fc.constantFrom(...retentionTimings),
			horizon: fc.integer({ min: 1, max: 120 }),
			acquisitionCost: doubleIn(0, 1e6)
		});
		fc.assert(
			fc.property(input, (x) => {
				const schedule = expectInputUntouched(clvSchedule, x);
				for (const column of [
					schedule.period,
					schedule.survival,
					schedule.expectedMargin,
					schedule.discountedMargin,
					schedule.cumulativeNet
				]) {
					expect(column).toHaveLength(x.horizon);
					expect(column.every(Number.isFinite)).toBe(true);
				}
				const total = finiteValue(retentionClv(x));
				expectClose(schedule.cumulativeNet[x.horizon - 1]!, total, 1e-9);
				for (let k = 1; k < x.horizon; k++) {
					expect(schedule.cumulativeNet[k]!).toBeGreaterThanOrEqual(schedule.cumulativeNet[k - 1]!);
				}
				const crossing = schedule.cumulativeNet.findIndex((v) => v >= 0);
				expect(schedule.paybackPeriod).toBe(crossing === -1 ? null : schedule.period[crossing]);
			})
		);
	});
});

describe('paybackPeriod', () => {
	const monthly = { margin: 28, retention: 0.96, discountRate: Math.pow(1.1, 1 / 12) - 1 };

	it('pays the manager’s €180 back in month 7, first margin now', () => {
		// Σ_{t=0}^{6} 28 (0.96/1.00797)^t = 170.3 < 180 ≤ Σ_{t=0}^{7} = 190.3, by hand
		let sum = 0;
		let t = 0;
		for (; sum < 180; t++) sum += 28 * Math.pow(0.96 / (1 + monthly.discountRate), t);
		expect(t - 1).toBe(7);
		const input = { ...monthly, timing: 'start-of-period' as const, acquisitionCost: 180 };
		expect(paybackPeriod({ ...input, horizon: 'infinite' })).toBe(7);
		expect(paybackPeriod({ ...input, horizon: 6 })).toBeNull();
	});

	it('agrees with the schedule on every timing and horizon', () => {
		fc.assert(
			fc.property(
				doubleIn(0, 1000),
				doubleIn(0, 0.99),
				doubleIn(0, 0.5),
				fc.constantFrom(...retentionTimings),
				fc.integer({ min: 1, max: 200 }),
				doubleIn(0, 5000),
				(margin, retention, discountRate, timing, horizon, acquisitionCost) => {
					const input = { margin, retention, discountRate, timing, acquisitionCost };
					const schedule = clvSchedule({ ...input, horizon });
					expect(paybackPeriod({ ...input, horizon })).toBe(schedule.paybackPeriod);
				}
			)
		);
	});

	it('never pays back when even the infinite sum falls short', () => {
		const input = { ...monthly, timing: 'end-of-period' as const, horizon: 'infinite' as const };
		// m r/(1 + i − r) = 560.30 < 600
		expect(paybackPeriod({ ...input, acquisitionCost: 600 })).toBeNull();
		expect(paybackPeriod({ ...input, acquisitionCost: 0 })).toBe(1);
	});
});
