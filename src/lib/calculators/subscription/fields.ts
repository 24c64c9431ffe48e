/**
 * The subscription calculator's inputs, declared once: the money settings (margin per period,
 * acquisition cost, the yearly discount rate), how the table is used (periods held back, how far to
 * project, the renewals of the customer whose residual value is shown), and the table itself as two
 * text fields (`table.ts`: the counts in the link when small, else a key to the browser's copy).
 */
import type { RetentionInput } from '$lib/model/sbg/analysis';
import type { ValueSettings } from '$lib/model/sbg/customer-value';
import { MAX_HORIZON } from '$lib/model/sbg/params';
import type { Schema } from '$lib/state/codec';
import { defineFields, fieldMapOf, schemaOf, toModel, type InputsOf } from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';
import { LINK_LIMIT, MAX_LABELS_CHARS, validLabels, validTableField } from './table';

/** A money slider's step: a unit up to 500, then tens. */
const moneyStep = (v: number) => (v > 500 ? 10 : 1);

export const fields = defineFields({
	/** What one column of the table is: the period margins, discounting and ages are in. */
	unit: field.timeUnit,
	currency: field.currency,
	/** m: margin per active customer per period, paid at the start of each period. */
	margin: { ...field.money(field.doublingSlider(500, moneyStep)), model: 'margin' },
	/** AC: what winning one customer costs. */
	acquisition: { ...field.money(field.doublingSlider(1000, moneyStep)), model: 'acquisitionCost' },
	/** Discount rate per year, converted to the period by compounding (the model does it). */
	discount: { ...field.annualDiscount, model: 'annualDiscountRate' },
	/** h: the last h periods of every cohort kept out of the fit, to check the projection. */
	holdout: {
		kind: 'count',
		min: 0,
		max: MAX_HORIZON,
		slider: { max: (v: number) => Math.max(12, v) },
		model: 'holdout'
	},
	/** Ages the projection reaches, in periods. */
	horizon: {
		kind: 'count',
		min: 1,
		max: MAX_HORIZON,
		slider: { max: (v: number) => Math.max(120, v) },
		model: 'horizon'
	},
	/** n − 1: renewals made by the customer whose residual value (DERL) is shown. */
	renewals: {
		kind: 'count',
		min: 0,
		max: MAX_HORIZON,
		slider: { max: (v: number) => Math.max(36, v) },
		model: 'renewals'
	}
});

export type SubscriptionFields = InputsOf<typeof fields>;

/** The inputs: the declared fields and the table's two text fields. */
export type SubscriptionInputs = SubscriptionFields & {
	/** The table in link form (`encodeCohortTable`) or `@<key>` of a copy in the browser. */
	table: string;
	/** One label per line, or ''. */
	labels: string;
};

/** The inputs in the order the page shows them, by group. */
export const groups = [
	{ id: 'money', keys: ['margin', 'acquisition', 'discount'] },
	{ id: 'use', keys: ['holdout', 'horizon', 'renewals'] }
] as const;

export const scenarioVersion = 1;

export const schema: Schema<SubscriptionInputs> = {
	...schemaOf(fields),
	table: { kind: 'text', maxLength: LINK_LIMIT, valid: validTableField },
	labels: { kind: 'text', maxLength: MAX_LABELS_CHARS, valid: validLabels }
};

/**
 * A model refusal → the input it concerns. `calibration` is this calculator's own: the periods
 * left for the fit after the holdout cannot be fitted (nobody lost, or nobody renewed).
 */
export const fieldMap = fieldMapOf(fields, { calibration: 'holdout' });

/** The money and time settings of the value formulas. */
export const valueSettings = (inputs: SubscriptionFields): ValueSettings => {
	const { margin, acquisitionCost, annualDiscountRate } = toModel(fields, inputs);
	return { margin, acquisitionCost, annualDiscountRate, unit: inputs.unit };
};

/** The model's input for a table's counts. */
export const modelInput = (
	inputs: SubscriptionFields,
	counts: RetentionInput['counts']
): RetentionInput => {
	const { holdout, horizon, renewals } = toModel(fields, inputs);
	return { counts, holdout, horizon, renewals, settings: valueSettings(inputs) };
};
