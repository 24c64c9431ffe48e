/** What the kit needs to know of the page, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import {
	analysisSettings,
	fieldMap,
	scenarioVersion,
	schema,
	type AnalysisSettings,
	type TransactionsInputs
} from './fields';
import { transactionsPresetList } from './presets';
import { transactionsFieldLabel } from './summary';

/**
 * The kit keeps the settings (URL, saved scenarios, the last valid ones); the analysis itself runs
 * in a worker on data the kit never sees, so there is no `summarize` (A/B compare would need the
 * data too).
 */
export const transactionsCalculator: CalculatorDefinition<TransactionsInputs, AnalysisSettings> = {
	id: 'transactions',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: transactionsPresetList,
	compute: analysisSettings,
	fieldLabel: transactionsFieldLabel
};
