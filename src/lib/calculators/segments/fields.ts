/**
 * The segmentation calculator's inputs, declared once: the generated sample's settings (each fills
 * a parameter of `generateCustomerBase`), the three lines customers are sorted by, and the
 * currency. A table the reader pastes or opens is never an input, so it never reaches the URL.
 *
 * Each of the profit and frequency lines either follows the data's median (`…At: 'median'`; its
 * number is then unused and kept at 0, so a preset still matches) or is the number the reader set.
 * The pressure line is always a number: profit per transaction at or below it makes a pressure
 * customer (0 by default).
 */
import type { CustomerBaseParams } from '$lib/model/segments';
import {
	defineFields,
	fieldMapOf,
	fromModel,
	schemaOf,
	toModel,
	type InputsOf
} from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

const share = <M extends string>(model: M, max: number, sliderMax: number, step?: number) =>
	({ kind: 'percent', min: 0, max, slider: { max: sliderMax, step }, model }) as const;

const spread = <M extends string>(model: M) =>
	({ kind: 'number', min: 0, max: 2, slider: { step: 0.05 }, model }) as const;

const follow = { kind: 'choice', values: ['median', 'custom'] } as const;

export const fields = defineFields({
	currency: field.currency,
	/** Customers in the generated sample (the model takes 1–10,000; fewer than 10 shows nothing). */
	count: {
		kind: 'count',
		min: 10,
		max: 10_000,
		slider: { min: 50, max: 5000, step: 50 },
		model: 'count'
	},
	/** Seed of the sample's random numbers: same seed and settings, same customers. */
	seed: { kind: 'count', min: 0, max: 2 ** 32 - 1 },
	/** Median profit per transaction of a profitable customer. */
	profit: {
		kind: 'money',
		min: 0.01,
		max: 1e9,
		slider: {
			min: 1,
			max: (v: number) => (v > 200 ? 5000 : 200),
			step: (v: number) => (v > 200 ? 10 : 1)
		},
		model: 'medianProfitPerTransaction'
	},
	/** Median number of repeat purchases in the window. */
	repeats: {
		kind: 'number',
		min: 0,
		max: 1000,
		slider: { max: 30, step: 0.5 },
		model: 'medianRepeatPurchases'
	},
	/** Share of customers who lose money on every purchase. */
	pressureShare: share('pressureShare', 1, 0.5),
	/** Spread of profit per transaction (σ of its logarithm). */
	profitSpread: spread('profitSpread'),
	/** Spread of the repeat-purchase rate (σ of its logarithm). */
	frequencySpread: spread('frequencySpread'),
	/** Correlation of profit per transaction with purchase rate. */
	correlation: {
		kind: 'number',
		min: -1,
		max: 1,
		slider: { step: 0.05 },
		model: 'correlation'
	},
	/** A loss-maker's loss per transaction as a share of a profitable customer's profit. */
	pressureLoss: share('pressureLossRatio', 5, 2, 5),
	/** Length of the data window in days. */
	windowDays: {
		kind: 'count',
		min: 1,
		max: 3650,
		slider: { min: 30, max: 1095, step: 5 },
		model: 'windowDays'
	},
	/** Profit per transaction at or below which a customer is a pressure customer. */
	pressureThreshold: { kind: 'money', min: -1e9, max: 1e9 },
	/** The profit line (gold above it, stream at or below, among frequent customers). */
	profitAt: follow,
	profitThreshold: { kind: 'money', min: -1e9, max: 1e9 },
	/** The frequency line (frequent above it). */
	frequencyAt: follow,
	frequencyThreshold: { kind: 'number', min: 0, max: 1e6, slider: { step: 0.5 } }
});

export type SegmentsInputs = InputsOf<typeof fields>;

/**
 * The sample's settings: the main ones (also in article embeds), two more on the page, and the
 * ones behind "More sample settings".
 */
export const sampleKeys = ['count', 'profit', 'repeats', 'pressureShare'] as const;
export const pageSampleKeys = ['profitSpread', 'seed'] as const;
export const moreSampleKeys = [
	'frequencySpread',
	'correlation',
	'pressureLoss',
	'windowDays'
] as const;

/** What a number counts, written after its box (`units` in the messages). */
export const unitOf: Readonly<Partial<Record<keyof SegmentsInputs, 'days' | 'purchases'>>> = {
	repeats: 'purchases',
	windowDays: 'days',
	frequencyThreshold: 'purchases'
};

export const scenarioVersion = 1;
export const schema = schemaOf(fields);
export const fieldMap = fieldMapOf(fields, {
	seed: 'seed',
	pressureThreshold: 'pressureThreshold',
	profitThreshold: 'profitThreshold',
	frequencyThreshold: 'frequencyThreshold'
});

/** The model's parameters for the generated sample. */
export const sampleParams = (inputs: SegmentsInputs): CustomerBaseParams => toModel(fields, inputs);

/** The three lines as they start: pressure at zero profit, the others at the medians. */
export const defaultLines = {
	pressureThreshold: 0,
	profitAt: 'median',
	profitThreshold: 0,
	frequencyAt: 'median',
	frequencyThreshold: 0
} as const satisfies Partial<SegmentsInputs>;

/** The inputs of a sample with these parameters, every line at its default. */
export const fromParams = (
	params: CustomerBaseParams,
	seed: number,
	currency: SegmentsInputs['currency']
): SegmentsInputs => ({ currency, seed, ...fromModel(fields, params), ...defaultLines });
