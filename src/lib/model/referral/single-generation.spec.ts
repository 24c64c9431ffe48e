import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArbitrary } from './arbitraries';
import { projectReferral } from './expected';
import { testBehaviour, testParams } from './fixtures';
import { customerReferralValue } from './referral-value';
import { firstGenerationReferrals } from './single-generation';

const relative = (actual: number, expected: number) =>
	Math.abs(actual - expected) / Math.max(1e-12, Math.abs(expected));

// Referred customers who do not refer: the multi-generation model must reduce to Kumar's
// single-generation customer referral value (Kumar, Petersen & Leone 2007).
const oneGeneration = testParams({
	horizon: 60,
	referred: testBehaviour({ referralRate: 0, firstPurchase: 150, retention: 0.85 })
});

describe('firstGenerationReferrals', () => {
	it('lists one expected referral per join period, N₀·r^(s−L)·ρ·c of them', () => {
		const referrals = firstGenerationReferrals(oneGeneration);
		expect(referrals).toHaveLength(60 - 2);
		expect(referrals[0]).toMatchObject({ period: 2, incentive: 20, wouldJoinAnyway: false });
		expect(referrals[0]!.count).toBeCloseTo(0.15, 15);
		expect(referrals[3]!.count).toBeCloseTo(0.15 * 0.8 ** 3, 15);
	});

	it("gives Kumar's CRV equal to the model's referral value when referred customers do not refer", () => {
		const crv = customerReferralValue(firstGenerationReferrals(oneGeneration), 0.01);
		const projection = projectReferral(oneGeneration);
		expect(relative(crv.value, projection.totals.referralValue)).toBeLessThan(1e-9);
	});

	it('adds the acquisition-cost savings when asked, as Kumar counts them', () => {
		const referrals = firstGenerationReferrals(oneGeneration, 150);
		const savings = referrals.reduce((total, r) => total + (r.count! * 150) / 1.01 ** r.period, 0);
		const crv = customerReferralValue(referrals, 0.01).value;
		const { referralValue } = projectReferral(oneGeneration).totals;
		expect(relative(crv, referralValue + savings)).toBeLessThan(1e-9);
	});

	it('acquires N₀(1 + K₀) customers over a long horizon', () => {
		const projection = projectReferral({ ...oneGeneration, horizon: 600 });
		expect(relative(projection.series.everAcquired[599]!, 1 + 0.75)).toBeLessThan(1e-9);
	});

	it('reduces for any inputs without a cap (property)', () => {
		fc.assert(
			fc.property(paramsArbitrary, (params) => {
				const referred = { ...(params.referred ?? params.first), referralRate: 0 };
				const single = { ...params, marketCap: null, referred };
				const crv = customerReferralValue(firstGenerationReferrals(single), single.discountRate);
				const { referralValue } = projectReferral(single).totals;
				const scale = Math.max(
					1,
					Math.abs(referralValue),
					crv.contributions.reduce((a, b) => a + Math.abs(b), 0)
				);
				expect(Math.abs(crv.value - referralValue)).toBeLessThanOrEqual(1e-9 * scale);
			})
		);
	});
});
