import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clvLevers, leverIds, type LeverOutcome, type LeversInput } from './levers';
import { retentionTimings } from './timing';
import { doubleIn } from '../arbitraries';
import { expectClose, expectInputUntouched, expectStepsEvaluate } from '../testing';
import { finiteValue } from './test-utils';

// m = S × GM = 400 × 0.25 = 100, r = 0.8, i = 0.12: the textbook example (Gupta & Lehmann 2003)
const worked: LeversInput = {
	spendPerPeriod: 400,
	grossMargin: 0.25,
	retention: 0.8,
	discountRate: 0.12,
	timing: 'start-of-period',
	horizon: 'infinite',
	acquisitionCost: 50
};

const summary = (levers: readonly LeverOutcome[]) =>
	levers.map((lever) => [lever.id, lever.kind === 'finite' ? lever.delta : lever.kind]);

describe('clvLevers', () => {
	it('ranks the levers of the worked example: margin +14, retention +11.29, AC +5', () => {
		const { base, levers } = clvLevers(worked);
		// base: 100 × 1.12 / 0.32 − 50 = 300 (Fader & Hardie 2012, start of period)
		expectClose(finiteValue(base), 300);
		expect(base.steps[0]!.id).toBe('marginPerPeriod');
		expect(summary(levers)).toEqual([
			// 104 × 3.5 − 350 = 14
			['gross-margin-plus-one-point', expect.closeTo(14, 9)],
			// 100 × 1.12 / 0.31 − 350 = 11.2903
			['retention-plus-one-point', expect.closeTo(112 / 0.31 - 350, 9)],
			// 0.1 × 50 = 5
			['acquisition-cost-minus-ten-percent', expect.closeTo(5, 9)]
		]);
		for (const lever of levers) {
			if (lever.kind !== 'finite') throw new Error('all finite here');
			expect(lever.steps.map((s) => s.id)).toEqual(['leverInput', 'leverDelta']);
			expectStepsEvaluate(lever.steps);
			expectStepsEvaluate(lever.result.steps);
		}
	});

	it('flags a lever that makes the infinite-horizon value divergent, and ranks it first', () => {
		// r = 0.99, i = 0: r + 0.01 = 1 ≥ 1 + i
		const { base, levers } = clvLevers({ ...worked, retention: 0.99, discountRate: 0 });
		expect(base.kind).toBe('finite');
		expect(levers[0]).toMatchObject({
			kind: 'divergent',
			id: 'retention-plus-one-point',
			reason: 'retention-not-below-one-plus-discount'
		});
		expect(levers.slice(1).every((lever) => lever.kind === 'finite')).toBe(true);
	});

	it('flags every lever when the base itself is divergent', () => {
		const { base, levers } = clvLevers({ ...worked, retention: 0.95, discountRate: -0.1 });
		expect(base.kind).toBe('divergent');
		expect(levers.map((lever) => lever.kind)).toEqual(['divergent', 'divergent', 'divergent']);
	});

	it('puts a lever that cannot move a full point last, as at-limit', () => {
		const { levers } = clvLevers({ ...worked, grossMargin: 1, horizon: 10 });
		expect(levers[levers.length - 1]).toEqual({
			kind: 'at-limit',
			id: 'gross-margin-plus-one-point'
		});
		expect(clvLevers({ ...worked, retention: 0.995, horizon: 10 }).levers).toContainEqual({
			kind: 'at-limit',
			id: 'retention-plus-one-point'
		});
	});

	it('an acquisition cost of zero gives a zero AC lever', () => {
		const { levers } = clvLevers({ ...worked, acquisitionCost: 0 });
		const ac = levers.find((lever) => lever.id === 'acquisition-cost-minus-ten-percent');
		expect(ac).toMatchObject({ kind: 'finite', delta: 0 });
	});

	it('properties: each lever once, gains ≥ 0 and sorted, steps evaluate, input untouched', () => {
		const input = fc.record({
			spendPerPeriod: doubleIn(0, 1e5),
			grossMargin: doubleIn(0, 1),
			retention: doubleIn(0, 1),
			discountRate: doubleIn(-0.2, 0.5),
			timing: fc.constantFrom(...retentionTimings),
			horizon: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constant('infinite' as const)),
			acquisitionCost: doubleIn(0, 1e5)
		});
		fc.assert(
			fc.property(input, (x) => {
				const { base, levers } = expectInputUntouched(clvLevers, x);
				expect([...levers.map((lever) => lever.id)].sort()).toEqual([...leverIds].sort());
				expectStepsEvaluate(base.steps);
				const gains: number[] = [];
				for (const lever of levers) {
					if (lever.kind === 'finite') {
						expectStepsEvaluate(lever.steps);
						expect(lever.delta).toBeGreaterThanOrEqual(
							-1e-9 * Math.max(1, Math.abs(base.kind === 'finite' ? base.value : 0))
						);
						gains.push(lever.delta);
					}
				}
				for (let k = 1; k < gains.length; k++) expect(gains[k]!).toBeLessThanOrEqual(gains[k - 1]!);
				const kinds = levers.map((lever) => lever.kind);
				const order = { divergent: 0, finite: 1, 'at-limit': 2 };
				for (let k = 1; k < kinds.length; k++) {
					expect(order[kinds[k]!]).toBeGreaterThanOrEqual(order[kinds[k - 1]!]);
				}
			})
		);
	});
});
