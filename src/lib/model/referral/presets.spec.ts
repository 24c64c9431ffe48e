import { describe, expect, it } from 'vitest';
import { projectReferral } from './expected';
import { simulateReferral } from './montecarlo';
import { resolveReferralParams } from './params';
import { referralPresetIds, referralPresets } from './presets';

describe('referralPresets', () => {
	it('has the four presets of the issue and the article’s chain, keyed by their ids', () => {
		expect(referralPresetIds).toEqual([
			'software-vendor',
			'software-chain',
			'subscription-app',
			'b2b-services',
			'premium-car'
		]);
		for (const id of referralPresetIds) expect(referralPresets[id].id).toBe(id);
	});

	it.each(referralPresetIds)('%s is illustrative, valid, plain data', (id) => {
		const preset = referralPresets[id];
		expect(preset.illustrative).toBe(true);
		expect(() => resolveReferralParams(preset.params)).not.toThrow();
		expect(structuredClone(preset)).toEqual(preset);
	});

	it.each(referralPresetIds)('%s: referrals add value and the chain stays finite', (id) => {
		const projection = projectReferral(referralPresets[id].params);
		expect(projection.totals.valueMultiplier.kind).toBe('finite');
		if (projection.totals.valueMultiplier.kind === 'finite') {
			expect(projection.totals.valueMultiplier.value).toBeGreaterThan(1);
		}
		expect(projection.viral.headCount.kind).toBe('finite');
	});

	it.each(referralPresetIds)('%s: referred customers stay at least as long as the first', (id) => {
		// the issue: referred customers tend to stay longer and spend more
		const { first, referred } = referralPresets[id].params;
		expect((referred ?? first).retention).toBeGreaterThanOrEqual(first.retention);
	});

	it('software-chain is the article’s chain: K = 0.4 for every customer, 1/(1 − K) in all', () => {
		// 0.5 recommendations a year × 20% conversion ÷ (1 − 0.75 retention) = 0.4
		const projection = projectReferral(referralPresets['software-chain'].params);
		const { first } = projection.viral;
		expect(first.lifetime.kind === 'finite' && first.lifetime.value).toBeCloseTo(0.4, 12);
		const { headCount } = projection.viral;
		expect(headCount.kind === 'finite' && headCount.value).toBeCloseTo(1 / 0.6, 12);
		expect(referralPresets['software-chain'].params.referred).toBeNull();
	});

	it('runs a Monte-Carlo of the monthly app preset', () => {
		const summary = simulateReferral(referralPresets['subscription-app'].params, 1, 200);
		expect(summary.horizon).toBe(60);
		expect(summary.cumulativeProfit.p10[59]).toBeLessThanOrEqual(summary.cumulativeProfit.p90[59]!);
	});
});
