/**
 * The referral calculator's presets: the model's illustrative scenarios turned into calculator
 * inputs (time unit from the preset's `periodUnit`, horizon in years, discount rate per year), and
 * the default scenario for each locale (the software vendor of “The law of customer value
 * multiplication”). A preset sets no currency: its amounts read in the one the reader chose, the
 * locale's own at first (`presetKeeps: ['currency']`).
 */
import type { Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import {
	referralPresetIds,
	referralPresets,
	type ReferralPresetId
} from '$lib/model/referral/presets';
import { periodsPerYear } from '$lib/model/time';
import { fromModel } from '$lib/state/fields';
import { inputsOfPreset, presetMatching, type Preset } from '$lib/state/presets';
import { behaviourInputs, fields, type ReferralInputs } from './fields';

/** Market size offered when the reader switches a cap on in a preset that has none. */
const defaultCap = 1000;

const currencyOf: Record<Locale, Currency> = { zh: 'CNY', en: 'USD' };

function toInputs(id: ReferralPresetId): ReferralInputs {
	const { periodUnit, params } = referralPresets[id];
	const k = periodsPerYear[periodUnit];
	return {
		...fromModel(fields, params),
		unit: periodUnit,
		currency: 'USD',
		years: params.horizon / k,
		discount: Number((Math.pow(1 + params.discountRate, k) - 1).toFixed(3)),
		capped: params.marketCap === null ? 'no' : 'yes',
		cap: params.marketCap ?? Math.max(defaultCap, params.initialCustomers),
		same: params.referred === null ? 'yes' : 'no',
		...behaviourInputs(params.first, 'f'),
		...behaviourInputs(params.referred ?? params.first, 'r')
	};
}

/** The presets in menu order (their currency is the reader's: see above). */
export const referralPresetList: readonly Preset<ReferralInputs, ReferralPresetId>[] =
	referralPresetIds.map((id) => ({ id, inputs: toInputs(id) }));

export const defaultPreset: Record<Locale, ReferralPresetId> = {
	zh: 'software-vendor',
	en: 'software-vendor'
};

/** The inputs of a preset (the locale's default when the id is unknown), in `currency`. */
export function presetInputs(
	id: string | undefined,
	locale: Locale,
	currency: Currency = currencyOf[locale]
): ReferralInputs {
	return { ...inputsOfPreset(referralPresetList, id, defaultPreset[locale]), currency };
}

/** The preset the inputs match exactly (whatever the currency), or '' once the reader changed one. */
export const matchingPreset = (inputs: ReferralInputs): string =>
	presetMatching(referralPresetList, inputs, ['currency']);
