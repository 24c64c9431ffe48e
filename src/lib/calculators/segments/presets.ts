/**
 * The segmentation calculator's presets: sample customer bases shaped like four kinds of business
 * (illustrative parameters, not data from a real firm), the first being the model's default online
 * shop. The currency is the reader's: a preset never changes it (`presetKeeps`).
 */
import type { Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { DEFAULT_CUSTOMER_BASE, type CustomerBaseParams } from '$lib/model/segments/base-params';
import { inputsOfPreset, presetMatching, type Preset } from '$lib/state/presets';
import { fromParams, type SegmentsInputs } from './fields';

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

/** Each locale's currency, until the reader picks another. */
export const currencyOf: Record<Locale, Currency> = { zh: 'CNY', en: 'USD' };

/** The presets in menu order (in dollars; applying one keeps the reader's currency). */
export const segmentsPresetList: readonly Preset<SegmentsInputs, SegmentsPresetId>[] =
	segmentsPresetIds.map((id) => ({
		id,
		inputs: fromParams(presets[id].params, presets[id].seed, 'USD')
	}));

/** The inputs of a preset (the online shop when the id is unknown), in `currency`. */
export const presetInputs = (
	id: string | undefined,
	locale: Locale,
	currency: Currency = currencyOf[locale]
): SegmentsInputs => ({ ...inputsOfPreset(segmentsPresetList, id, 'online-shop'), currency });

/** The preset the inputs match, whatever the currency, or '' once the reader changed something. */
export const matchingPreset = (inputs: SegmentsInputs): string =>
	presetMatching(segmentsPresetList, inputs, ['currency']);
