/**
 * The complementary-product calculator's preset: Vanke homes with Vanke property services (after
 * the case in 《客户终身价值的名词解释，客户终身价值包括？》), illustrative inputs in CNY, with the
 * case's facts for the page to quote.
 */
import { COMPLEMENT_PRESETS, type ComplementPresetId, type SourceFact } from '$lib/model/loyalty';
import { fromModel } from '$lib/state/fields';
import { inputsOfPreset, presetMatching, type Preset } from '$lib/state/presets';
import { fields, type ComplementInputs } from './fields';

export const complementPresetList: readonly (Preset<ComplementInputs, ComplementPresetId> & {
	readonly facts: readonly SourceFact[];
})[] = COMPLEMENT_PRESETS.map(({ id, currency, input, facts }) => ({
	id,
	facts,
	inputs: { currency, ...fromModel(fields, input) }
}));

export const defaultPreset: ComplementPresetId = 'vanke-property-services';

/** The inputs of a preset, or of the default when the id is unknown. */
export const presetInputs = (id: string | undefined): ComplementInputs =>
	inputsOfPreset(complementPresetList, id, defaultPreset);

/** The preset the inputs match exactly, or '' when the reader has changed something. */
export const matchingPreset = (inputs: ComplementInputs): string =>
	presetMatching(complementPresetList, inputs);
