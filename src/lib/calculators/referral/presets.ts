/**
 * The referral calculator's presets: the model's illustrative scenarios turned into calculator
 * inputs (time unit from the preset's `periodUnit`, horizon in years, discount rate per year), and
 * the default scenario for each locale (the software vendor of “The law of customer value
 * multiplication”, priced in the locale's currency).
 */
import type { Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { referralPresetIds, referralPresets, type ReferralPresetId } from '$lib/model/referral';
import { periodsPerYear } from '$lib/model/time';
import { behaviourFields, type ReferralInputs } from './scenario';

/** Market size offered when the reader switches a cap on in a preset that has none. */
const defaultCap = 1000;

const currencyOf: Record<Locale, Currency> = { zh: 'CNY', en: 'USD' };

function toInputs(id: ReferralPresetId, currency: Currency): ReferralInputs {
	const { periodUnit, params } = referralPresets[id];
	const k = periodsPerYear[periodUnit];
	return {
		unit: periodUnit,
		currency,
		years: params.horizon / k,
		customers: params.initialCustomers,
		acquisition: params.acquisitionCost,
		margin: params.grossMargin,
		discount: Number((Math.pow(1 + params.discountRate, k) - 1).toFixed(3)),
		lag: params.lag,
		reward: params.referralReward,
		capped: params.marketCap === null ? 'no' : 'yes',
		cap: params.marketCap ?? Math.max(defaultCap, params.initialCustomers),
		same: params.referred === null ? 'yes' : 'no',
		...behaviourFields(params.first, 'f'),
		...behaviourFields(params.referred ?? params.first, 'r')
	} as ReferralInputs;
}

export const referralPresetList: readonly ReferralPresetId[] = referralPresetIds;

export const defaultPreset: Record<Locale, ReferralPresetId> = {
	zh: 'software-vendor',
	en: 'software-vendor'
};

const isPresetId = (id: string | undefined): id is ReferralPresetId =>
	(referralPresetIds as readonly string[]).includes(id ?? '');

/** The inputs of a preset (the locale's default when the id is unknown), in `currency`. */
export function presetInputs(
	id: string | undefined,
	locale: Locale,
	currency: Currency = currencyOf[locale]
): ReferralInputs {
	return toInputs(isPresetId(id) ? id : defaultPreset[locale], currency);
}

/** The preset the inputs match exactly (whatever the currency), or '' once the reader changed one. */
export function matchingPreset(inputs: ReferralInputs): ReferralPresetId | '' {
	const keys = Object.keys(inputs).filter((key) => key !== 'currency');
	return (
		referralPresetIds.find((id) => {
			const preset = toInputs(id, inputs.currency);
			return keys.every((key) => preset[key] === inputs[key]);
		}) ?? ''
	);
}
