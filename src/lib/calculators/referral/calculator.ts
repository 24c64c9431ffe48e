/** What the kit needs to know of the calculator, once (see `CalculatorState`). */
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeReferral, type ReferralView } from './compute';
import { fieldMap, scenarioVersion, schema, type ReferralInputs } from './fields';
import { referralPresetList } from './presets';

export const referralCalculator: CalculatorDefinition<ReferralInputs, ReferralView> = {
	id: 'referral',
	version: scenarioVersion,
	schema,
	fields: fieldMap,
	presets: referralPresetList,
	presetKeeps: ['currency'],
	compute: computeReferral,
	// Only the comparison and a link's notice use the summary: it loads with them.
	summary: () =>
		import('./summary').then((m) => ({
			summarize: m.summarizeReferral,
			fieldLabel: m.referralFieldLabel
		}))
};
