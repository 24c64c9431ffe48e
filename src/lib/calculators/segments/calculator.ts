/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { segmentsCompute, type SegmentsView } from './compute';
import { fieldMap, scenarioVersion, schema, type SegmentsInputs } from './fields';
import { segmentsPresetList } from './presets';

/**
 * The definition. Its `compute` shows the generated sample; the component replaces it with one that
 * shows the reader's own table while there is one (`segmentsCompute(() => table)`).
 */
export const segmentsCalculator: CalculatorDefinition<SegmentsInputs, SegmentsView> = {
	id: 'segments',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: segmentsPresetList,
	presetKeeps: ['currency'],
	compute: segmentsCompute(() => undefined),
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({
			summarize: m.summarizeSegments,
			fieldLabel: m.segmentsFieldLabel
		}))
};
