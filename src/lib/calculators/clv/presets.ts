/**
 * The CLV calculator's presets: the model's presets (the articles' cases) turned into full calculator inputs
 * (with the purchases per period each case implies), and the default scenario for each locale
 * (CNY in Chinese, USD in English).
 */
import { clvPresets, type ClvPresetId } from '$lib/model/clv';
import type { Locale } from '$lib/i18n/locales';
import { fromModel } from '$lib/state/fields';
import { inputsOfPreset, presetMatching, type Preset } from '$lib/state/presets';
import { fields, type ClvInputs } from './fields';

/** Purchases per period behind each case, for the continuing-value formula. */
const purchasesPerPeriod: Record<ClvPresetId, number> = {
	'textbook-example': 1,
	'airline-frequent-flyer': 8,
	'credit-card-holder': 150,
	'gap-shopper': 1.5,
	'car-buyer': 1.2,
	'supermarket-regular': 16
};

export const clvPresetList: readonly Preset<ClvInputs, ClvPresetId>[] = clvPresets.map(
	({ id, inputs }) => ({
		id,
		inputs: {
			...fromModel(fields, inputs),
			horizon: 'finite',
			timing: 'start-of-period',
			growth: 0,
			purchases: purchasesPerPeriod[id],
			referral: 0,
			customers: 1000
		}
	})
);

export const defaultPreset: Record<Locale, ClvPresetId> = {
	zh: 'supermarket-regular',
	en: 'textbook-example'
};

/** The inputs of a preset, or of the locale's default when the id is unknown. */
export const presetInputs = (id: string | undefined, locale: Locale): ClvInputs =>
	inputsOfPreset(clvPresetList, id, defaultPreset[locale]);

/** The preset the inputs match exactly, or '' when the reader has changed something. */
export const matchingPreset = (inputs: ClvInputs): string => presetMatching(clvPresetList, inputs);
