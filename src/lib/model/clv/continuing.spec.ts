import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuingValue } from './continuing';
import { doubleIn } from '../arbitraries';
import { expectClose, expectInputUntouched, expectRejects, expectStepsEvaluate } from '../testing';

describe('continuingValue (“The law of customer value multiplication”: n × AOV − AC + R)', () => {
	it('computes the doc example: 20 × 150 − 400 + 600 = 3200', () => {
		const result = continuingValue({
			expectedTransactions: 20,
			averagePurchase: 150,
			acquisitionCost: 400,
			referralNetIncome: 600
		});
		expect(result.value).toBe(3200);
		expect(result.steps.map((s) => [s.id, s.value])).toEqual([
			['lifetimeRevenue', 3000],
			['clv', 3200]
		]);
		expectStepsEvaluate(result.steps);
	});

	it('a one-shot buyer who refers nobody can be worth less than nothing (一锤子买卖)', () => {
		// one purchase of 80 against an acquisition cost of 100 (as in that article, year one loses
		// money)
		const value = continuingValue({
			expectedTransactions: 1,
			averagePurchase: 80,
			acquisitionCost: 100,
			referralNetIncome: 0
		}).value;
		expect(value).toBe(-20);
	});

	it('accepts negative referral income (rewards above the referred income)', () => {
		const input = {
			expectedTransactions: 2.5,
			averagePurchase: 40,
			acquisitionCost: 0,
			referralNetIncome: -30
		};
		expectClose(continuingValue(input).value, 70);
	});

	it('names the field of a bad input', () => {
		const base = {
			expectedTransactions: 3,
			averagePurchase: 10,
			acquisitionCost: 5,
			referralNetIncome: 0
		};
		expectRejects(continuingValue, base, [
			['expectedTransactions', -1],
			['averagePurchase', -10],
			['acquisitionCost', Infinity],
			['referralNetIncome', Number.NaN]
		]);
	});

	it('properties: steps evaluate, input untouched, more referral income gives more value', () => {
		const money = doubleIn(0, 1e9);
		fc.assert(
			fc.property(
				fc.record({
					expectedTransactions: doubleIn(0, 1e4),
					averagePurchase: money,
					acquisitionCost: money,
					referralNetIncome: doubleIn(-1e9, 1e9)
				}),
				money,
				(input, extra) => {
					const result = expectInputUntouched(continuingValue, input);
					expectStepsEvaluate(result.steps);
					const more = continuingValue({
						...input,
						referralNetIncome: Math.min(1e15, input.referralNetIncome + extra)
					});
					expect(more.value).toBeGreaterThanOrEqual(result.value);
				}
			)
		);
	});
});
