import { describe, expect, it } from 'vitest';
import { evaluate } from '../expr';
import { testBehaviour } from './fixtures';
import { viralCoefficient } from './viral';

describe('viralCoefficient', () => {
	it('is ρ·c/(1 − r) over the expected lifetime 1/(1 − r)', () => {
		const viral = viralCoefficient(
			testBehaviour({ referralRate: 0.5, conversion: 0.2, retention: 0.75 }),
			2
		);
		expect(viral.expectedLifetime).toMatchObject({ kind: 'finite', value: 4 });
		expect(viral.lifetime.kind).toBe('finite');
		if (viral.lifetime.kind !== 'finite') return;
		expect(viral.lifetime.value).toBeCloseTo(0.4, 15);
		expect(viral.lifetime.steps[0]!.id).toBe('referral.viralCoefficient');
	});

	it('gives the per-cycle form ρ·L·c', () => {
		const viral = viralCoefficient(testBehaviour({ referralRate: 0.5, conversion: 0.2 }), 3);
		expect(viral.perCycle.value).toBeCloseTo(0.3, 15);
		expect(viral.perCycle.steps[0]!.id).toBe('referral.viralCoefficientPerCycle');
	});

	it('shows formulas that evaluate to the values', () => {
		const viral = viralCoefficient(testBehaviour(), 2, 'r');
		const steps = [
			...viral.perCycle.steps,
			...(viral.lifetime.kind === 'finite' ? viral.lifetime.steps : []),
			...(viral.expectedLifetime.kind === 'finite' ? viral.expectedLifetime.steps : [])
		];
		expect(steps.map((step) => step.id)).toEqual([
			'referral.viralCoefficientPerCycleReferred',
			'referral.viralCoefficientReferred',
			'referral.expectedLifetimeReferred'
		]);
		for (const step of steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 12);
	});

	it('is unbounded, never Infinity, for a customer who stays forever and refers', () => {
		const viral = viralCoefficient(testBehaviour({ retention: 1 }), 1);
		expect(viral.lifetime).toMatchObject({ kind: 'unbounded', reason: 'endlessLifetime' });
		expect(viral.expectedLifetime).toMatchObject({ kind: 'unbounded', reason: 'endlessLifetime' });
	});

	it('is 0 for a customer who stays forever but never refers', () => {
		const viral = viralCoefficient(testBehaviour({ retention: 1, referralRate: 0 }), 1);
		expect(viral.lifetime).toMatchObject({ kind: 'finite', value: 0 });
		if (viral.lifetime.kind === 'finite')
			expect(evaluate(viral.lifetime.steps[0]!.formula)).toBe(0);
	});

	it('with retention 0 counts one period of referrals', () => {
		const viral = viralCoefficient(
			testBehaviour({ retention: 0, referralRate: 2, conversion: 0.25 }),
			1
		);
		expect(viral.lifetime).toMatchObject({ kind: 'finite', value: 0.5 });
	});
});
