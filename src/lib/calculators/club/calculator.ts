/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeClub, type ClubView } from './compute';
import { fieldMap, scenarioVersion, schema, type ClubInputs } from './fields';
import { clubPresetList } from './presets';
import { summarizeClub, clubFieldLabel } from './summary';

export const clubCalculator: CalculatorDefinition<ClubInputs, ClubView> = {
	id: 'club',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: clubPresetList,
	compute: computeClub,
	summarize: summarizeClub,
	fieldLabel: clubFieldLabel
};
