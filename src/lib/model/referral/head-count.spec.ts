import { describe, expect, it } from 'vitest';
import { evaluate } from '../expr';
import { testBehaviour, testParams } from './fixtures';
import { expectedHeadCount } from './head-count';

describe('expectedHeadCount', () => {
	it('is N₀/(1 − K) when referred customers refer like the first (geometric series)', () => {
		// K = 0.5 × 0.3 / (1 − 0.8) = 0.75 → 1/(1 − 0.75) = 4 customers per first customer
		const result = expectedHeadCount(testParams({ initialCustomers: 3 }));
		expect(result.kind).toBe('finite');
		if (result.kind !== 'finite') return;
		expect(result.value).toBeCloseTo(12, 12);
		expect(result.steps.map((step) => step.id)).toEqual([
			'referral.viralCoefficient',
			'referral.headCountMultiplier',
			'referral.totalCustomers'
		]);
		for (const step of result.steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('is N₀·(1 + K₀/(1 − K_r)) when referred customers refer differently', () => {
		// K₀ = 0.75; K_r = 0.5 × 0.3 / (1 − 0.7) = 0.5 → 1 + 0.75 × 2 = 2.5
		const result = expectedHeadCount(testParams({ referred: testBehaviour({ retention: 0.7 }) }));
		expect(result).toMatchObject({ kind: 'finite' });
		if (result.kind !== 'finite') return;
		expect(result.value).toBeCloseTo(2.5, 12);
		expect(result.steps.map((step) => step.id)).toContain('referral.viralCoefficientReferred');
		for (const step of result.steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('is unbounded (not Infinity) when K ≥ 1 and there is no cap', () => {
		const result = expectedHeadCount(testParams({ first: testBehaviour({ referralRate: 1 }) }));
		expect(result).toMatchObject({ kind: 'unbounded', reason: 'viralCoefficientAtLeastOne' });
		const exactlyOne = testBehaviour({ referralRate: 2 / 3 });
		expect(expectedHeadCount(testParams({ first: exactlyOne })).kind).toBe('unbounded');
	});

	it('is unbounded for an endless lifetime that keeps referring', () => {
		const result = expectedHeadCount(testParams({ first: testBehaviour({ retention: 1 }) }));
		expect(result).toMatchObject({ kind: 'unbounded', reason: 'endlessLifetime' });
	});

	it('lets the market cap decide when K ≥ 1 or the expectation exceeds the cap', () => {
		const viral = testParams({ first: testBehaviour({ referralRate: 1 }), marketCap: 500 });
		expect(expectedHeadCount(viral)).toMatchObject({ kind: 'capped', cap: 500 });
		expect(expectedHeadCount(testParams({ marketCap: 3 }))).toMatchObject({
			kind: 'capped',
			cap: 3,
			reason: 'capBelowExpectation'
		});
		expect(expectedHeadCount(testParams({ marketCap: 100 }))).toMatchObject({ kind: 'finite' });
	});

	it('is N₀ when first customers refer nobody, even if referred ones would', () => {
		const params = testParams({
			first: testBehaviour({ referralRate: 0 }),
			referred: testBehaviour({ referralRate: 5 })
		});
		const result = expectedHeadCount(params);
		expect(result).toMatchObject({ kind: 'finite', value: 1 });
		if (result.kind === 'finite') expect(evaluate(result.steps.at(-1)!.formula)).toBe(1);
	});
});
