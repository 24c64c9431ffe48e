/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import type { SegmentsView } from './compute';
import { fieldMap, scenarioVersion, schema, type SegmentsInputs } from './fields';
import { segmentsPresetList } from './presets';

/**
 * The definition, but for its `compute`: the component adds the page's views (`segmentsViews` in
 * `first-view.ts`: a preset's stored first view, then the model's, with the reader's own table
 * while there is one), so that the model's code is not part of the page's first load.
 */
export const segmentsCalculator: Omit<
	CalculatorDefinition<SegmentsInputs, SegmentsView>,
	'compute'
> = {
	id: 'segments',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: segmentsPresetList,
	presetKeeps: ['currency'],
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({
			summarize: m.summarizeSegments,
			fieldLabel: m.segmentsFieldLabel
		}))
};
