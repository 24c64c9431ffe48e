/**
 * The first view of the lifecycle page without the chain model's code (`model.svelte.ts`): for a
 * preset's inputs (what every page and embed starts from), what the first screen shows — the
 * chain, the cohort's expected path (the model's own `projectionFromCounts`, on the preset's chain
 * as the model prepares it), the cohort's value and the states' roles — with the value per
 * customer computed by the model beforehand (`FIRST`, checked against it by `first-view.spec.ts`).
 * The values by starting state, the times to churn and the campaign come with the model: the
 * sections that show them import it (`model-ready.ts`). When it arrives the same view object is
 * filled in with the whole result, so nothing on screen is drawn again and no section wakes for
 * it; inputs no preset holds keep the last view until the model is here, then show the model's.
 */
import type { Locale } from '$lib/i18n/locales';
import { ModelInputError } from '$lib/model/errors';
import { churnedStateIds } from '$lib/model/lifecycle/churned';
import type { InterventionResult } from '$lib/model/lifecycle/intervention';
import { preparedArrays } from '$lib/model/lifecycle/prepared';
import type { PresetId } from '$lib/model/lifecycle/presets';
import {
	cohortCounts,
	initialCounts,
	projectionFromCounts
} from '$lib/model/lifecycle/projection-series';
import { convertDiscountRate } from '$lib/model/time';
import { chainModel, type ChainModel } from './model.svelte';
import type { FlatScenario, LifecycleInputs } from './scenario';
import { schemaWith } from './scenario-shape';
import { storedInputs } from './stored';
import { buildChain, cohortOf, type LifecycleView } from './view';

/** Each preset's value per customer (V_T of its start state), from the model (see the spec). */
export const FIRST: Record<PresetId, number> = {
	relationship: 679.7788503448354,
	telecom: 1028.8739860300773,
	'retail-recency': 298.9003132693177,
	crm: 663.7256856804233,
	'pfeifer-carraway': 52.14647534515826
};

/** Everything the first screen reads of a preset's view (the rest comes with the model). */
export function firstView(inputs: LifecycleInputs, perCustomer: number): LifecycleView {
	const chain = buildChain(inputs);
	const cohort = cohortOf(inputs);
	const prepared = preparedArrays(chain);
	const initialShares = prepared.ids.map((id) => (id === cohort.initial ? 1 : 0));
	const counts = cohortCounts(
		initialCounts({ cohortSize: cohort.cohortSize, periods: cohort.periods, initialShares }),
		cohort.periods,
		() => prepared.transitions
	);
	const projection = projectionFromCounts(prepared, counts);
	const first: Omit<LifecycleView, 'finite' | 'infinite' | 'churn'> = {
		chain,
		periods: cohort.periods,
		periodDiscount: convertDiscountRate(inputs.discount, 'year', inputs.unit),
		startId: String(cohort.initial),
		cohort,
		projection,
		churnedIds: churnedStateIds(chain),
		cohortValue: projection.totals.discountedProfit,
		perCustomer
	};
	return first as LifecycleView;
}

/** The key of a scenario: every input, in the schema's order. */
const keys = Object.keys(schemaWith(() => true)) as (keyof FlatScenario)[];
const keyOf = (values: FlatScenario) => JSON.stringify(keys.map((k) => values[k]));

interface Shown<V> {
	view: V;
	key: string;
	values: FlatScenario;
	/** Drawn without the model: filled in place when it comes. */
	partial: boolean;
}

/**
 * One of a page's results (the view, the campaign): a function of the inputs that keeps the one
 * last shown. Without the model, a preset's inputs give `first(inputs, preset)`, which the model's
 * result fills in place when it comes; other inputs fetch the model and keep the last result.
 * Throws the model's `ModelInputError` for inputs it refuses, once the model is here.
 */
function results<V extends object>(
	presets: readonly { id: string; inputs: FlatScenario }[],
	locale: Locale,
	model: (m: ChainModel, inputs: LifecycleInputs) => V,
	first: (inputs: LifecycleInputs, preset: PresetId) => V
): (values: FlatScenario) => V {
	const keys = presets.map((p) => ({ id: p.id as PresetId, key: keyOf(p.inputs) }));
	let shown: Shown<V> | undefined;
	const fill = (m: ChainModel, at: Shown<V>) => {
		if (!at.partial) return;
		Object.assign(at.view, model(m, m.codec.inputsOf(at.values, locale)));
		at.partial = false;
	};
	return (values) => {
		const m = chainModel.current; // read first: the result is computed again when it comes
		const key = keyOf(values);
		if (m) {
			// The preset's result on screen becomes whole first: it stays the last valid one when
			// the model refuses what was entered before it came.
			if (shown) fill(m, shown);
			if (shown?.key === key) return shown.view;
			const view = model(m, m.codec.inputsOf(values, locale));
			shown = { view, key, values: { ...values }, partial: false };
			return view;
		}
		if (shown?.key === key) return shown.view;
		const preset = keys.find((p) => p.key === key)?.id;
		if (preset) {
			// the inputs as they are now: the page's are a live object its fields write into
			const own = { ...values };
			// a preset's chain is stored (`stored.ts`): the link codec comes with the model
			const inputs = storedInputs(own, locale);
			if (!inputs) throw new Error(`Preset ${preset} without its stored chain`);
			const at: Shown<V> = {
				view: first(inputs, preset),
				key,
				values: own,
				partial: true
			};
			shown = at;
			chainModel.whenProvided((m) => fill(m, at));
			return at.view;
		}
		void chainModel.load().catch(() => {});
		// The last result stays until the model is here (a share link, a saved scenario, an edit).
		if (shown) return shown.view;
		throw new ModelInputError('model', 'custom', 'the model is not loaded yet');
	};
}

/** The page's views (one function per calculator on the page: it keeps the view last shown). */
export const lifecycleViews = (
	presets: readonly { id: string; inputs: FlatScenario }[],
	locale: Locale
) =>
	results<LifecycleView>(
		presets,
		locale,
		(m, inputs) => m.view(inputs),
		(inputs, preset) => firstView(inputs, FIRST[preset])
	);

/**
 * The page's campaigns: before the model, a preset's is an empty result that only the campaign
 * section reads, and that section brings the model, which fills it before the section draws.
 */
export const campaignViews = (
	presets: readonly { id: string; inputs: FlatScenario }[],
	locale: Locale
) =>
	results<InterventionResult>(
		presets,
		locale,
		(m, inputs) => m.campaign(inputs),
		() => ({}) as InterventionResult
	);
