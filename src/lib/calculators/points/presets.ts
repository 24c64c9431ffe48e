/**
 * The points calculator's presets: the model's class presets, after the airline, co-branded card
 * and GAP cases of “What customer lifetime value means” (illustrative numbers in CNY per year), as
 * calculator inputs.
 */
import { POINTS_PRESETS, type PointsPresetId } from '$lib/model/loyalty';
import { fromModel } from '$lib/state/fields';
import { inputsOfPreset, presetMatching, type Preset } from '$lib/state/presets';
import { fields, type PointsInputs } from './fields';

export const pointsPresetList: readonly Preset<PointsInputs, PointsPresetId>[] = POINTS_PRESETS.map(
	({ id, currency, input }) => ({
		id,
		inputs: {
			...fromModel(fields, input),
			unit: 'year',
			currency,
			expires: input.expiryMonths === 'never' ? 'never' : 'after',
			// A card whose points never expire is compared with a one-year rule, as at GAP.
			expiry: input.expiryMonths === 'never' ? 12 : input.expiryMonths,
			discount: input.discountRate,
			years: input.horizon
		}
	})
);

export const defaultPreset: PointsPresetId = 'gap-vouchers';

/** The inputs of a preset, or of the default when the id is unknown. */
export const presetInputs = (id: string | undefined): PointsInputs =>
	inputsOfPreset(pointsPresetList, id, defaultPreset);

/** The preset the inputs match exactly, or '' when the reader has changed something. */
export const matchingPreset = (inputs: PointsInputs): string =>
	presetMatching(pointsPresetList, inputs);
