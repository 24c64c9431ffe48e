import { describe, expect, it } from 'vitest';
import { testBehaviour } from './fixtures';
import { spendByAge } from './spend';

describe('spendByAge', () => {
	it('is F at joining, then P + U·(1+g)^(a−1) + X', () => {
		const behaviour = testBehaviour({
			firstPurchase: 500,
			repeatPurchase: 0,
			upsell: 100,
			upsellGrowth: 0.5,
			crossSell: 50
		});
		expect(Array.from(spendByAge(behaviour, 4))).toEqual([500, 150, 200, 275]);
	});

	it('handles a one-period and an empty horizon', () => {
		expect(Array.from(spendByAge(testBehaviour(), 1))).toEqual([100]);
		expect(spendByAge(testBehaviour(), 0)).toHaveLength(0);
	});
});
