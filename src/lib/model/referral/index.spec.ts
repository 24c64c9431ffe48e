import { describe, expect, it } from 'vitest';
import * as referral from './index';

describe('referral model entry point', () => {
	it('exports the model, the simulation, the case and the presets', () => {
		for (const name of [
			'projectReferral',
			'expectedHeadCount',
			'viralCoefficient',
			'customerReferralValue',
			'firstGenerationReferrals',
			'createMonteCarlo',
			'runMonteCarloBatch',
			'summarizeMonteCarlo',
			'simulateReferral',
			'simulateReferralBatches',
			'referralCaseTable',
			'resolveReferralParams'
		]) {
			expect(typeof (referral as Record<string, unknown>)[name]).toBe('function');
		}
		expect(referral.referralPresets['software-vendor'].params).toBe(referral.softwareVendorParams);
	});
});
