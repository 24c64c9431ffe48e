/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeComplement, type ComplementView } from './compute';
import { fieldMap, scenarioVersion, schema, type ComplementInputs } from './fields';
import { complementPresetList } from './presets';

export const complementCalculator: CalculatorDefinition<ComplementInputs, ComplementView> = {
	id: 'complement',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: complementPresetList,
	compute: computeComplement,
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({
			summarize: m.summarizeComplement,
			fieldLabel: m.complementFieldLabel
		}))
};
