/**
 * The subscription calculator's presets: Fader & Hardie's "regular" and "high end" customers (one
 * cohort of 1,000 each, followed for 12 years; years 1–7 fit the model and years 8–12 are held back),
 * and the regular customers as known after 7 years (years 0–7 only: what the fit saw, with nothing
 * to give away what happened next — the article starts there). A margin of $100 a year and an
 * acquisition cost of $100 are our illustrative numbers (the paper values customers per $1 of
 * margin); the discount rate is the paper's 10% a year.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", Table 1; Fader & Hardie
 * (2010), "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity".
 */
import {
	findRetentionPreset,
	retentionPresets,
	type RetentionPreset,
	type RetentionPresetId
} from '$lib/model/sbg/presets';
import { encodeCohortTable } from '$lib/model/sbg/share-link';
import { inputsOfPreset, type Preset } from '$lib/state/presets';
import type { SubscriptionInputs } from './fields';

/** The residual value shown is that of a customer who has renewed this many times (the paper's). */
const RENEWALS = 7;
/** Ages projected: the lesson compares the two models at 24 and 36 periods. */
const HORIZON = 36;

export type SubscriptionPresetId = RetentionPresetId | 'fh-regular-7';

/** Years 0–7 of a 12-year series: the calibration period. */
const CALIBRATION_YEARS = 8;

const presetOf = (
	id: SubscriptionPresetId,
	{ counts, holdout, unit }: Omit<RetentionPreset, 'id'>
): Preset<SubscriptionInputs, SubscriptionPresetId> => {
	const encoded = encodeCohortTable(counts, true);
	if (encoded.kind !== 'link') throw new Error(`preset ${id} does not fit in a link`);
	return {
		id,
		inputs: {
			unit,
			currency: 'USD',
			margin: 100,
			acquisition: 100,
			discount: 0.1,
			holdout,
			horizon: HORIZON,
			renewals: RENEWALS,
			table: encoded.text,
			labels: ''
		}
	};
};

const regular = findRetentionPreset('fh-regular')!;

export const subscriptionPresetList: readonly Preset<SubscriptionInputs, SubscriptionPresetId>[] = [
	...retentionPresets.map((preset) => presetOf(preset.id, preset)),
	presetOf('fh-regular-7', {
		...regular,
		counts: regular.counts.map((row) => row.slice(0, CALIBRATION_YEARS)),
		holdout: 0
	})
];

export const defaultPreset: SubscriptionPresetId = 'fh-regular';

/** The inputs of a preset, or of the default when the id is unknown. */
export const presetInputs = (id: string | undefined): SubscriptionInputs =>
	inputsOfPreset(subscriptionPresetList, id, defaultPreset);
