/**
 * The first view of the segments page without the model's code (`engine.ts`: the sample generator,
 * its random numbers, the segments, the Pareto curve, RFM scores): for a preset's settings (what
 * every page and embed starts from), the figures the first screen shows — the headline, the
 * medians beside the lines, the arithmetic under the headline — computed by the model beforehand
 * (`first-view.spec.ts` checks them against it). When the model arrives the same view object is
 * filled in with the whole result (its quadrant, Pareto and RFM objects too, which the sections
 * are handed), so nothing on screen is drawn again and no section wakes for it; settings no preset
 * holds keep the last view until the model is here, then show the model's.
 */
import { add, c, div, mul, pow, v, type Step } from '$lib/model/expr';
import type { CustomerRecord } from '$lib/model/segments/customer';
import type { SegmentsView } from './compute';
import type { PageViews } from './engine';
import type { SegmentsInputs } from './fields';
import { segmentsModel, type SegmentsEngine } from './model.svelte';
import { matchingPreset, presetInputs, type SegmentsPresetId } from './presets';

/** What the first screen reads of a preset's view, as the model works it out. */
export interface FirstFigures {
	/** Profit per purchase and purchases of the two middle customers (sorted), and their means. */
	readonly middle: {
		readonly profit: readonly [number, number, number];
		readonly purchases: readonly [number, number, number];
	};
	/** The gold segment: customers, their share, their profit and its share of the net profit. */
	readonly gold: readonly [count: number, share: number, profit: number, profitShare: number];
	readonly netProfit: number;
	/** The top 20% of customers: how many, their profit, the profit earned, and its share. */
	readonly top: readonly [count: number, profit: number, earned: number, share: number];
	/** The sample's mean profit per purchase. */
	readonly mean: number;
}

/** Each preset's first figures, from the model (regenerate with `first-view.spec.ts`'s message). */
export const FIRST: Record<SegmentsPresetId, FirstFigures> = {
	'online-shop': {
		middle: { profit: [36.779999999999994, 36.94, 36.86], purchases: [4, 4, 4] },
		gold: [131, 0.262, 142898.65000000002, 0.7858641339714676],
		netProfit: 181836.33000000005,
		top: [100, 136037.08000000005, 189461.06, 0.7180213179425896],
		mean: 55.085110573438286
	},
	supermarket: {
		middle: {
			profit: [6.572564102564102, 6.573333333333333, 6.572948717948718],
			purchases: [14, 14, 14]
		},
		gold: [514, 0.257, 285197.2199999999, 0.7574126510391695],
		netProfit: 376541.39999999944,
		top: [400, 278168.3499999999, 395220.5599999996, 0.7038306660969262],
		mean: 10.220970505639093
	},
	'b2b-distributor': {
		middle: {
			profit: [791.8463157894737, 812.3116666666666, 802.0789912280702],
			purchases: [9, 9, 9]
		},
		gold: [81, 0.27, 6895590.310000001, 0.8436811007761954],
		netProfit: 8173218.890000009,
		top: [60, 6693611.1899999995, 8372715.810000008, 0.7994551997101634],
		mean: 1848.9898895794988
	},
	'subscription-app': {
		middle: { profit: [5.59, 5.59, 5.59], purchases: [6, 6, 6] },
		gold: [1144, 0.2288, 137758.03999999992, 0.6021447866724416],
		netProfit: 228778.93000000078,
		top: [1000, 142712.1000000001, 245434.21000000005, 0.5814678402004352],
		mean: 6.499722406049752
	}
};

/** A median's step, as `median` writes it for an even count: the mean of the two middle values. */
function medianStep(
	id: string,
	name: string,
	rank: number,
	[low, high, value]: readonly [number, number, number],
	format: 'money' | 'count'
): Step {
	const formula = div(
		add(v(`${name}_(${rank})`, low, format), v(`${name}_(${rank + 1})`, high, format)),
		c(2)
	);
	return { id, formula, value };
}

/**
 * The part of a preset's view the first screen reads, from its stored figures: the source, the
 * medians, the gold segment and net profit, and the arithmetic. Its `quadrant`, `pareto` and `rfm`
 * are objects the model's view fills in (`fillIn`); the rest comes with it.
 */
export function firstView(id: SegmentsPresetId, inputs: SegmentsInputs): SegmentsView {
	const { middle, gold, netProfit, top, mean } = FIRST[id];
	const rank = inputs.count / 2;
	const steps: Step[] = [
		medianStep('segments.threshold.profitPerTransaction', 'p', rank, middle.profit, 'money'),
		medianStep('segments.threshold.transactions', 'n', rank, middle.purchases, 'count'),
		{
			id: 'segments.profitShare.gold',
			formula: div(v('Π_gold', gold[2], 'money'), v('Π', netProfit, 'money')),
			value: gold[3]
		},
		{
			id: 'pareto.topShare',
			formula: div(v(`Π_top${top[0]}`, top[1], 'money'), v('Π', top[2], 'money')),
			value: top[3]
		},
		{
			id: 'generate.meanProfitPerTransaction',
			formula: mul(
				v('p̃', inputs.profit, 'money'),
				pow(v('e', Math.E), div(pow(v('σ', inputs.profitSpread), c(2)), c(2)))
			),
			value: mean
		}
	];
	const segment = {
		segment: 'gold',
		count: gold[0],
		customerShare: gold[1],
		totalProfit: gold[2],
		profitShare: gold[3],
		losing: 0,
		treatment: 'protect-and-reward'
	};
	return {
		source: { kind: 'sample', count: inputs.count, seed: inputs.seed },
		medians: { profit: middle.profit[2], frequency: middle.purchases[2] },
		quadrant: { segments: [segment], netProfit },
		pareto: {},
		rfm: {},
		steps
	} as unknown as SegmentsView;
}

/**
 * Fills a first view in place with the model's view of the same settings: its `quadrant`, `pareto`
 * and `rfm` stay the same objects (the sections were handed them), filled in too.
 */
export function fillIn(first: SegmentsView, full: SegmentsView): void {
	const { quadrant, pareto, rfm } = first;
	Object.assign(quadrant, full.quadrant);
	Object.assign(pareto, full.pareto);
	Object.assign(rfm, full.rfm);
	Object.assign(first, { ...full, quadrant, pareto, rfm });
}

export interface ViewOptions {
	/** Read on every call once the model is here (see `segmentsComputeAfterPaint`). */
	readonly version: () => unknown;
	/** A new sample is in: compute again. */
	readonly ready: () => void;
	/** The page's preset (prerendered): shown for a share link until the model is here. */
	readonly start: () => string | undefined;
}

/**
 * A page's views, one per calculator on the page (it keeps the view last shown): the model's
 * (`engine.pageViews`) once it is here; before, a preset's stored first view, or the view last
 * shown while the model is fetched.
 */
export function segmentsViews(
	table: () => readonly CustomerRecord[] | undefined,
	options: ViewOptions
): { readonly compute: (inputs: SegmentsInputs) => SegmentsView; readonly stop: () => void } {
	let model: PageViews | undefined;
	let shown:
		| {
				view: SegmentsView;
				key: string;
				id: string;
				inputs: SegmentsInputs;
				partial: boolean;
				full?: SegmentsView;
		  }
		| undefined;
	const views = (engine: SegmentsEngine) => (model ??= engine.pageViews(table, options));

	/** Shows `id`'s first view for `inputs` (the preset's), filled in when the model comes. */
	const first = (id: SegmentsPresetId, inputs: SegmentsInputs, key: string) => {
		const own = { ...inputs };
		const start = { view: firstView(id, own), key, id, inputs: own, partial: true };
		shown = start;
		segmentsModel.whenProvided((engine) => fill(start, engine));
		return start.view;
	};

	const fill = (start: NonNullable<typeof shown>, engine: SegmentsEngine) => {
		// only the view on screen: the model's first call works its sample out at once
		if (!start.partial || shown !== start) return;
		const full = views(engine).compute(start.inputs);
		fillIn(start.view, full);
		start.partial = false;
		start.full = full;
	};

	const compute = (inputs: SegmentsInputs): SegmentsView => {
		const engine = segmentsModel.engine; // read first: the view is computed again when it comes
		if (engine) {
			if (shown?.partial) fill(shown, engine);
			const view = views(engine).compute(inputs);
			// the first view, filled in: the same object on screen
			if (shown && view === shown.full) return shown.view;
			return view;
		}
		const key = JSON.stringify(inputs);
		const id = matchingPreset(inputs) as SegmentsPresetId | '';
		// the same settings in another currency: the same figures
		if (shown && (shown.key === key || (id !== '' && shown.id === id))) return shown.view;
		if (id !== '' && !table()) return first(id, inputs, key);
		void segmentsModel.load().catch(() => {});
		// The last view stays until the model is here (an edit, a saved scenario).
		if (shown) return shown.view;
		// A share link: the page's own preset, as prerendered, until the model is here.
		const start = presetInputs(options.start(), 'en', inputs.currency);
		return first(matchingPreset(start) as SegmentsPresetId, start, JSON.stringify(start));
	};

	return { compute, stop: () => model?.stop() };
}
