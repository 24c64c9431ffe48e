import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { evaluate } from '../expr';
import { ModelInputError } from '../errors';
import { compareExpiry } from './points-expiry';
import { POINTS_PRESETS } from './points-presets';

const gap = POINTS_PRESETS.find((preset) => preset.id === 'gap-vouchers')!.input;

describe('compareExpiry', () => {
	it('shows the GAP argument of “What customer lifetime value means”: a one-year expiry saves cost but loses CLV', () => {
		const { never, withExpiry, change, steps } = compareExpiry(gap, 12);
		expect(never.breakage).toBeCloseTo(0.5, 12);
		// breakage rises by ρ·e^(−E/L) = 0.5 × e^(−2) = 0.0677
		expect(change.breakage).toBeCloseTo(0.5 * Math.exp(-2), 12);
		expect(change.costPerMember).toBeLessThan(0);
		expect(change.peakLiability).toBeLessThan(0);
		expect(change.effectiveRetentionUplift).toBeLessThan(0);
		// with these illustrative numbers the lost loyalty outweighs the saved cost
		expect(withExpiry.clvWith).toBeLessThan(never.clvWith);
		for (const step of steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 9);
		expect(steps.map((step) => step.id)).toContain('points.expiryChange.clvWith');
	});

	it('never raises cost, liability or the retention uplift, whatever the programme', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...POINTS_PRESETS.map((preset) => preset.input)),
				fc.integer({ min: 1, max: 120 }),
				doubleIn(0, 1),
				(input, months, lambda) => {
					const { change } = compareExpiry(
						{ ...input, retentionEffectLostWithExpiry: lambda },
						months
					);
					expect(change.breakage).toBeGreaterThanOrEqual(0);
					expect(change.costPerMember).toBeLessThanOrEqual(1e-9);
					expect(change.effectiveRetentionUplift).toBeLessThanOrEqual(1e-12);
					if (lambda === 0) expect(change.effectiveRetentionUplift).toBe(0);
				}
			)
		);
	});

	it('validates the expiry', () => {
		expect(() => compareExpiry(gap, 0)).toThrow(ModelInputError);
	});
});
