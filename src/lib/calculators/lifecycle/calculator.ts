/**
 * What the kit needs to know of the lifecycle simulator, once (see `CalculatorState`). Its presets
 * and what it makes of a link depend on the page's language: the presets' state names are in it,
 * and a link or saved scenario from the other language has its preset names translated.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/lifecycle';
import zh from '$lib/i18n/messages/zh/lifecycle';
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { computeCampaign, computeLifecycle, type LifecycleView } from './compute';
import { fieldMap } from './fields';
import { presetIds, presetInputs, presetKey, translateNames } from './presets';
import {
	encodeChain,
	fromFlat,
	inputsOf,
	lifecycleSchema,
	readChain,
	scenarioVersion,
	toFlat,
	type FlatScenario
} from './scenario';
import { lifecycleFieldLabel, summarizeLifecycle } from './summary';

/** A state's name in a preset, in the page's language. */
const stateNamer = (locale: Locale) => (id: string, presetId: string) => {
	const names = pick(locale, en, zh).stateNames;
	return names[`${presetId}:${id}`] ?? names[id] ?? id;
};

/** The inputs of preset `id` (or the default one), state names in the page's language. */
export const startingInputs = (id: string | undefined, locale: Locale): FlatScenario =>
	toFlat(presetInputs(id, locale, stateNamer(locale)));

/** Preset state names still in the other language (a link shared before switching) put in this one. */
function inLanguage(values: FlatScenario, locale: Locale): FlatScenario {
	const chain = readChain(values.chain);
	if (!chain) return { ...values };
	const from = (locale === 'zh' ? en : zh).stateNames;
	const states = translateNames(chain.states, from, pick(locale, en, zh).stateNames);
	return { ...values, chain: encodeChain(states, chain.transitions) };
}

/** The what-if campaign on the inputs; throws `ModelInputError` for one the model refuses. */
export const campaignOf = (values: FlatScenario) => computeCampaign(inputsOf(values));

export const lifecycleCalculator = (
	locale: Locale
): CalculatorDefinition<FlatScenario, LifecycleView> => ({
	id: 'lifecycle',
	version: scenarioVersion,
	schema: lifecycleSchema,
	fields: fieldMap,
	presets: presetIds.map((id) => ({ id, inputs: startingInputs(id, locale) })),
	presetKey,
	compute: (values) => computeLifecycle(inputsOf(values)),
	summarize: (values, to) => summarizeLifecycle(inputsOf(values), to),
	// A start state or campaign state beyond the chain, or a campaign moving to where it takes from.
	check: (values) => fromFlat(values) !== undefined,
	adopt: (values) => inLanguage(values, locale),
	fieldLabel: lifecycleFieldLabel
});
