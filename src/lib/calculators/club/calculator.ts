/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeClub, type ClubView } from './compute';
import { fieldMap, scenarioVersion, schema, type ClubInputs } from './fields';
import { clubPresetList } from './presets';

export const clubCalculator: CalculatorDefinition<ClubInputs, ClubView> = {
	id: 'club',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: clubPresetList,
	compute: computeClub,
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({ summarize: m.summarizeClub, fieldLabel: m.clubFieldLabel }))
};
