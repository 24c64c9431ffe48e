/**
 * The segmentation calculator's presets: sample customer bases shaped like three kinds of business
 * (illustrative parameters, not data from a real firm), plus the model's default online shop. The
 * currency is the reader's; presets never change it.
 */
import type { Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { DEFAULT_CUSTOMER_BASE, type CustomerBaseParams } from '$lib/model/segments';
import { fromParams, type SegmentsInputs } from './scenario';

export const segmentsPresetIds = [
	'online-shop',
	'supermarket',
	'b2b-distributor',
	'subscription-app'
] as const;

export type SegmentsPresetId = (typeof segmentsPresetIds)[number];

const presets: Record<SegmentsPresetId, { params: CustomerBaseParams; seed: number }> = {
	// The model's defaults: 500 customers, right-skewed profit and frequency, 10% loss-makers.
	'online-shop': { params: DEFAULT_CUSTOMER_BASE, seed: 1 },
	// Many customers, thin margins per basket, frequent trips; coupon hunters are common.
	supermarket: {
		params: {
			...DEFAULT_CUSTOMER_BASE,
			count: 2000,
			medianProfitPerTransaction: 8,
			profitSpread: 0.7,
			medianRepeatPurchases: 12,
			frequencySpread: 1,
			correlation: 0.1,
			pressureShare: 0.15,
			pressureLossRatio: 0.25
		},
		seed: 7
	},
	// Few accounts, large and very uneven orders; big buyers also order more often.
	'b2b-distributor': {
		params: {
			...DEFAULT_CUSTOMER_BASE,
			count: 300,
			medianProfitPerTransaction: 900,
			profitSpread: 1.2,
			medianRepeatPurchases: 8,
			frequencySpread: 0.8,
			correlation: 0.4,
			pressureShare: 0.08,
			pressureLossRatio: 0.4
		},
		seed: 3
	},
	// A monthly plan: similar payments, very different tenures; deep promotions cost money.
	'subscription-app': {
		params: {
			...DEFAULT_CUSTOMER_BASE,
			count: 5000,
			medianProfitPerTransaction: 6,
			profitSpread: 0.4,
			medianRepeatPurchases: 5,
			frequencySpread: 0.9,
			correlation: 0,
			pressureShare: 0.12,
			pressureLossRatio: 0.5
		},
		seed: 11
	}
};

export const currencyOf: Record<Locale, Currency> = { zh: 'CNY', en: 'USD' };

const isPresetId = (id: string | undefined): id is SegmentsPresetId =>
	(segmentsPresetIds as readonly string[]).includes(id ?? '');

/** The inputs of a preset (the online shop when the id is unknown), in `currency`. */
export function presetInputs(
	id: string | undefined,
	locale: Locale,
	currency: Currency = currencyOf[locale]
): SegmentsInputs {
	const { params, seed } = presets[isPresetId(id) ? id : 'online-shop'];
	return fromParams(params, seed, currency);
}

/**
 * The preset the inputs match (whatever the currency; thresholds that follow the medians match
 * whatever number they last held), or '' once the reader changed something.
 */
export function matchingPreset(inputs: SegmentsInputs): SegmentsPresetId | '' {
	const ignored = new Set(['currency', 'profitThreshold', 'frequencyThreshold']);
	const keys = Object.keys(inputs).filter((key) => !ignored.has(key));
	return (
		segmentsPresetIds.find((id) => {
			const preset = presetInputs(id, 'en', inputs.currency);
			return keys.every((key) => preset[key] === inputs[key]);
		}) ?? ''
	);
}
