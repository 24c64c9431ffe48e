import { describe, expect, it } from 'vitest';
import { evaluate, sum } from '../expr';
import {
	closedNumerator,
	divergenceSteps,
	periodRange,
	requireTimingAndHorizon,
	retentionSymbols,
	retentionTimings,
	survivalAt,
	termExpr,
	weightAt,
	type RetentionTiming
} from './timing';
import { expectClose, expectStepsEvaluate, thrownField } from '../testing';

const s = retentionSymbols(0.8, 0.12);

describe('timing conventions (Fader & Hardie 2012)', () => {
	it.each([
		{ timing: 'start-of-period', range: { from: 0, to: 4 }, first: 1, second: 0.8 },
		{ timing: 'end-of-period', range: { from: 1, to: 5 }, first: 0.8, second: 0.64 },
		{ timing: 'end-first-certain', range: { from: 1, to: 5 }, first: 1, second: 0.8 }
	] as const)('$timing: periods and survival', ({ timing, range, first, second }) => {
		expect(periodRange(timing, 5)).toEqual(range);
		expectClose(survivalAt(timing, 0.8, range.from), first);
		expectClose(survivalAt(timing, 0.8, range.from + 1), second);
	});

	it.each(retentionTimings)('%s: the numeric weight equals the displayed term', (timing) => {
		for (let t = 0; t <= 30; t++) {
			if (timing !== 'start-of-period' && t === 0) continue;
			const shown = evaluate(sum('t', t, t, termExpr(timing, s)));
			expectClose(weightAt(timing, 0.8, 0.12, t), shown, 1e-12);
		}
	});

	it('weights stay finite and exact at zero retention (0^0 = 1, no 0/0)', () => {
		expect(weightAt('end-first-certain', 0, 0.12, 1)).toBeCloseTo(1 / 1.12, 15);
		expect(weightAt('end-first-certain', 0, 0.12, 2)).toBe(0);
		expect(weightAt('start-of-period', 0, 0.12, 0)).toBe(1);
	});

	it('closed-form numerators are (1+i), r and 1: multiples 3.5, 2.5, 3.125 over 0.32', () => {
		const numerators = retentionTimings.map((t: RetentionTiming) =>
			closedNumerator(t, s, 0.8, 0.12)
		);
		expect(numerators.map((n) => n.value / (1 + 0.12 - 0.8))).toEqual([
			expect.closeTo(3.5, 12),
			expect.closeTo(2.5, 12),
			expect.closeTo(3.125, 12)
		]);
		for (const n of numerators) expectClose(evaluate(n.expr), n.value);
	});

	it('divergence steps show q = r/(1+i) ≥ 1 and 1 + i − r ≤ 0', () => {
		const steps = divergenceSteps(retentionSymbols(1, 0), 1, 0);
		expect(steps.map((x) => [x.id, x.value])).toEqual([
			['discountedRetention', 1],
			['closedFormDenominator', 0]
		]);
		expectStepsEvaluate(steps);
	});

	it('rejects an unknown timing or a bad horizon', () => {
		expect(thrownField(() => requireTimingAndHorizon('later' as RetentionTiming, 5))).toBe(
			'timing'
		);
		expect(thrownField(() => requireTimingAndHorizon('end-of-period', -1))).toBe('horizon');
		expect(() => requireTimingAndHorizon('end-of-period', 'infinite')).not.toThrow();
	});
});
