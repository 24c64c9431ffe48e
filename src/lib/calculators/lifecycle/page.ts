/**
 * The lifecycle calculator as its page and its embeds use it (`LifecycleCalculator.svelte`), without
 * the chain's link codec and the presets' chains in the first load: the presets start from what is
 * stored (`stored.ts`), and the codec comes with the chain model (`model.svelte.ts`). A link or a
 * saved scenario is read once it is here (`linkCode`: the page fetches it at once for a link), and
 * the chain's edits come with the states table, whose chunk provides it (`model-ready.ts`).
 * `calculator.ts` is the same calculator with the codec imported, for the tests and the build.
 */
import type { Locale } from '$lib/i18n/locales';
import type { CalculatorDefinition } from '$lib/state/calculator.svelte';
import { fieldMap } from './fields';
import { campaignViews, lifecycleViews } from './first-view';
import { chainModel } from './model.svelte';
import type { FlatScenario, LifecycleInputs } from './scenario';
import { presetKey, scenarioVersion, schemaWith } from './scenario-shape';
import { storedInputs, storedPresetIds, storedStart } from './stored';
import type { LifecycleView } from './view';

/** The inputs of preset `id` (or the default one), state names in the page's language. */
export const startingInputs = storedStart;

const presetsIn = (locale: Locale) =>
	storedPresetIds.map((id) => ({ id, inputs: storedStart(id, locale) }));

/** The codec, which is here before anything reads a link, a saved scenario or an edited chain. */
function codec() {
	const model = chainModel.current;
	if (!model) throw new Error('The chain codec comes with the model (`linkCode`, `model-ready`)');
	return model.codec;
}

/**
 * The inputs as the reader is editing them: a preset's chain as stored (the same as the codec reads
 * it: `stored.spec.ts`), any other chain through the codec (it comes from a link, a saved scenario
 * or an edit, which bring the codec). A preset's draft does not depend on the model's arrival, so
 * that arrival does not redo the chain's tables.
 */
export function draftOf(values: FlatScenario, locale: Locale): LifecycleInputs {
	return storedInputs(values, locale) ?? codec().inputsOf(values, locale);
}

/**
 * Writes `next` (an edit of the chain) in the flat form: at once when the codec is here, which the
 * states table that edits the chain brings (`model-ready.ts`), else once it came.
 */
export function writeChain(
	next: LifecycleInputs,
	locale: Locale,
	write: (values: FlatScenario) => void
): Promise<void> {
	const model = chainModel.current;
	if (model) {
		write(model.codec.toFlat(next, locale));
		return Promise.resolve();
	}
	return chainModel.load().then((loaded) => write(loaded.codec.toFlat(next, locale)));
}

/**
 * The what-if campaign on the inputs, for one calculator on a page (it keeps the campaign last
 * shown: `first-view.ts`); throws `ModelInputError` for one the model refuses.
 */
export const campaignsOf = (locale: Locale) => campaignViews(presetsIn(locale), locale);

export const lifecyclePage = (
	locale: Locale
): CalculatorDefinition<FlatScenario, LifecycleView> => {
	const presets = presetsIn(locale);
	return {
		id: 'lifecycle',
		version: scenarioVersion,
		// A valid chain in either language; whether its names are unique in this page's language
		// is `check`.
		schema: schemaWith((raw) => codec().validChain(raw)),
		fields: fieldMap,
		presets,
		presetKey,
		// Without the chain model's code until the page is live (`first-view.ts`, `model.svelte.ts`).
		compute: lifecycleViews(presets, locale),
		// Only the comparison and a link's notice use the summary: it loads with them.
		summary: () =>
			Promise.all([import('./summary'), chainModel.load()]).then(([m, model]) => ({
				summarize: (values: FlatScenario, to: Locale) =>
					m.summarizeLifecycle(model.codec.inputsOf(values, to), to),
				fieldLabel: m.lifecycleFieldLabel
			})),
		// Names unique in this language, a start state or campaign state within the chain, and a
		// campaign that does not move probability to where it takes it from.
		check: (values) => codec().fromFlat(values, locale) !== undefined,
		adopt: (values) => codec().inLanguage(values, locale),
		// The schema's check of the chain, `check` and `adopt` need the codec.
		linkCode: () => chainModel.load()
	};
};
