import { describe, expect, it } from 'vitest';
import { evaluate } from '../expr';
import { discountFactors } from './discount';
import { projectReferral } from './expected';
import { testBehaviour, testParams } from './fixtures';
import { resolveReferralParams } from './params';
import { summarizeProjection } from './totals';

describe('summarizeProjection', () => {
	it('recomputes the totals of a projection from its series', () => {
		const params = testParams({ referred: testBehaviour({ retention: 0.7 }) });
		const projection = projectReferral(params);
		const discount = discountFactors(params.discountRate, params.horizon);
		const again = summarizeProjection(resolveReferralParams(params), projection.series, discount);
		expect(again.totals).toEqual(projection.totals);
	});

	it('names K₀ and K_r apart when referred customers refer differently', () => {
		const params = testParams({ referred: testBehaviour({ retention: 0.7 }) });
		const ids = projectReferral(params).steps.map((step) => step.id);
		expect(ids).toContain('referral.viralCoefficientReferred');
		expect(ids).toContain('referral.viralCoefficientPerCycleReferred');
	});

	it('values the chain as V_own + V_referral − N₀·A, and the multiplier as (V_own + V_referral)/V_own', () => {
		const { totals, steps } = projectReferral(testParams({ initialCustomers: 2 }));
		expect(totals.totalValue).toBeCloseTo(totals.ownValue + totals.referralValue - 2 * 150, 9);
		expect(totals.valueMultiplier.kind).toBe('finite');
		if (totals.valueMultiplier.kind === 'finite') {
			expect(totals.valueMultiplier.value).toBeCloseTo(
				(totals.ownValue + totals.referralValue) / totals.ownValue,
				12
			);
		}
		for (const step of steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 9);
	});

	it('charges rewards to referral value and acquisition to the first customers', () => {
		const free = projectReferral(testParams({ referralReward: 0 })).totals;
		const paid = projectReferral(testParams({ referralReward: 20 })).totals;
		expect(free.ownValue).toBe(paid.ownValue);
		expect(free.referralValue - paid.referralValue).toBeCloseTo(paid.rewards, 9);
		expect(paid.acquisitionCost).toBe(150);
	});
});
