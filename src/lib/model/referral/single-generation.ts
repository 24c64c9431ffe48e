/**
 * The first generation of referrals written as Kumar's customer referral value, so the
 * multi-generation model can be checked against (and explained by) the single-generation formula.
 */
import { resolveReferralParams, type ReferralParams } from './params';
import type { ReferredCustomer } from './referral-value';
import { spendByAge } from './spend';

/**
 * The expected referrals of the first customers as a list for {@link customerReferralValue}: one
 * entry per join period s = L … H − 1 with
 *
 *   n_s = N₀ · r₀^(s−L) · ρ₀ · c₀                     (expected referred customers joining at s)
 *   m_s = m · Σ_{a=0}^{H−1−s} r_r^a · spend_r(a) / (1 + d)^a   (their margin, valued at s)
 *
 * incentive R and saving `acquisitionSaving` (0 by default: the model already spares referred
 * customers the acquisition cost A, so their saving is implicit). All of them join because of the
 * referral. The market cap is ignored. When referred customers do not refer, the CRV of this list
 * equals the projection's `referralValue`: the reduction a multi-generation model must satisfy
 * (Kumar, Petersen & Leone 2007).
 *
 * Source: Kumar, Petersen & Leone (2007), applied to the expected referrals of the model.
 *
 * @example
 * customerReferralValue(firstGenerationReferrals({ ...params, referred: { ...b, referralRate: 0 } }),
 *   params.discountRate).value
 * //=> projectReferral(same params).totals.referralValue
 */
export function firstGenerationReferrals(
	params: Readonly<ReferralParams>,
	acquisitionSaving = 0
): ReferredCustomer[] {
	const p = resolveReferralParams(params);
	const spend = spendByAge(p.referred, p.horizon);
	const referrals: ReferredCustomer[] = [];
	const perPeriod = p.initialCustomers * p.first.referralRate * p.first.conversion;
	for (let join = p.lag; join < p.horizon; join++) {
		let margin = 0;
		for (let age = 0; join + age < p.horizon; age++) {
			const survival = Math.pow(p.referred.retention, age);
			margin += (p.grossMargin * survival * spend[age]!) / Math.pow(1 + p.discountRate, age);
		}
		referrals.push({
			period: join,
			wouldJoinAnyway: false,
			margin,
			incentive: p.referralReward,
			acquisitionSaving,
			count: perPeriod * Math.pow(p.first.retention, join - p.lag)
		});
	}
	return referrals;
}
