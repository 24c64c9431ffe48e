import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '$lib/model/expr';
import { fieldProblem } from '$lib/state/field-problem';
import { computeComplement, sources } from './compute';
import { matchingPreset, presetInputs } from './presets';
import { fieldMap, type ComplementInputs } from './fields';

const vanke = presetInputs('vanke-property-services');

describe('computeComplement', () => {
	it('splits CLV by source with and without the complement, and the sources add up', () => {
		const { result } = computeComplement(vanke);
		for (const side of [result.without, result.with]) {
			const parts = sources.reduce((total, { id }) => total + side[id], 0);
			expect(parts).toBeCloseTo(side.total, 6);
		}
		// without the complement there is no fee and no premium
		expect(result.without.complement).toBe(0);
		expect(result.without.premium).toBe(0);
		expect(result.difference.total).toBeCloseTo(result.with.total - result.without.total, 6);
	});

	it('reports the gain relative to CLV without, and the complement margin per year', () => {
		const view = computeComplement(vanke);
		expect(view.relativeGain).toBeCloseTo(
			view.result.difference.total / view.result.without.total,
			12
		);
		// 12 × RMB 350 × 12%
		expect(view.complementMarginPerYear).toBeCloseTo(504, 9);
		expect(computeComplement({ ...vanke, price: 0, referrals: 0 }).relativeGain).toBeNull();
	});

	it('groups the steps without, with and difference, each formula evaluating to its value', () => {
		const { steps, result } = computeComplement(vanke);
		expect(steps.without.every((s) => s.id.startsWith('complement.without.'))).toBe(true);
		expect(steps.with.every((s) => s.id.startsWith('complement.with.'))).toBe(true);
		expect(steps.difference.map((s) => s.id)).toEqual(['complement.difference']);
		const all = [...steps.without, ...steps.with, ...steps.difference];
		expect(all).toHaveLength(result.steps.length);
		for (const step of all) {
			expect(evaluate(step.formula)).toBeCloseTo(step.value, 4);
		}
	});

	it('names the input when an uplift would take the repurchase chance past 100%', () => {
		expect(() => computeComplement({ ...vanke, repurchaseUplift: 0.9 })).toThrow();
		try {
			computeComplement({ ...vanke, repurchaseUplift: 0.9 });
		} catch (error) {
			expect(fieldProblem(error, fieldMap)).toMatchObject({
				input: 'repurchaseUplift',
				kind: 'uplift',
				base: 'repurchase'
			});
		}
	});

	it('matches the preset exactly', () => {
		expect(matchingPreset(vanke)).toBe('vanke-property-services');
		expect(matchingPreset({ ...vanke, fee: 351 })).toBe('');
	});

	it('adds nothing when the complement is free, earns nothing and changes nothing', () => {
		fc.assert(
			fc.property(
				fc.record({
					price: fc.double({ min: 0, max: 1e7, noNaN: true }),
					mainMargin: fc.double({ min: 0, max: 1, noNaN: true }),
					repurchase: fc.double({ min: 0, max: 1, noNaN: true }),
					cycle: fc.integer({ min: 1, max: 30 }),
					referrals: fc.double({ min: 0, max: 2, noNaN: true }),
					conversion: fc.double({ min: 0, max: 1, noNaN: true }),
					discount: fc.double({ min: 0, max: 0.5, noNaN: true }),
					years: fc.integer({ min: 1, max: 60 })
				}),
				(drawn) => {
					const inputs: ComplementInputs = {
						...vanke,
						...drawn,
						fee: 0,
						repurchaseUplift: 0,
						referralsUplift: 0,
						conversionUplift: 0,
						premium: 0
					};
					const { result } = computeComplement(inputs);
					const scale = Math.max(1, result.without.total);
					expect(Math.abs(result.difference.total)).toBeLessThan(1e-9 * scale);
				}
			),
			{ numRuns: 80 }
		);
	});
});
