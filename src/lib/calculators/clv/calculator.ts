/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeClv, type ClvView } from './compute';
import { fieldMap, scenarioVersion, schema, type ClvInputs } from './fields';
import { clvPresetList } from './presets';

export const clvCalculator: CalculatorDefinition<ClvInputs, ClvView> = {
	id: 'clv',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: clvPresetList,
	compute: computeClv,
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({ summarize: m.summarizeClv, fieldLabel: m.clvFieldLabel }))
};
