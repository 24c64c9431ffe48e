import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import { evaluate } from '../expr';
import { deepFreeze, relative } from '../testing';
import { customerReferralValue, type ReferredCustomer } from './referral-value';

// A synthetic check of Kumar, Petersen & Leone (2007) at a 10% discount rate, computed by hand
const kumarCheck: ReferredCustomer[] = [
	{ period: 1, wouldJoinAnyway: false, margin: 120, incentive: 20, acquisitionSaving: 50 },
	{ period: 2, wouldJoinAnyway: false, margin: 80, incentive: 20, acquisitionSaving: 50 },
	{ period: 1, wouldJoinAnyway: true, margin: 0, incentive: 0, acquisitionSaving: 50 }
];

describe('customerReferralValue', () => {
	it('reproduces the hand check: 150/1.1 + 110/1.21 + 50/1.1 = 272.7273', () => {
		const result = customerReferralValue(kumarCheck, 0.1);
		expect(relative(result.value, 150 / 1.1 + 110 / 1.21 + 50 / 1.1)).toBeLessThan(1e-9);
		expect(result.value).toBeCloseTo(272.7273, 4);
		expect(result.contributions.map((x) => x.toFixed(4))).toEqual([
			'136.3636',
			'90.9091',
			'45.4545'
		]);
	});

	it('shows the arithmetic it used', () => {
		const [step] = customerReferralValue(kumarCheck, 0.1).steps;
		expect(step!.id).toBe('referral.customerReferralValue');
		expect(relative(evaluate(step!.formula), step!.value)).toBeLessThan(1e-12);
	});

	it('counts only the saving of a customer who would have joined anyway, whatever its margin', () => {
		const anyway = {
			period: 1,
			wouldJoinAnyway: true,
			margin: 999,
			incentive: 20,
			acquisitionSaving: 50
		};
		expect(customerReferralValue([anyway], 0.1).value).toBeCloseTo(50 / 1.1, 12);
	});

	it('weights a referral by its expected count', () => {
		const one = {
			period: 2,
			wouldJoinAnyway: false,
			margin: 80,
			incentive: 20,
			acquisitionSaving: 50
		};
		const result = customerReferralValue([{ ...one, count: 0.25 }], 0.1);
		expect(result.value).toBeCloseTo((0.25 * 110) / 1.21, 12);
		expect(evaluate(result.steps[0]!.formula)).toBeCloseTo(result.value, 12);
	});

	it('is 0 with no referrals, and undiscounted at a 0% rate', () => {
		expect(customerReferralValue([], 0.1).value).toBe(0);
		expect(evaluate(customerReferralValue([], 0.1).steps[0]!.formula)).toBe(0);
		expect(customerReferralValue(kumarCheck, 0).value).toBe(150 + 110 + 50);
	});

	it('rejects a negative incentive or period, naming the referral', () => {
		const bad = [{ ...kumarCheck[0]!, incentive: -1 }];
		expect(() => customerReferralValue(bad, 0.1)).toThrow(ModelInputError);
		expect(() => customerReferralValue(bad, 0.1)).toThrow(/referrals\[0\]\.incentive/);
		expect(() => customerReferralValue([{ ...kumarCheck[0]!, period: -1 }], 0.1)).toThrow(
			/referrals\[0\]\.period/
		);
		expect(() => customerReferralValue(kumarCheck, -0.5)).toThrow(/discountRate/);
	});

	it('does not mutate its input', () => {
		const input = deepFreeze(structuredClone(kumarCheck));
		customerReferralValue(input, 0.1);
		expect(input).toEqual(kumarCheck);
	});
});
