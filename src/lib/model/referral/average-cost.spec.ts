import { describe, expect, it } from 'vitest';
import { evaluate } from '../expr';
import { averageAcquisitionCostStep } from './average-cost';

const step = (won: number, referred: number) =>
	averageAcquisitionCostStep('referral.averageAcquisitionCost', {
		won,
		acquisitionCost: 100,
		referralReward: 20,
		referred
	});

describe('averageAcquisitionCostStep', () => {
	it('averages what was paid over the customers won, its formula agreeing with its value', () => {
		// (10 × 100 + 20 × 30) / (10 + 30) = 1600 / 40 = 40
		const average = step(10, 30);
		expect(average.value).toBe(40);
		expect(evaluate(average.formula)).toBeCloseTo(40, 12);
		expect(average.id).toBe('referral.averageAcquisitionCost');
	});

	it('is A with no referrals and tends to R as referrals dominate', () => {
		expect(step(10, 0).value).toBe(100);
		expect(step(1, 1e9).value).toBeCloseTo(20, 6);
	});
});
