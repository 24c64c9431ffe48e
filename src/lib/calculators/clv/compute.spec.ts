import { describe, expect, it } from 'vitest';
import { clvTornado } from '$lib/model/clv';
import { computeClv } from './compute';
import { changeUnit, churnOf, retentionOf } from './fields';
import { clvPresetList, presetInputs } from './presets';
import { manager } from './test-inputs';

describe('the business figures', () => {
	// 28 × 1.1^(1/12) / (1.1^(1/12) − 0.96), by hand: 588.3019 before acquisition cost
	const i = Math.pow(1.1, 1 / 12) - 1;
	const value = (28 * (1 + i)) / (1 + i - 0.96);

	it('reads the manager’s case: €408.30, customer equity, LTV : CAC and payback in months', () => {
		const view = computeClv(manager);
		expect(view.headline.kind === 'finite' && view.headline.value).toBeCloseTo(value - 180, 9);
		expect(view.headline.kind === 'finite' && view.headline.value).toBeCloseTo(408.3, 2);
		expect(view.business.valuePerCustomer).toBeCloseTo(value, 9);
		expect(view.business.equity).toBeCloseTo(12_000 * value, 5);
		expect(view.business.ltvToCac).toBeCloseTo(value / 180, 12);
		expect(view.business.payback).toEqual({ kind: 'at', periods: 7 });
	});

	it('knows when there is nothing to pay back or no payback at all', () => {
		expect(computeClv({ ...manager, acquisition: 0 }).business).toMatchObject({
			ltvToCac: null,
			payback: { kind: 'none' }
		});
		// within 1 year the €600 is never earned back
		const short = computeClv({ ...manager, acquisition: 600, horizon: 'finite', years: 1 });
		expect(short.business.payback).toEqual({ kind: 'never', within: 12 });
	});

	it('keeps churn and retention in step', () => {
		expect(retentionOf(0.04)).toBe(0.96);
		expect(churnOf(0.96)).toBe(0.04);
		expect(churnOf(retentionOf(0.0375))).toBe(0.0375);
	});

	it('gives the tornado the headline’s own scenario', () => {
		const { base, bars } = clvTornado(computeClv(manager).tornado, { kind: 'plausible' });
		expect(base.kind === 'finite' && base.value).toBeCloseTo(value - 180, 9);
		expect(bars[0]!.id).toBe('churn');
		// +1 point of retention across the 12,000 customers: +€1.86M
		expect(bars[0]!.low.delta! * 12_000).toBeCloseTo(1_859_060, -1);
	});
});

describe('computeClv', () => {
	it('reproduces the textbook example through the calculator inputs', () => {
		// Fader & Hardie (2012): m = 100, r = 0.8, i = 0.12 → 350 (start of period), 250 (end of
		// period)
		const inputs = { ...presetInputs('textbook-example', 'en'), horizon: 'infinite' as const };
		const start = computeClv({ ...inputs, timing: 'start-of-period' });
		const end = computeClv({ ...inputs, timing: 'end-of-period' });
		expect(start.headline.kind === 'finite' && start.headline.value).toBeCloseTo(350, 9);
		expect(end.headline.kind === 'finite' && end.headline.value).toBeCloseTo(250, 9);
		// truncated to 5 periods: 203.5164 (end), 284.9229 (start)
		const finiteEnd = computeClv({ ...inputs, horizon: 'finite', timing: 'end-of-period' });
		expect(finiteEnd.headline.kind === 'finite' && finiteEnd.headline.value).toBeCloseTo(
			203.5164,
			4
		);
	});

	it('computes every preset to finite numbers', () => {
		for (const preset of clvPresetList) {
			const view = computeClv(preset.inputs);
			for (const { result } of view.formulas) {
				if (result.kind === 'finite') expect(Number.isFinite(result.value)).toBe(true);
			}
			expect(view.schedule.cumulativeNet.every(Number.isFinite)).toBe(true);
		}
	});

	it('keeps the car-buyer preset near the US$400,000 lifetime revenue of Lixiao CRM’s guide', () => {
		const car = computeClv(presetInputs('car-buyer', 'en'));
		const simple = car.formulas.find((f) => f.id === 'simple')!.result;
		expect(simple.kind === 'finite' && simple.value + 600).toBeCloseTo(400_000, 6);
	});

	it('barely changes CLV when the same customer is expressed in another time unit', () => {
		const yearly = presetInputs('airline-frequent-flyer', 'zh');
		const monthly = changeUnit(yearly, 'month');
		expect(monthly.spend).toBeCloseTo(1000, 6);
		const a = computeClv({ ...yearly, horizon: 'infinite' }).formulas.find(
			(f) => f.id === 'margin'
		)!;
		const b = computeClv({ ...monthly, horizon: 'infinite' }).formulas.find(
			(f) => f.id === 'margin'
		)!;
		expect(a.result.kind === 'finite' && b.result.kind === 'finite').toBe(true);
		if (a.result.kind === 'finite' && b.result.kind === 'finite') {
			expect(b.result.value).toBeCloseTo(a.result.value, 6);
		}
	});
});
