/**
 * The CLV calculator's inputs, declared once (kind, limits, slider, the model parameter each fills),
 * and how a change of time unit converts per-period inputs so the economics stay the same.
 *
 * `margin` is the gross margin, a share of spend, everywhere in the calculator (the model calls it
 * `grossMargin`); the money kept per period, spend × gross margin, is `marginPerPeriod`.
 */
import type { ClvScenario } from '$lib/model/clv';
import { retentionTimings } from '$lib/model/clv/timing';
import { convertRetention, convertSpend, type TimeUnit } from '$lib/model/time';
import { defineFields, fieldMapOf, schemaOf, toModel, type InputsOf } from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

/** Highest retention per period: 99.9%, so a yearly 98.8% still fits in months. */
export const maxRetention = 0.999;

/** A money input whose slider grows with large amounts. */
const money = <M extends string>(model: M, label: string) =>
	({
		...field.money({
			max: (v: number) => (v > 20_000 ? Math.max(100_000, v * 2) : 20_000),
			step: (v: number) => (v > 20_000 ? 100 : 10)
		}),
		model,
		label
	}) as const;

export const fields = defineFields({
	/** Period length for the per-period inputs and sums. */
	unit: { ...field.timeUnit, model: 'unit' },
	currency: { ...field.currency, model: 'currency' },
	/** Spend per period. */
	spend: money('spendPerPeriod', 'spend'),
	/** Gross margin, a share of spend. */
	margin: { ...field.share, model: 'grossMargin', label: 'grossMargin' },
	/** Retention per period. */
	retention: {
		kind: 'percent',
		min: 0,
		max: maxRetention,
		slider: { step: 0.1 },
		model: 'retention'
	},
	/** Discount rate per year (converted to per period by compounding). */
	discount: { ...field.annualDiscount, model: 'annualDiscountRate', label: 'discountRate' },
	acquisition: money('acquisitionCost', 'acquisitionCost'),
	/**
	 * Customers in the base today: customer equity and what each lever is worth across the base.
	 * Added after scenarios were first saved, hence the fallback.
	 */
	customers: {
		kind: 'count',
		min: 1,
		max: 1e9,
		slider: {
			min: 100,
			max: (v: number) => Math.max(50_000, v * 2),
			step: (v: number) => (v > 50_000 ? 1000 : 100)
		},
		fallback: 1000
	},
	/** Finite horizon in years. */
	years: { ...field.years(60, 40), model: 'horizonYears' },
	/** The headline's horizon. */
	horizon: { kind: 'choice', values: ['finite', 'infinite'] },
	timing: { kind: 'choice', values: retentionTimings },
	/** Spend growth per year, for the discounted cash-flow formula. */
	growth: { kind: 'percent', min: -0.5, max: 1, slider: { min: -0.2, max: 0.3 } },
	/** Purchases per period, for the continuing-value formula. */
	purchases: { kind: 'number', min: 0.01, max: 1000, slider: { min: 0.1, max: 30, step: 0.1 } },
	/** Net income from referred customers, for the continuing-value formula. */
	referral: { ...field.money(field.doublingSlider(5000, 10)), label: 'referralIncome' }
});

export type ClvInputs = InputsOf<typeof fields>;

/** The six basics (churn is shown beside retention), the base, and the inputs only some formulas use. */
export const basics = ['spend', 'margin', 'retention', 'discount', 'acquisition', 'years'] as const;
export const base = ['customers'] as const;
export const extras = ['growth', 'purchases', 'referral'] as const;

export const scenarioVersion = 1;
export const schema = schemaOf(fields);
export const fieldMap = fieldMapOf(fields, { growth: 'growth', referralNetIncome: 'referral' });

/** The customer as the model's side-by-side formulas take it. */
export const modelInput = (inputs: ClvInputs): ClvScenario => toModel(fields, inputs);

/** Churn per period, the share of customers lost: the other side of retention (not in the URL). */
export const churnOf = (retention: number) => Number((1 - retention).toFixed(12));

/** The retention that goes with a churn typed by the reader. */
export const retentionOf = (churn: number) => Number((1 - churn).toFixed(12));

/** Churn's limits, from retention's. */
export const churnField = {
	kind: 'percent',
	min: 1 - maxRetention,
	max: 1,
	slider: { max: 0.3, step: 0.1 }
} as const;

/** Whether the same customer's retention in `unit` would pass the field's limit (and be cut to it). */
export const retentionCapped = (inputs: ClvInputs, unit: TimeUnit) =>
	Number(convertRetention(inputs.retention, inputs.unit, unit).value.toFixed(4)) > maxRetention;

/**
 * Re-expresses per-period inputs in another time unit, describing the same customer: spend per
 * year and the chance of staying a year are kept (rounded for the boxes: cents, and retention to
 * 0.01 of a point). The CLV still moves (see `compareUnits` in the model).
 */
export function changeUnit(inputs: ClvInputs, unit: TimeUnit): ClvInputs {
	if (unit === inputs.unit) return inputs;
	return {
		...inputs,
		unit,
		spend: field.roundTo(convertSpend(inputs.spend, inputs.unit, unit).value, 2),
		retention: Math.min(
			maxRetention,
			field.roundTo(convertRetention(inputs.retention, inputs.unit, unit).value, 4)
		),
		purchases: Math.max(
			0.01,
			field.roundTo(convertSpend(inputs.purchases, inputs.unit, unit).value, 2)
		)
	};
}
