import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discountedClv, growingDiscountedClv } from './discounted';
import { doubleIn } from '../arbitraries';
import { expectClose, expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';

describe('discountedClv (Σ m_t / (1 + i)^t over an explicit profit stream)', () => {
	it('discounts 110 and 121 at 10% from t = 1 to 100 + 100 = 200', () => {
		const result = discountedClv({ profits: [110, 121], discountRate: 0.1, firstPeriod: 1 });
		expectClose(result.value, 200);
		expect(result.steps.map((s) => s.id)).toEqual(['clv']);
		expectStepsEvaluate(result.steps);
	});

	it('from t = 0 the first profit is not discounted: 110 + 110 = 220', () => {
		const result = discountedClv({ profits: [110, 121], discountRate: 0.1, firstPeriod: 0 });
		expectClose(result.value, 220);
		expect(result.steps[0]!.formula).toMatchObject({
			op: 'add',
			args: [{ num: { name: 'm_0' } }, { num: { name: 'm_1' } }]
		});
	});

	it('reproduces the 5-period end-of-period retention sum with profits 100·0.8^t', () => {
		// by hand: Σ_{t=1..5} 100·(0.8/1.12)^t = 203.5164
		const profits = [1, 2, 3, 4, 5].map((t) => 100 * Math.pow(0.8, t));
		const result = discountedClv({ profits, discountRate: 0.12, firstPeriod: 1 });
		expect(result.value).toBeCloseTo(203.5164, 4);
	});

	it('nets off an acquisition cost and accepts a loss-making first period', () => {
		// the software-vendor story of “The law of customer value multiplication”: a loss in year
		// 1, profits later (illustrative numbers)
		const result = discountedClv({
			profits: [-55, 121, 133.1],
			discountRate: 0.1,
			firstPeriod: 1,
			acquisitionCost: 20
		});
		expectClose(result.value, -50 + 100 + 100 - 20);
		expect(result.steps.map((s) => s.id)).toEqual(['presentValue', 'clv']);
		expectStepsEvaluate(result.steps);
	});

	it('at a zero rate it is the plain sum', () => {
		expectClose(discountedClv({ profits: [1, 2, 3], discountRate: 0, firstPeriod: 1 }).value, 6);
	});

	it('names the field of a bad input', () => {
		const base = { profits: [1, 2], discountRate: 0.1, firstPeriod: 1 } as const;
		expectRejects(discountedClv, base, [
			['profits', []],
			['profits', [1, Number.NaN]],
			['discountRate', -1],
			['acquisitionCost', -1]
		]);
	});
});

describe('growingDiscountedClv (Σ m(1 + g)^(t−t₀) / (1 + i)^t)', () => {
	it('growth equal to the rate gives N equal present values: 3 × 100/1.1', () => {
		const result = growingDiscountedClv({
			profit: 100,
			growth: 0.1,
			periods: 3,
			discountRate: 0.1,
			firstPeriod: 1
		});
		expectClose(result.value, 300 / 1.1);
		expect(result.steps[0]!.formula).toMatchObject({ op: 'sum', index: 't', from: 1, to: 3 });
		expectStepsEvaluate(result.steps);
	});

	it('zero growth from t = 1 is the end-of-period annuity m(1 − 1.1^−N)/i', () => {
		const result = growingDiscountedClv({
			profit: 100,
			growth: 0,
			periods: 10,
			discountRate: 0.1,
			firstPeriod: 1,
			acquisitionCost: 0
		});
		expectClose(result.value, (100 * (1 - Math.pow(1.1, -10))) / 0.1);
	});

	it('agrees with discountedClv on the same explicit stream, for both timings', () => {
		for (const firstPeriod of [0, 1] as const) {
			const profits = [0, 1, 2, 3].map((k) => 80 * Math.pow(1.05, k));
			const explicit = discountedClv({ profits, discountRate: 0.08, firstPeriod });
			const growing = growingDiscountedClv({
				profit: 80,
				growth: 0.05,
				periods: 4,
				discountRate: 0.08,
				firstPeriod
			});
			expectClose(growing.value, explicit.value);
		}
	});

	it('names the field of a bad input', () => {
		const base = { profit: 1, growth: 0, periods: 3, discountRate: 0.1, firstPeriod: 0 } as const;
		expectRejects(growingDiscountedClv, base, [
			['growth', -2],
			['periods', 0]
		]);
		const exploding = { ...base, growth: 10, discountRate: -0.9 };
		expectRejects(growingDiscountedClv, exploding, [['periods', 1000]]);
	});

	it('properties: steps evaluate, input untouched, falls with the rate when profits ≥ 0', () => {
		const input = fc.record({
			profit: doubleIn(0, 1e6),
			growth: doubleIn(-0.5, 0.5),
			periods: fc.integer({ min: 1, max: 60 }),
			discountRate: doubleIn(0, 0.5),
			firstPeriod: fc.constantFrom(0 as const, 1 as const)
		});
		fc.assert(
			fc.property(input, doubleIn(0, 0.5), (x, extraRate) => {
				const result = expectInputUntouched(growingDiscountedClv, x);
				expectStepsEvaluate(result.steps);
				const higherRate = growingDiscountedClv({ ...x, discountRate: x.discountRate + extraRate });
				expect(higherRate.value).toBeLessThanOrEqual(result.value * (1 + 1e-12));
			})
		);
	});
});
