/**
 * What the kit needs to know of the lifecycle simulator, once (see `CalculatorState`). Its presets
 * and what it makes of a link depend on the page's language: the presets' state names are in it,
 * and a link or saved scenario from the other language has its preset names translated.
 */
import { otherLocale, type Locale } from '$lib/i18n/locales';
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { encodeChain, readChain } from './chain';
import { fieldMap } from './fields';
import { campaignViews, lifecycleViews } from './first-view';
import { presetStateName, stateNamesOf } from './names';
import { presetIds, presetInputs, presetKey, translateNames } from './presets';
import type { LifecycleView } from './view';
import {
	fromFlat,
	inputsOf,
	lifecycleSchema,
	scenarioVersion,
	toFlat,
	type FlatScenario
} from './scenario';

/** The inputs of preset `id` (or the default one), state names in the page's language. */
export const startingInputs = (id: string | undefined, locale: Locale): FlatScenario =>
	toFlat(
		presetInputs(id, locale, (state, preset) => presetStateName(locale, preset, state)),
		locale
	);

/**
 * Inputs from a link or a saved scenario as this page writes them: preset state names still in the
 * other language (a link shared before switching, or made before links left them out) put in this
 * one, and the chain in its compact form.
 */
function inLanguage(values: FlatScenario, locale: Locale): FlatScenario {
	const chain = readChain(values.chain, locale);
	if (!chain) return { ...values };
	const from = stateNamesOf(otherLocale(locale));
	const states = translateNames(chain.states, from, stateNamesOf(locale));
	return { ...values, chain: encodeChain(states, chain.transitions, locale) };
}

const presetsIn = (locale: Locale) =>
	presetIds.map((id) => ({ id, inputs: startingInputs(id, locale) }));

/**
 * The what-if campaign on the inputs, for one calculator on a page (it keeps the campaign last
 * shown: `first-view.ts`); throws `ModelInputError` for one the model refuses.
 */
export const campaignsOf = (locale: Locale) => campaignViews(presetsIn(locale), locale);

export const lifecycleCalculator = (
	locale: Locale
): CalculatorDefinition<FlatScenario, LifecycleView> => {
	const presets = presetsIn(locale);
	return {
		id: 'lifecycle',
		version: scenarioVersion,
		schema: lifecycleSchema,
		fields: fieldMap,
		presets,
		presetKey,
		// Without the chain model's code until the page is live (`first-view.ts`, `model.svelte.ts`).
		compute: lifecycleViews(presets, locale),
		// Only the comparison and a link's notice use the summary: it loads with them.
		summary: () =>
			import('./summary').then((m) => ({
				summarize: (values: FlatScenario, to: Locale) =>
					m.summarizeLifecycle(inputsOf(values, to), to),
				fieldLabel: m.lifecycleFieldLabel
			})),
		// Names unique in this language, a start state or campaign state within the chain, and a
		// campaign that does not move probability to where it takes it from.
		check: (values) => fromFlat(values, locale) !== undefined,
		adopt: (values) => inLanguage(values, locale)
	};
};
