import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../expr';
import { retentionClv, type RetentionClvInput } from './retention';
import { retentionTimings, type Horizon, type RetentionTiming } from './timing';
import { doubleIn } from '../arbitraries';
import { expectClose, expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';
import { finiteValue } from './test-utils';

const worked = { margin: 100, retention: 0.8, discountRate: 0.12 } as const;
const clv = (timing: RetentionTiming, horizon: Horizon, acquisitionCost?: number) =>
	retentionClv({ ...worked, timing, horizon, acquisitionCost });

describe('retentionClv: the textbook example (m = 100, r = 0.8, i = 0.12)', () => {
	it.each([
		// Gupta & Lehmann (2003) margin multiple 2.5 → 250 (end of period); Fader & Hardie (2012):
		// m(1+i)/(1+i−r) = 350 (start), m/(1+i−r) = 3.125 × 100 (first certain)
		{ timing: 'end-of-period', expected: 250 },
		{ timing: 'start-of-period', expected: 350 },
		{ timing: 'end-first-certain', expected: 312.5 }
	] as const)('infinite horizon, $timing: $expected', ({ timing, expected }) => {
		const result = clv(timing, 'infinite');
		expectClose(finiteValue(result), expected);
		expect(result.steps.map((s) => s.id)).toEqual(['marginMultiple', 'clv']);
		expectStepsEvaluate(result.steps);
	});

	it.each([
		// by hand, truncated to 5 periods: end-of-period Σ_{t=1..5} 100·(0.8/1.12)^t = 203.5164;
		// start Σ_{t=0..4} = 284.9229
		{ timing: 'end-of-period', expected: 203.5164, from: 1, to: 5 },
		{ timing: 'start-of-period', expected: 284.9229, from: 0, to: 4 }
	] as const)('5 periods, $timing: $expected', ({ timing, expected, from, to }) => {
		const result = clv(timing, 5);
		expect(finiteValue(result)).toBeCloseTo(expected, 4);
		const last = result.steps[result.steps.length - 1]!;
		expect(last.formula).toMatchObject({ op: 'sum', index: 't', from, to });
		expectStepsEvaluate(result.steps);
	});

	it('5 periods, first certain: Σ_{t=1..5} 100·0.8^(t−1)/1.12^t = 203.5164 / 0.8', () => {
		// follows from the end-of-period sum: each term is that sum's term divided by r
		expectClose(finiteValue(clv('end-first-certain', 5)), 254.3955, 1e-6);
	});

	it('shows the start-of-period closed form as 100 × (1 + 0.12) / (1 + 0.12 − 0.8)', () => {
		const last = clv('start-of-period', 'infinite').steps[1]!;
		expect(last.formula).toEqual({
			op: 'div',
			num: {
				op: 'mul',
				args: [
					{ op: 'var', name: 'm', value: 100, format: 'money' },
					{
						op: 'paren',
						arg: {
							op: 'add',
							args: [
								{ op: 'const', value: 1 },
								{ op: 'var', name: 'i', value: 0.12, format: 'rate' }
							]
						}
					}
				]
			},
			den: {
				op: 'paren',
				arg: {
					op: 'sub',
					args: [
						{
							op: 'add',
							args: [
								{ op: 'const', value: 1 },
								{ op: 'var', name: 'i', value: 0.12, format: 'rate' }
							]
						},
						{ op: 'var', name: 'r', value: 0.8, format: 'rate' }
					]
				}
			}
		});
	});

	it('finite sums converge to the closed forms as the horizon grows', () => {
		for (const timing of retentionTimings) {
			const closed = finiteValue(clv(timing, 'infinite'));
			const gaps = [5, 20, 50, 200].map((n) => closed - finiteValue(clv(timing, n)));
			for (let k = 1; k < gaps.length; k++) expect(gaps[k]!).toBeLessThan(gaps[k - 1]!);
			expectClose(finiteValue(clv(timing, 200)), closed);
		}
	});
});

describe('retentionClv: acquisition cost', () => {
	it('nets it off: 350 − 50 = 300, with presentValue and clv steps', () => {
		const result = clv('start-of-period', 'infinite', 50);
		expectClose(finiteValue(result), 300);
		expect(result.steps.map((s) => [s.id, s.value])).toEqual([
			['marginMultiple', expect.closeTo(3.5, 12)],
			['presentValue', expect.closeTo(350, 9)],
			['clv', expect.closeTo(300, 9)]
		]);
		expectStepsEvaluate(result.steps);
	});

	it('groups a finite sum before subtracting AC', () => {
		const result = clv('end-of-period', 5, 20);
		const last = result.steps[result.steps.length - 1]!;
		expect(last.formula).toMatchObject({ op: 'sub', args: [{ op: 'paren' }, { name: 'AC' }] });
		expect(evaluate(last.formula)).toBeCloseTo(183.5164, 4);
	});
});

describe('retentionClv: limiting cases', () => {
	it.each([
		// zero retention leaves only the first-period term: m now, nothing, or m/(1+i)
		{ timing: 'start-of-period', expected: 100 },
		{ timing: 'end-of-period', expected: 0 },
		{ timing: 'end-first-certain', expected: 100 / 1.12 }
	] as const)('r = 0, $timing: $expected for any horizon', ({ timing, expected }) => {
		for (const horizon of [1, 7, 'infinite'] as const) {
			const result = retentionClv({ ...worked, retention: 0, timing, horizon });
			expectClose(finiteValue(result), expected);
			expectStepsEvaluate(result.steps);
		}
	});

	it('zero discount, finite horizon: the undiscounted expected margins', () => {
		// end of period: 100 × (0.5 + 0.25 + 0.125) = 87.5
		const input = { margin: 100, retention: 0.5, discountRate: 0, horizon: 3 } as const;
		expectClose(finiteValue(retentionClv({ ...input, timing: 'end-of-period' })), 87.5);
		expectClose(finiteValue(retentionClv({ ...input, timing: 'start-of-period' })), 175);
	});

	it('full retention with a positive rate is a perpetuity: m/i, m(1+i)/i, m/i', () => {
		const input = { margin: 100, retention: 1, discountRate: 0.1, horizon: 'infinite' } as const;
		expectClose(finiteValue(retentionClv({ ...input, timing: 'end-of-period' })), 1000);
		expectClose(finiteValue(retentionClv({ ...input, timing: 'start-of-period' })), 1100);
		expectClose(finiteValue(retentionClv({ ...input, timing: 'end-first-certain' })), 1000);
	});
});

describe('retentionClv: divergence and validation', () => {
	it.each([
		{ retention: 1, discountRate: 0 },
		{ retention: 0.9, discountRate: -0.1 },
		{ retention: 0.95, discountRate: -0.2 }
	])('r = $retention, i = $discountRate has no finite infinite-horizon value', (rates) => {
		for (const timing of retentionTimings) {
			const result = retentionClv({ margin: 100, ...rates, timing, horizon: 'infinite' });
			expect(result).toMatchObject({
				kind: 'divergent',
				reason: 'retention-not-below-one-plus-discount'
			});
			expect(result.steps.find((s) => s.id === 'closedFormDenominator')!.value).toBeLessThanOrEqual(
				1e-15
			);
			expect(
				result.steps.find((s) => s.id === 'discountedRetention')!.value
			).toBeGreaterThanOrEqual(1 - 1e-15);
			expectStepsEvaluate(result.steps);
			// the finite horizon still has a value
			expect(retentionClv({ margin: 100, ...rates, timing, horizon: 10 }).kind).toBe('finite');
		}
	});

	it('names the field of a bad input', () => {
		const base: RetentionClvInput = { ...worked, timing: 'end-of-period', horizon: 5 };
		expectRejects(retentionClv, base, [
			['margin', -1],
			['retention', -0.1],
			['discountRate', -1.5],
			['acquisitionCost', -5],
			['margin', Number.NaN]
		]);
	});

	it('refuses a finite sum too large to represent instead of returning Infinity', () => {
		const huge = {
			margin: 1e15,
			retention: 1,
			discountRate: -0.9,
			timing: 'end-of-period',
			horizon: 50
		} as const;
		expectRejects(retentionClv, huge, [['horizon', 5000]]);
	});
});

describe('retentionClv: properties', () => {
	const margin = doubleIn(0, 1e6);
	const retention = doubleIn(0, 1);
	const discountRate = doubleIn(0.001, 1);
	const timing = fc.constantFrom(...retentionTimings);
	const horizon = fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant('infinite' as const));
	const cost = doubleIn(0, 1e5);
	const input = fc.record({
		margin,
		retention,
		discountRate,
		timing,
		horizon,
		acquisitionCost: cost
	});
	const value = (x: RetentionClvInput) => finiteValue(retentionClv(x));
	const slack = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

	it('every step evaluates to its value, and the input is not mutated', () => {
		fc.assert(
			fc.property(input, (x) => {
				const result = expectInputUntouched(retentionClv, x);
				expectStepsEvaluate(result.steps);
			})
		);
	});

	it('rises with retention and margin', () => {
		fc.assert(
			fc.property(input, retention, margin, (x, r2, m2) => {
				const [rLow, rHigh] = [Math.min(x.retention, r2), Math.max(x.retention, r2)];
				const atLow = value({ ...x, retention: rLow });
				expect(value({ ...x, retention: rHigh })).toBeGreaterThanOrEqual(atLow - slack(atLow));
				const [mLow, mHigh] = [Math.min(x.margin, m2), Math.max(x.margin, m2)];
				const atLowM = value({ ...x, margin: mLow });
				expect(value({ ...x, margin: mHigh })).toBeGreaterThanOrEqual(atLowM - slack(atLowM));
			})
		);
	});

	it('falls with the discount rate and the acquisition cost', () => {
		fc.assert(
			fc.property(input, discountRate, cost, (x, i2, ac2) => {
				const [iLow, iHigh] = [Math.min(x.discountRate, i2), Math.max(x.discountRate, i2)];
				const atLow = value({ ...x, discountRate: iLow });
				expect(value({ ...x, discountRate: iHigh })).toBeLessThanOrEqual(atLow + slack(atLow));
				const [acLow, acHigh] = [
					Math.min(x.acquisitionCost!, ac2),
					Math.max(x.acquisitionCost!, ac2)
				];
				const atLowAc = value({ ...x, acquisitionCost: acLow });
				expect(value({ ...x, acquisitionCost: acHigh })).toBeLessThanOrEqual(
					atLowAc + slack(atLowAc)
				);
			})
		);
	});

	it('the finite horizon converges to the infinite value', () => {
		fc.assert(
			fc.property(margin, doubleIn(0, 0.95), doubleIn(0.01, 1), timing, (m, r, i, t) => {
				const base = { margin: m, retention: r, discountRate: i, timing: t };
				const closed = value({ ...base, horizon: 'infinite' });
				expectClose(value({ ...base, horizon: 2000 }), closed, 1e-9);
			})
		);
	});

	it('zero retention leaves only the first-period term', () => {
		fc.assert(
			fc.property(margin, discountRate, timing, horizon, (m, i, t, h) => {
				const first = t === 'start-of-period' ? m : t === 'end-of-period' ? 0 : m / (1 + i);
				const result = retentionClv({
					margin: m,
					retention: 0,
					discountRate: i,
					timing: t,
					horizon: h
				});
				expectClose(finiteValue(result), first);
			})
		);
	});

	it('r ≥ 1 + i is divergent on the infinite horizon', () => {
		fc.assert(
			fc.property(margin, doubleIn(-0.99, 0), doubleIn(0, 1), timing, (m, i, share, t) => {
				const r = Math.min(1, 1 + i + share * (1 - (1 + i)));
				const result = retentionClv({
					margin: m,
					retention: r,
					discountRate: i,
					timing: t,
					horizon: 'infinite'
				});
				expect(result.kind).toBe('divergent');
			})
		);
	});
});
