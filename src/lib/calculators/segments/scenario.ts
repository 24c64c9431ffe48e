/**
 * The segmentation calculator's inputs as a shareable scenario: the generated sample's parameters,
 * the quadrant thresholds and the currency, with the URL schema (versioned) and the defaults. A
 * table the reader pastes or uploads is never part of the scenario, so it never reaches the URL.
 */
import type { Currency } from '$lib/i18n/format';
import { DEFAULT_CUSTOMER_BASE, type CustomerBaseParams } from '$lib/model/segments';
import type { Schema } from '$lib/state/codec';

export interface SegmentsInputs extends Record<string, string | number> {
	currency: Currency;
	/** Customers in the generated sample. */
	count: number;
	/** Seed of the sample's random numbers: same seed and settings, same customers. */
	seed: number;
	/** Median profit per transaction of a profitable customer, money. */
	profit: number;
	/** Spread of profit per transaction (σ of its logarithm). */
	profitSpread: number;
	/** Median number of repeat purchases in the window. */
	repeats: number;
	/** Spread of the repeat-purchase rate (σ of its logarithm). */
	frequencySpread: number;
	/** Correlation of profit per transaction with purchase rate, −1 to 1. */
	correlation: number;
	/** Share of customers who lose money on every purchase, 0–1. */
	pressureShare: number;
	/** A loss-maker's loss per transaction as a share of a profitable customer's profit, 0–5. */
	pressureLoss: number;
	/** Length of the data window in days. */
	windowDays: number;
	/** 'median': the profit threshold follows the data's median; 'custom': `profitThreshold`. */
	profitAt: 'median' | 'custom';
	profitThreshold: number;
	/** 'median': the frequency threshold follows the data's median; 'custom': `frequencyThreshold`. */
	frequencyAt: 'median' | 'custom';
	frequencyThreshold: number;
	/** 'pressure': every loss-maker is a pressure customer; 'quadrant': the plain quadrant. */
	lossRule: 'pressure' | 'quadrant';
}

export const scenarioVersion = 1;

/** Limits of the sample's size (the model takes 1–10 000; fewer than 10 makes no picture). */
export const countLimits = { min: 10, max: 10_000 } as const;
export const seedMax = 2 ** 32 - 1;

export const segmentsSchema: Schema<SegmentsInputs> = {
	currency: { kind: 'enum', values: ['CNY', 'USD', 'EUR'] },
	count: { kind: 'number', ...countLimits, integer: true },
	seed: { kind: 'number', min: 0, max: seedMax, integer: true },
	profit: { kind: 'number', min: 0.01, max: 1e9 },
	profitSpread: { kind: 'number', min: 0, max: 2 },
	repeats: { kind: 'number', min: 0, max: 1000 },
	frequencySpread: { kind: 'number', min: 0, max: 2 },
	correlation: { kind: 'number', min: -1, max: 1 },
	pressureShare: { kind: 'number', min: 0, max: 1 },
	pressureLoss: { kind: 'number', min: 0, max: 5 },
	windowDays: { kind: 'number', min: 1, max: 3650, integer: true },
	profitAt: { kind: 'enum', values: ['median', 'custom'] },
	profitThreshold: { kind: 'number', min: -1e9, max: 1e9 },
	frequencyAt: { kind: 'enum', values: ['median', 'custom'] },
	frequencyThreshold: { kind: 'number', min: 0, max: 1e6 },
	lossRule: { kind: 'enum', values: ['pressure', 'quadrant'] }
};

/** The model's parameters for the generated sample. */
export function sampleParams(inputs: SegmentsInputs): CustomerBaseParams {
	return {
		count: inputs.count,
		medianProfitPerTransaction: inputs.profit,
		profitSpread: inputs.profitSpread,
		medianRepeatPurchases: inputs.repeats,
		frequencySpread: inputs.frequencySpread,
		correlation: inputs.correlation,
		pressureShare: inputs.pressureShare,
		pressureLossRatio: inputs.pressureLoss,
		windowDays: inputs.windowDays
	};
}

/** Calculator inputs from the model's parameters, with thresholds at the medians. */
export function fromParams(
	params: CustomerBaseParams,
	seed: number,
	currency: Currency
): SegmentsInputs {
	return {
		currency,
		count: params.count,
		seed,
		profit: params.medianProfitPerTransaction,
		profitSpread: params.profitSpread,
		repeats: params.medianRepeatPurchases,
		frequencySpread: params.frequencySpread,
		correlation: params.correlation,
		pressureShare: params.pressureShare,
		pressureLoss: params.pressureLossRatio,
		windowDays: params.windowDays,
		profitAt: 'median',
		profitThreshold: params.medianProfitPerTransaction,
		frequencyAt: 'median',
		frequencyThreshold: params.medianRepeatPurchases,
		lossRule: 'pressure'
	};
}

export const defaultInputs = (currency: Currency): SegmentsInputs =>
	fromParams(DEFAULT_CUSTOMER_BASE, 1, currency);
