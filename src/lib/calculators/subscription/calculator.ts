/** What the kit needs to know of the calculator, once per calculator on a page (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import type { SubscriptionView } from './compute';
import { fieldMap, scenarioVersion, schema, type SubscriptionInputs } from './fields';
import { subscriptionViews } from './first-view';
import { subscriptionPresetList } from './presets';
import { tableStore } from './table-store';

/** A new definition for each calculator: its views remember the one last shown (`first-view.ts`). */
export const subscriptionCalculator = (): CalculatorDefinition<
	SubscriptionInputs,
	SubscriptionView
> => ({
	id: 'subscription',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: subscriptionPresetList,
	compute: subscriptionViews((key) => tableStore.get(key)),
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({
			summarize: m.summarizeSubscription,
			fieldLabel: m.subscriptionFieldLabel
		}))
});
