import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginMultiple } from './margin-multiple';
import { retentionTimings, type RetentionTiming } from './timing';
import { doubleIn } from '../arbitraries';
import { deepFreeze, expectClose, expectRejects, expectStepsEvaluate } from '../testing';
import { finiteValue } from './test-utils';

describe('marginMultiple: the three timing conventions', () => {
	// Fader & Hardie (2012), the three timings: at r = 0.8, i = 0.12 the multiples are
	// 3.5 (first margin now), 2.5 (end of period survived) and 3.125 (end, first certain).
	it.each([
		{ timing: 'start-of-period', expected: 3.5 },
		{ timing: 'end-of-period', expected: 2.5 },
		{ timing: 'end-first-certain', expected: 3.125 }
	] as const)('$timing gives $expected', ({ timing, expected }) => {
		const result = marginMultiple({
			retention: 0.8,
			discountRate: 0.12,
			timing,
			horizon: 'infinite'
		});
		expect(result.kind).toBe('finite');
		if (result.kind !== 'finite') return;
		expectClose(result.value, expected);
		expect(result.steps.map((s) => s.id)).toEqual(['marginMultiple']);
		expectStepsEvaluate(result.steps);
	});
});

describe('marginMultiple: Gupta & Lehmann (2003) table of r/(1+i−r)', () => {
	// Gupta & Lehmann (2003), table of the margin multiple r/(1+i−r), 4 decimals.
	const discounts = [0.1, 0.12, 0.14, 0.16];
	const table: ReadonlyArray<readonly [number, readonly number[]]> = [
		[0.6, [1.2, 1.1538, 1.1111, 1.0714]],
		[0.7, [1.75, 1.6667, 1.5909, 1.5217]],
		[0.8, [2.6667, 2.5, 2.3529, 2.2222]],
		[0.9, [4.5, 4.0909, 3.75, 3.4615]]
	];
	const cells = table.flatMap(([retention, row]) =>
		row.map((expected, k) => ({ retention, discountRate: discounts[k]!, expected }))
	);

	it('has all 16 cells', () => expect(cells).toHaveLength(16));

	it.each(cells)('r = $retention, i = $discountRate → $expected', (cell) => {
		const result = marginMultiple({ ...cell, timing: 'end-of-period', horizon: 'infinite' });
		if (result.kind !== 'finite') throw new Error('expected a finite multiple');
		// the table is printed to 4 decimals: |x − expected| < 0.5e-4
		expect(result.value).toBeCloseTo(cell.expected, 4);
	});

	// Cells whose printed value is exact (e.g. 0.6/(1.1 − 0.6) = 1.2) also hold at 1e-9 relative.
	it.each(cells.filter((cell) => Number.isInteger(cell.expected * 100)))(
		'r = $retention, i = $discountRate is exactly $expected',
		(cell) => {
			const result = marginMultiple({ ...cell, timing: 'end-of-period', horizon: 'infinite' });
			expectClose(finiteValue(result), cell.expected);
		}
	);
});

describe('marginMultiple: finite horizon', () => {
	it('sums 5 end-of-period weights to 2.035164 (by hand: 203.5164 / 100)', () => {
		const result = marginMultiple({
			retention: 0.8,
			discountRate: 0.12,
			timing: 'end-of-period',
			horizon: 5
		});
		if (result.kind !== 'finite') throw new Error('finite sums are finite');
		expect(result.value).toBeCloseTo(2.035164, 6);
		expect(result.steps[0]!.formula).toMatchObject({ op: 'sum', index: 't', from: 1, to: 5 });
		expectStepsEvaluate(result.steps);
	});

	it('one period: 1 (now), r/(1+i), 1/(1+i)', () => {
		const one = (timing: RetentionTiming) =>
			finiteValue(marginMultiple({ retention: 0.8, discountRate: 0.12, timing, horizon: 1 }));
		expect(one('start-of-period')).toBe(1);
		expectClose(one('end-of-period'), 0.8 / 1.12);
		expectClose(one('end-first-certain'), 1 / 1.12);
	});

	it('equals the closed form times (1 − q^N), q = r/(1+i), for every timing', () => {
		fc.assert(
			fc.property(
				doubleIn(0, 1),
				doubleIn(0.001, 1),
				fc.integer({ min: 1, max: 400 }),
				fc.constantFrom(...retentionTimings),
				(retention, discountRate, periods, timing) => {
					const finite = marginMultiple({ retention, discountRate, timing, horizon: periods });
					const closed = marginMultiple({ retention, discountRate, timing, horizon: 'infinite' });
					if (finite.kind !== 'finite' || closed.kind !== 'finite') throw new Error('finite');
					const q = retention / (1 + discountRate);
					expectClose(finite.value, closed.value * (1 - Math.pow(q, periods)), 1e-9);
				}
			)
		);
	});
});

describe('marginMultiple: divergence and validation', () => {
	it('reports r = 1, i = 0 as divergent with the steps that show why', () => {
		const result = marginMultiple({
			retention: 1,
			discountRate: 0,
			timing: 'end-of-period',
			horizon: 'infinite'
		});
		expect(result).toMatchObject({
			kind: 'divergent',
			reason: 'retention-not-below-one-plus-discount'
		});
		expect(result.steps.map((s) => [s.id, s.value])).toEqual([
			['discountedRetention', 1],
			['closedFormDenominator', 0]
		]);
		expectStepsEvaluate(result.steps);
	});

	it('names the field of a bad input', () => {
		const base = {
			retention: 0.8,
			discountRate: 0.1,
			timing: 'end-of-period',
			horizon: 5
		} as const;
		expectRejects(marginMultiple, base, [
			['retention', 1.01],
			['discountRate', -1],
			['horizon', 2.5],
			['horizon', 0],
			['timing', 'middle']
		]);
	});

	it('does not mutate its input', () => {
		const input = deepFreeze({
			retention: 0.8,
			discountRate: 0.12,
			timing: 'start-of-period' as const,
			horizon: 10
		});
		expect(() => marginMultiple(input)).not.toThrow();
		expect(input).toEqual({
			retention: 0.8,
			discountRate: 0.12,
			timing: 'start-of-period',
			horizon: 10
		});
	});
});
