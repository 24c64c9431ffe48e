/**
 * What the kit needs to know of the lifecycle simulator, once (see `CalculatorState`). Its presets
 * and what it makes of a link depend on the page's language: the presets' state names are in it,
 * and a link or saved scenario from the other language has its preset names translated.
 *
 * The page itself uses `lifecyclePage` (`page.ts`): the same calculator, whose link codec comes
 * with the chain model; here it is imported, for the tests and whatever reads links without a page.
 */
import type { Locale } from '$lib/i18n/locales';
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { inLanguage } from './codec';
import { presetStateName } from './names';
import { lifecyclePage } from './page';
import { presetInputs } from './presets';
import type { LifecycleView } from './view';
import { fromFlat, inputsOf, lifecycleSchema, toFlat, type FlatScenario } from './scenario';

export { campaignsOf } from './page';

/** The inputs of preset `id` (or the default one), state names in the page's language. */
export const startingInputs = (id: string | undefined, locale: Locale): FlatScenario =>
	toFlat(
		presetInputs(id, locale, (state, preset) => presetStateName(locale, preset, state)),
		locale
	);

export const lifecycleCalculator = (
	locale: Locale
): CalculatorDefinition<FlatScenario, LifecycleView> => {
	return {
		...lifecyclePage(locale),
		// the codec is imported here: nothing to load before a link is read
		linkCode: undefined,
		schema: lifecycleSchema,
		summary: () =>
			import('./summary').then((m) => ({
				summarize: (values: FlatScenario, to: Locale) =>
					m.summarizeLifecycle(inputsOf(values, to), to),
				fieldLabel: m.lifecycleFieldLabel
			})),
		check: (values) => fromFlat(values, locale) !== undefined,
		adopt: (values) => inLanguage(values, locale)
	};
};
