/**
 * The page's one preset: the settings of Fader, Hardie & Lee (2005), "Counting your customers the
 * easy way", on the CDNOW sample — weeks, a 39-week calibration period to 30 September 1997, and a
 * year ahead at a 30% margin and 10% a year — which the example button applies with the data.
 * Without it the page starts from the same CLV settings and the default holdout (the last third).
 */
import type { Locale } from '$lib/i18n/locales';
import { dayNumber } from '$lib/import/dates';
import { presetMatching, type Preset } from '$lib/state/presets';
import type { TransactionsInputs } from './fields';

export const CDNOW_PRESET = 'cdnow';
/** Where the example file is served from (fetched only when the reader asks for it). */
export const CDNOW_PATH = '/data/cdnow/cdnow-transactions.csv';

const common = { unit: 'week', horizon: 52, margin: 0.3, discount: 0.1, model: 'bgnbd' } as const;

export const transactionsPresetList: readonly Preset<TransactionsInputs>[] = [
	{
		id: CDNOW_PRESET,
		inputs: { currency: 'USD', ...common, calibrationEnd: dayNumber(1997, 9, 30)! }
	}
];

/** The inputs of a preset, or the defaults for the locale (its currency, the default holdout). */
export function presetInputs(id: string | undefined, locale: Locale): TransactionsInputs {
	const found = transactionsPresetList.find((p) => p.id === id);
	if (found) return { ...found.inputs };
	return { currency: locale === 'zh' ? 'CNY' : 'USD', ...common, calibrationEnd: 0 };
}

/** The preset the inputs match exactly, or ''. */
export const matchingPreset = (inputs: TransactionsInputs): string =>
	presetMatching(transactionsPresetList, inputs);
