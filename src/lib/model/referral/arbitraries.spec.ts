import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArbitrary, worthwhileParamsArbitrary } from './arbitraries';
import { resolveReferralParams } from './params';

describe('property-test generators', () => {
	it('only generate valid inputs', () => {
		fc.assert(
			fc.property(paramsArbitrary, (params) => {
				expect(() => resolveReferralParams(params)).not.toThrow();
			})
		);
	});

	it('make every referred customer worth its reward in the worthwhile set', () => {
		fc.assert(
			fc.property(worthwhileParamsArbitrary, (params) => {
				const referred = params.referred ?? params.first;
				expect(params.referralReward).toBeLessThanOrEqual(
					params.grossMargin * referred.firstPurchase
				);
				expect(params.marketCap).toBeNull();
			})
		);
	});
});
