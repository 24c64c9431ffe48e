/**
 * The customer-club calculator's presets: the model's class presets (a premium car owners' club
 * and a business-school alumni association, after the cases in 《客户终身价值的名词解释，客户终身价值
 * 包括？》; illustrative numbers in CNY per year) as calculator inputs.
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
