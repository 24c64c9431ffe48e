/** What the kit needs to know of the calculator (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import type { ReferralView } from './compute';
import { fieldMap, scenarioVersion, schema, type ReferralInputs } from './fields';
import { referralViews } from './first-view';
import { referralPresetList } from './presets';

/**
 * A new definition for each calculator on a page: its views remember the one last shown
 * (`first-view.ts`).
 */
export const newReferralCalculator = (): CalculatorDefinition<ReferralInputs, ReferralView> => ({
	id: 'referral',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: referralPresetList,
	presetKeeps: ['currency'],
	compute: referralViews(),
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({
			summarize: m.summarizeReferral,
			fieldLabel: m.referralFieldLabel
		}))
});

/** The definition as specs and tools read it (a calculator on a page makes its own). */
export const referralCalculator = newReferralCalculator();
