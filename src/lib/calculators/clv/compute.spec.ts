import { describe, expect, it } from 'vitest';
import { computeClv } from './compute';
import { changeUnit } from './fields';
import { clvPresetList, presetInputs } from './presets';

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
