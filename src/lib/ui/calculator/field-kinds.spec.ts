import { describe, expect, it } from 'vitest';
import { numberProps, schemaOf } from '$lib/state/fields';
import {
	annualDiscount,
	doublingSlider,
	maxMoney,
	money,
	shareUplift,
	perPeriodDiscount,
	roundTo,
	years
} from './field-kinds';

describe('field kinds', () => {
	it('a doubling slider reaches twice the value typed, and at least its floor', () => {
		const slider = doublingSlider(200, 5);
		expect(slider.max(50)).toBe(200);
		expect(slider.max(100)).toBe(200);
		expect(slider.max(500)).toBe(1000);
		expect(slider.step).toBe(5);
	});

	it('money runs from 0 to a billion unless said, and its slider follows the value', () => {
		const spend = money(doublingSlider(20_000, (v: number) => (v > 20_000 ? 100 : 10)));
		expect(schemaOf({ spend })).toEqual({
			spend: { kind: 'number', min: 0, max: maxMoney, integer: false }
		});
		expect(numberProps(spend, 30_000)).toMatchObject({ sliderMax: 60_000, step: 100 });
		expect(numberProps(spend, 500)).toMatchObject({ sliderMax: 20_000, step: 10 });
		expect(money({}, 1e8).max).toBe(1e8);
	});

	it('years are whole, from one; a discount rate slides to 30%; an uplift names its base', () => {
		expect(schemaOf({ horizon: years(60, 40) }).horizon).toEqual({
			kind: 'number',
			min: 1,
			max: 60,
			integer: true
		});
		expect(numberProps(annualDiscount, 0.1)).toMatchObject({ sliderMax: 0.3, step: 0.5 });
		expect(shareUplift('retention', 0.2)).toMatchObject({
			min: -1,
			max: 1,
			upliftOf: 'retention',
			slider: { min: 0, max: 0.2 }
		});
	});

	it('compounds the yearly discount rate to the period, and rounds converted numbers for the boxes', () => {
		expect(perPeriodDiscount({ discount: 0.1, unit: 'year' })).toBe(0.1);
		expect(perPeriodDiscount({ discount: 0.21, unit: 'month' })).toBeCloseTo(
			Math.sqrt(1.21) ** (1 / 6) - 1,
			12
		);
		expect(roundTo(0.98765432, 4)).toBe(0.9877);
		expect(roundTo(12.3456, 2)).toBe(12.35);
	});
});
