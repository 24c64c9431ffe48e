/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeSubscription, type SubscriptionView } from './compute';
import { fieldMap, scenarioVersion, schema, type SubscriptionInputs } from './fields';
import { subscriptionPresetList } from './presets';
import { subscriptionFieldLabel, summarizeSubscription } from './summary';
import { tableStore } from './table-store';

export const subscriptionCalculator: CalculatorDefinition<SubscriptionInputs, SubscriptionView> = {
	id: 'subscription',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: subscriptionPresetList,
	compute: (inputs) => computeSubscription(inputs, (key) => tableStore.get(key)),
	summarize: summarizeSubscription,
	fieldLabel: subscriptionFieldLabel
};
