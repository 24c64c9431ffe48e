/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computePoints, type PointsView } from './compute';
import { fieldMap, scenarioVersion, schema, type PointsInputs } from './fields';
import { pointsPresetList } from './presets';

export const pointsCalculator: CalculatorDefinition<PointsInputs, PointsView> = {
	id: 'points',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: pointsPresetList,
	compute: computePoints,
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({
			summarize: m.summarizePoints,
			fieldLabel: m.pointsFieldLabel
		}))
};
