import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clubEconomics } from '$lib/model/loyalty';
import { fieldProblem } from '$lib/state/field-problem';
import { computeClub } from './compute';
import { clubPresetList, matchingPreset, presetInputs } from './presets';
import { fieldMap, modelInput, type ClubInputs } from './fields';

const car = presetInputs('premium-car-club');

describe('computeClub', () => {
	it('is the model on the calculator inputs, with ROI, payback and the year table', () => {
		for (const { id } of clubPresetList) {
			const inputs = presetInputs(id);
			const { result } = computeClub(inputs);
			expect(result).toEqual(clubEconomics(modelInput(inputs)));
			expect(result.roi.kind).toBe('ratio');
			expect(result.paybackYear).not.toBeNull();
			expect(result.years).toHaveLength(inputs.years);
		}
	});

	it('values each effect alone, each no more than all three together', () => {
		const view = computeClub(car);
		expect(view.effects.map((e) => e.id)).toEqual(['afterSales', 'retention', 'referrals']);
		for (const effect of view.effects) {
			expect(effect.incrementalProfit).toBeGreaterThan(0);
			expect(effect.incrementalProfit).toBeLessThanOrEqual(view.result.incrementalProfit);
		}
		const none = computeClub({ ...car, afterSalesUplift: 0, referralsUplift: 0 });
		expect(none.effects[0]!.incrementalProfit).toBe(0);
		expect(none.effects[1]!.incrementalProfit).toBeCloseTo(none.result.incrementalProfit, 6);
	});

	it('explains a free club instead of dividing by zero', () => {
		const free = computeClub({ ...car, cost: 0 });
		expect(free.result.roi).toEqual({ kind: 'undefined', reason: 'zero-cost' });
		expect(free.result.paybackYear).toBeNull();
		expect(free.result.netValue).toBeCloseTo(free.result.incrementalProfit, 9);
	});

	it('has no payback when the club costs more than it ever brings', () => {
		const dear = computeClub({ ...car, cost: 100_000 });
		expect(dear.result.paybackYear).toBeNull();
		expect(dear.result.roi.kind === 'ratio' && dear.result.roi.value).toBeLessThan(0);
	});

	it('names the input when referrals would fall below zero', () => {
		try {
			computeClub({ ...car, referralsUplift: -0.5 });
			expect.unreachable();
		} catch (error) {
			expect(fieldProblem(error, fieldMap)).toMatchObject({
				input: 'referralsUplift',
				kind: 'floor',
				base: 'referrals'
			});
		}
	});

	it('matches presets exactly', () => {
		expect(matchingPreset(car)).toBe('premium-car-club');
		expect(matchingPreset({ ...car, years: 11 })).toBe('');
	});

	it('brings no extra profit and a ROI of −100% when the club changes nothing', () => {
		fc.assert(
			fc.property(
				fc.record({
					cost: fc.double({ min: 1, max: 1e4, noNaN: true }),
					afterSales: fc.double({ min: 0, max: 1e5, noNaN: true }),
					otherMargin: fc.double({ min: 0, max: 1e4, noNaN: true }),
					retention: fc.double({ min: 0, max: 0.99, noNaN: true }),
					discount: fc.double({ min: 0, max: 0.5, noNaN: true }),
					years: fc.integer({ min: 1, max: 40 })
				}),
				(drawn) => {
					const inputs: ClubInputs = {
						...car,
						...drawn,
						afterSalesUplift: 0,
						retentionUplift: 0,
						referralsUplift: 0
					};
					const { result, effects } = computeClub(inputs);
					const scale = Math.max(1, result.profitWithout);
					expect(Math.abs(result.incrementalProfit)).toBeLessThan(1e-9 * scale);
					expect(result.roi.kind === 'ratio' && result.roi.value).toBeCloseTo(-1, 6);
					expect(result.paybackYear).toBeNull();
					for (const effect of effects)
						expect(Math.abs(effect.incrementalProfit)).toBeLessThan(1e-9 * scale);
				}
			),
			{ numRuns: 80 }
		);
	});
});
