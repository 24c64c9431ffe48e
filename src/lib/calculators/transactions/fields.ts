/**
 * The settings of the "predict from your transactions" page, declared once: they go into the
 * share link and saved scenarios. The reader's data never does — it stays in the browser tab.
 *
 * - `unit`: the models' time unit (days, weeks or months; weeks as in the literature);
 * - `calibrationEnd`: the last day of the calibration period as a day number (days since
 *   1970-01-01), or 0 for the default, the last third of the log held out;
 * - `horizon`, `margin`, `discount`: the CLV over the next H units, at this margin and annual
 *   discount rate;
 * - `model`: the purchase model the CLV uses (BG/NBD or Pareto/NBD).
 */
import { dayNumber } from '$lib/import/dates';
import { requireClvSettings } from '$lib/model/btyd/clv-settings';
import { UNITS_PER_YEAR } from '$lib/import/customer-base';
import {
	defineFields,
	fieldMapOf,
	schemaOf,
	type ChoiceSpec,
	type InputsOf
} from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

export const timeUnits = ['day', 'week', 'month'] as const;
export const purchaseModels = ['bgnbd', 'pareto-nbd'] as const;

/** The last day a calibration end may be (day number of 2200-12-31). */
export const LAST_DAY = dayNumber(2200, 12, 31)!;

export const fields = defineFields({
	currency: field.currency,
	unit: { kind: 'choice', values: timeUnits } as ChoiceSpec<(typeof timeUnits)[number]>,
	calibrationEnd: { kind: 'count', min: 0, max: LAST_DAY },
	/** H: the CLV horizon in `unit`s. */
	horizon: {
		kind: 'count',
		min: 1,
		max: 10_000,
		slider: { min: 1, max: (v: number) => Math.max(24, v * 2) },
		model: 'horizon'
	},
	margin: { ...field.share, model: 'margin' },
	/** Annual discount rate. */
	discount: { ...field.annualDiscount, model: 'annualDiscount' },
	model: { kind: 'choice', values: purchaseModels } as ChoiceSpec<(typeof purchaseModels)[number]>
});

export type TransactionsInputs = InputsOf<typeof fields>;
export type TimeUnitId = TransactionsInputs['unit'];
export type PurchaseModel = TransactionsInputs['model'];

/** The number fields in the order the page shows them. */
export const groups = [{ id: 'value', keys: ['horizon', 'margin', 'discount'] }] as const;

export const scenarioVersion = 1;
export const schema = schemaOf(fields);
export const fieldMap = fieldMapOf(fields);

/** What the worker needs of the settings (the data and how to read it come separately). */
export interface AnalysisSettings {
	readonly unit: TimeUnitId;
	/** Undefined: the default (two thirds into the log). */
	readonly calibrationEnd: number | undefined;
	readonly clv: {
		readonly horizon: number;
		readonly margin: number;
		readonly annualDiscount: number;
	};
	readonly model: PurchaseModel;
}

/**
 * The settings as the worker takes them; throws the model's `ModelInputError` for CLV settings it
 * refuses (the field limits already keep them in range).
 *
 * @example
 * analysisSettings({ currency: 'USD', unit: 'week', calibrationEnd: 0, horizon: 52, margin: 0.3,
 *   discount: 0.1, model: 'bgnbd' }).calibrationEnd //=> undefined
 */
export function analysisSettings(inputs: TransactionsInputs): AnalysisSettings {
	const clv = { horizon: inputs.horizon, margin: inputs.margin, annualDiscount: inputs.discount };
	requireClvSettings({ ...clv, periodsPerYear: UNITS_PER_YEAR[inputs.unit] });
	return {
		unit: inputs.unit,
		calibrationEnd: inputs.calibrationEnd > 0 ? inputs.calibrationEnd : undefined,
		clv,
		model: inputs.model
	};
}
