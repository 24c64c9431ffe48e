import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ModelInputError } from '$lib/model/errors';
import { compareExpiry } from '$lib/model/loyalty';
import { fieldProblem } from '$lib/state/field-problem';
import { computePoints, peakPeriod } from './compute';
import { matchingPreset, pointsPresetList, presetInputs } from './presets';
import { changeUnit, fieldMap, modelInput, type PointsInputs } from './fields';

const gap = presetInputs('gap-vouchers');

describe('computePoints', () => {
	it('shows the programme under the chosen expiry rule, and both rules side by side', () => {
		const view = computePoints(gap);
		const direct = compareExpiry(modelInput(gap), 12);
		expect(view.result.netEffect).toBeCloseTo(direct.withExpiry.netEffect, 9);
		const never = computePoints({ ...gap, expires: 'never' });
		expect(never.result.netEffect).toBeCloseTo(direct.never.netEffect, 9);
		// GAP (“What customer lifetime value means”): clearing points after a year saves reward cost but loses CLV
		expect(view.comparison.change.costPerMember).toBeLessThan(0);
		expect(view.comparison.change.clvWith).toBeLessThan(0);
	});

	it('adds up the CLV gain period by period to the net effect', () => {
		for (const { id } of pointsPresetList) {
			const view = computePoints(presetInputs(id));
			const gain = view.timeline.cumulativeGain;
			expect(gain).toHaveLength(view.result.liability.length);
			expect(gain[gain.length - 1]).toBeCloseTo(view.result.netEffect, 6);
			expect(view.timeline.liability).toEqual(view.result.liability.map((row) => row.liability));
		}
	});

	it('shows the per-period discount rate as a step only when the period is not a year', () => {
		expect(computePoints(gap).steps[0]!.id).toBe('points.spendWithProgramme');
		const monthly = computePoints(changeUnit(gap, 'month'));
		expect(monthly.steps[0]!.id).toBe('periodDiscountRate');
		expect(monthly.periodDiscount).toBeCloseTo(Math.pow(1.1, 1 / 12) - 1, 12);
		expect(monthly.timeline.period).toHaveLength(gap.years * 12);
	});

	it('keeps the member the same when the time unit changes (spend per year, retention)', () => {
		const monthly = changeUnit(gap, 'month');
		expect(monthly.spend * 12).toBeCloseTo(gap.spend, 0);
		expect(Math.pow(monthly.retention, 12)).toBeCloseTo(gap.retention, 3);
		expect(Math.pow(monthly.retention + monthly.retentionUplift, 12)).toBeCloseTo(
			gap.retention + gap.retentionUplift,
			3
		);
		expect(changeUnit(gap, 'year')).toBe(gap);
	});

	it.each(['gap-vouchers', 'airline-alliance'] as const)(
		'gives the same peak liability whether %s is entered per year, quarter or month (issue 14)',
		(id) => {
			// points earned at the end of each period made the GAP peak 33.4 / 11.9 / 9.2 (airline
			// 329 / 218 / 199) in years / quarters / months
			const yearly = presetInputs(id);
			const peak = computePoints(yearly).result.peakLiability;
			for (const unit of ['quarter', 'month'] as const) {
				const other = computePoints(changeUnit(yearly, unit)).result;
				expect(Math.abs(other.peakLiability / peak - 1)).toBeLessThan(0.02);
				// and at the end of every year
				const perYear = unit === 'quarter' ? 4 : 12;
				computePoints(yearly).result.liability.forEach((row, t) => {
					const same = other.liability[(t + 1) * perYear - 1]!.liability;
					expect(Math.abs(same / row.liability - 1)).toBeLessThan(0.02);
				});
			}
		}
	);

	it('refuses an uplift that takes retention past 100% and names the input', () => {
		const bad: PointsInputs = { ...gap, retention: 0.97, retentionUplift: 0.05 };
		let thrown: unknown;
		try {
			computePoints(bad);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ModelInputError);
		expect(fieldProblem(thrown, fieldMap)).toMatchObject({
			input: 'retentionUplift',
			kind: 'uplift',
			base: 'retention'
		});
	});

	it('matches presets exactly and nothing once an input changes', () => {
		expect(matchingPreset(gap)).toBe('gap-vouchers');
		expect(matchingPreset({ ...gap, spend: gap.spend + 1 })).toBe('');
		expect(presetInputs('no-such-preset')).toEqual(gap);
	});

	it('leaves CLV unchanged, period by period, when the programme costs nothing and changes nothing', () => {
		const free = fc.record({
			unit: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
			spend: fc.double({ min: 0, max: 1e5, noNaN: true }),
			earn: fc.double({ min: 0, max: 10, noNaN: true }),
			redemption: fc.double({ min: 0, max: 1, noNaN: true }),
			expires: fc.constantFrom('never' as const, 'after' as const),
			expiry: fc.integer({ min: 1, max: 60 }),
			margin: fc.double({ min: 0, max: 1, noNaN: true }),
			retention: fc.double({ min: 0, max: 0.99, noNaN: true }),
			discount: fc.double({ min: 0, max: 0.5, noNaN: true }),
			years: fc.integer({ min: 1, max: 10 })
		});
		fc.assert(
			fc.property(free, (drawn) => {
				const inputs: PointsInputs = {
					...gap,
					...drawn,
					pointValue: 0,
					running: 0,
					retentionUplift: 0,
					spendUplift: 0
				};
				const view = computePoints(inputs);
				const scale = Math.max(1, view.result.clvWithout);
				expect(Math.abs(view.result.netEffect)).toBeLessThan(1e-9 * scale);
				expect(view.result.clvWith).toBeCloseTo(view.result.clvWithout, 6);
				for (const gain of view.timeline.cumulativeGain) {
					expect(Math.abs(gain)).toBeLessThan(1e-9 * scale);
				}
				expect(view.result.breakEven.kind).toBe('not-needed');
			}),
			{ numRuns: 60 }
		);
	});
});

describe('peakPeriod', () => {
	const at = (months: number) =>
		({ ...computePoints(gap).result, peakLiabilityMonths: months }) as Parameters<
			typeof peakPeriod
		>[0];

	it('names the period the peak falls in, also between two period ends', () => {
		expect(peakPeriod(at(12), 'year')).toBe(1);
		expect(peakPeriod(at(13), 'year')).toBe(2);
		expect(peakPeriod(at(7.5), 'quarter')).toBe(3);
		expect(peakPeriod(at(7.5), 'month')).toBe(8);
		expect(peakPeriod(at(0), 'month')).toBeUndefined();
	});

	it('finds a period for every preset and unit, within the horizon', () => {
		for (const { id } of pointsPresetList) {
			for (const unit of ['month', 'quarter', 'year'] as const) {
				const inputs = changeUnit(presetInputs(id), unit);
				const view = computePoints(inputs);
				const period = peakPeriod(view.result, unit);
				expect(period).toBeGreaterThanOrEqual(1);
				expect(period).toBeLessThanOrEqual(view.timeline.period.length);
			}
		}
	});
});
