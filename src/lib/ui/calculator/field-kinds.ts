/**
 * The kinds of input the calculators keep declaring, written once: the currency and the period, a
 * share, an amount of money, a yearly discount rate, a horizon in years, a change of a share. A
 * calculator's `fields.ts` imports them as one namespace and spreads a kind, adding what is its own
 * (the model parameter it fills, its label):
 *
 * @example
 * import * as field from '$lib/ui/calculator/field-kinds';
 * defineFields({
 * 	currency: field.currency,
 * 	margin: { ...field.share, model: 'grossMargin' },
 * 	spend: { ...field.money(field.doublingSlider(20_000, 100)), model: 'spendPerPeriod' },
 * 	discount: field.annualDiscount
 * });
 *
 * Then how the period's inputs become the model's: the yearly discount rate per period, and the
 * numbers written back into the boxes after a change of period (`roundTo`).
 */
import { convertDiscountRate, type TimeUnit } from '$lib/model/time';
import type { NumberSpec } from '$lib/state/fields';

export { currencyField as currency, timeUnitField as timeUnit } from '$lib/state/fields';

/** The most money an input takes (an amount per customer or per period). */
export const maxMoney = 1e9;

type Slider = NonNullable<NumberSpec['slider']>;

/** A share from 0 to 100% (a margin, a conversion, a retention). */
export const share = { kind: 'percent', min: 0, max: 1 } as const;

/**
 * An amount of money from 0 to `max` (`maxMoney` unless said), with its slider.
 *
 * @example
 * money(doublingSlider(200)) //=> { kind: 'money', min: 0, max: 1e9, slider: { max: v => …, step: undefined } }
 */
export const money = <const S extends Slider>(slider: S, max = maxMoney) =>
	({ kind: 'money', min: 0, max, slider }) as const;

/**
 * A slider that reaches twice the value typed, and at least `floor`: it grows with a large amount
 * instead of pinning it at its end.
 *
 * @example
 * doublingSlider(200).max(50) //=> 200
 * doublingSlider(200).max(500) //=> 1000
 */
export const doublingSlider = (floor: number, step?: Slider['step']) =>
	({ max: (v: number) => Math.max(floor, v * 2), step }) as const;

/** A yearly discount rate, 0–100%, its slider up to 30% (`perPeriodDiscount` converts it). */
export const annualDiscount = { kind: 'percent', min: 0, max: 1, slider: { max: 0.3 } } as const;

/** A horizon in whole years, from one to `max`, its slider up to `sliderMax`. */
export const years = <const Max extends number>(max: Max, sliderMax: number) =>
	({ kind: 'count', min: 1, max, slider: { max: sliderMax }, unit: 'years' }) as const;

/**
 * A change of a share by −100 to +100 points that must keep `base + change` within 0–100%
 * (`base`: the field holding the share), its slider from 0 to `sliderMax`.
 */
export const shareUplift = <const B extends string>(base: B, sliderMax: number) =>
	({
		kind: 'percent',
		min: -1,
		max: 1,
		slider: { min: 0, max: sliderMax },
		upliftOf: base
	}) as const;

/** The yearly discount rate of an `annualDiscount` field, compounded to the inputs' period. */
export const perPeriodDiscount = (inputs: { readonly discount: number; readonly unit: TimeUnit }) =>
	convertDiscountRate(inputs.discount, 'year', inputs.unit).value;

/**
 * A converted number as a box shows it: cents for money (2), a hundredth of a point for a share
 * (4), so a change of period does not fill the boxes with long decimals.
 *
 * @example
 * roundTo(0.98765432, 4) //=> 0.9877
 */
export const roundTo = (x: number, digits: number) => Number(x.toFixed(digits));
