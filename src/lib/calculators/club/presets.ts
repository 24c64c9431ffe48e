/**
 * The customer-club calculator's presets: the model's class presets, after the cases of “What
 * customer lifetime value means” (a premium car owners' club and a business-school alumni
 * association; illustrative numbers in CNY per year).
 */
import { CLUB_PRESETS, type ClubPresetId } from '$lib/model/loyalty';
import { fromModel } from '$lib/state/fields';
import { inputsOfPreset, presetMatching, type Preset } from '$lib/state/presets';
import { fields, type ClubInputs } from './fields';

export const clubPresetList: readonly Preset<ClubInputs, ClubPresetId>[] = CLUB_PRESETS.map(
	({ id, currency, input }) => ({ id, inputs: { currency, ...fromModel(fields, input) } })
);

export const defaultPreset: ClubPresetId = 'premium-car-club';

/** The inputs of a preset, or of the default when the id is unknown. */
export const presetInputs = (id: string | undefined): ClubInputs =>
	inputsOfPreset(clubPresetList, id, defaultPreset);

/** The preset the inputs match exactly, or '' when the reader has changed something. */
export const matchingPreset = (inputs: ClubInputs): string =>
	presetMatching(clubPresetList, inputs);
