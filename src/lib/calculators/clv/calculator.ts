/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeClv, type ClvView } from './compute';
import { fieldMap, scenarioVersion, schema, type ClvInputs } from './fields';
import { clvPresetList } from './presets';
import { summarizeClv, clvFieldLabel } from './summary';

export const clvCalculator: CalculatorDefinition<ClvInputs, ClvView> = {
	id: 'clv',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: clvPresetList,
	compute: computeClv,
	summarize: summarizeClv,
	fieldLabel: clvFieldLabel
};
