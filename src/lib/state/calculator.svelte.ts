/**
 * The state every calculator keeps: its inputs (in the URL on a standalone page: the preset they
 * start from and what differs, a link short enough for a QR code), the notice for a
 * link that could not be used, the preset the inputs still match, and the view computed from the
 * inputs. When the model refuses a combination of inputs, the refusal is mapped to the input it
 * concerns and the last valid view stays on screen (`LastValid`), so the page never shows NaN,
 * Infinity or a blank. It also hands `ScenarioBar` what saved scenarios and A/B compare need.
 *
 * Construct it while a component initialises (it registers the effect that writes the URL) and call
 * `mount()` from `onMount`; a calculator component gets both from `useCalculator`
 * (`$lib/ui/calculator/use-calculator.svelte.ts`).
 *
 * The link code (`UrlScenario` and the codec) is not part of a page's first load: it is loaded at
 * mount when the address holds a query to read, else when the reader first changes an input (the
 * write to the address is debounced anyway). Until a link is read the page shows the start, as the
 * prerendered HTML does.
 */
import type { CalculatorId } from '$lib/calculators/ids';
import type { Locale } from '$lib/i18n/locales';
import type { Notice, Schema } from './codec';
import type { FieldMap, FieldProblem } from './field-problem';
import { LastValid, type Outcome } from './last-valid';
import { presetMatching, type Preset } from './presets';
import type { ScenarioKeep, ScenarioSummarizer, ScenarioSummary } from './summary';
import type { UrlScenario } from './url-scenario.svelte';

type Inputs = Record<string, string | number>;

export interface CalculatorOptions<I extends Inputs, V> {
	readonly id: CalculatorId;
	/** The URL schema's version: raise it when a field changes meaning. */
	readonly version: number;
	readonly schema: Schema<I>;
	/** Where each model field is entered (`fieldMapOf(fields)`). */
	readonly fields: FieldMap;
	readonly presets: readonly Preset<I>[];
	/**
	 * Inputs a preset leaves as the reader set them (e.g. the currency, when the presets are priced
	 * in whatever currency the reader chose): applying a preset keeps them, matching ignores them.
	 */
	readonly presetKeeps?: readonly (keyof I & string)[];
	/** The inputs to start from and to reset to (the preset asked for, or the default). */
	readonly start: () => I;
	/** Everything the page shows; throws `ModelInputError` for inputs the model refuses. */
	readonly compute: (inputs: I) => V;
	/** Article embed: the URL is neither read nor written. */
	readonly compact: () => boolean;
	/** The figures saved scenarios are compared by (see `ScenarioKeep`). */
	readonly summarize?: (inputs: I, locale: Locale) => ScenarioSummary;
	/**
	 * `summarize` and `fieldLabel` loaded on demand, with the comparison or a link's notice:
	 * `() => import('./summary').then(…)`, which keeps them off the page's first load.
	 */
	readonly summary?: () => Promise<ScenarioSummarizer<I>>;
	/** For fields that must also fit together: checks a share link and a saved or imported scenario. */
	readonly check?: (values: I) => boolean;
	/** Makes inputs from a link or a saved scenario this page's own (e.g. names in its language). */
	readonly adopt?: (values: I) => I;
	/**
	 * Code the schema's checks, `check` and `adopt` need, when it is not in the first load: loaded
	 * with the link code and the saved scenarios, before either reads anything.
	 */
	readonly linkCode?: () => Promise<unknown>;
	/** What a preset is recognised by, when not every input (e.g. leaving out the currency). */
	readonly presetKey?: (inputs: I) => string;
	/** The reader's name for a share-link key, so a link notice can name the settings it means. */
	readonly fieldLabel?: (key: string, locale: Locale) => string | undefined;
}

/** What a calculator tells the kit once (`calculators/<id>/calculator.ts`); `useCalculator` adds `start` and `compact`. */
export type CalculatorDefinition<I extends Inputs, V> = Omit<
	CalculatorOptions<I, V>,
	'start' | 'compact'
>;

export class CalculatorState<I extends Inputs, V> {
	inputs: I = $state() as I;
	notice = $state<Notice | undefined>();
	#ready = $state(false);
	readonly #options: CalculatorOptions<I, V>;
	#url: Promise<UrlScenario<I>> | undefined;
	/** The calculator has left the page: nothing more is written to the address. */
	#gone = false;
	readonly #memo: LastValid<I, V>;
	/** The model's answer for the current inputs, or the last one it gave with the problem. */
	readonly #outcome: Outcome<V>;
	/** The last view the model accepted. */
	readonly view: V;
	/** Why the model refuses the current inputs, by input. */
	readonly problem: FieldProblem | undefined;
	/** The preset the inputs still match, or '' once the reader has changed something. */
	readonly preset: string;
	/** Saved scenarios and A/B compare, for `ScenarioBar`'s `keep` (standalone pages only). */
	readonly keep: ScenarioKeep<I>;

	constructor(options: CalculatorOptions<I, V>) {
		this.#options = options;
		this.inputs = options.start();
		this.#memo = new LastValid(options.compute, options.fields, options.start);
		this.#outcome = $derived(this.#memo.read(this.inputs));
		this.view = $derived(this.#outcome.view);
		this.problem = $derived(this.#outcome.problem);
		this.preset = $derived(
			presetMatching(options.presets, this.inputs, options.presetKeeps, options.presetKey)
		);
		const {
			id: calculator,
			version,
			schema,
			summarize,
			summary,
			check,
			fieldLabel,
			linkCode
		} = options;
		this.keep = {
			kind: { calculator, version, schema, ...(check && { check }), ...(linkCode && { linkCode }) },
			get: () => this.inputs,
			set: (values) => this.replace(values),
			...(summarize && { summarize }),
			...(summary && { summary }),
			...(fieldLabel && { fieldLabel })
		};
		$effect(() => {
			if (!this.#ready || options.compact()) return;
			const values = $state.snapshot(this.inputs) as I;
			// An address without a query already says "the start": until the reader changes
			// something there is nothing to write, and the link code is not fetched for it.
			if (!this.#url && location.search === '' && sameInputs(values, options.start())) return;
			this.#withUrl((url) => url.write(values));
		});
		$effect(() => () => {
			this.#gone = true;
			// a write may still wait for its pause (an embed never loaded the link code at all)
			void this.#url?.then(
				(url) => url.cancel(),
				() => {}
			);
		});
	}

	/** The link code, loaded once (again after a failed load: offline before it was cached). */
	#urlScenario(): Promise<UrlScenario<I>> {
		const { version, schema, presets, check, linkCode } = this.#options;
		this.#url ??= Promise.all([import('./url-scenario.svelte'), linkCode?.()]).then(
			([{ UrlScenario }]) => new UrlScenario<I>(version, schema, presets, check),
			(error: unknown) => {
				this.#url = undefined;
				throw error;
			}
		);
		return this.#url;
	}

	/**
	 * Runs `use` with the link code once it is there, in the order asked; not once the calculator
	 * has left the page (its address is another page's by then). Without the code (offline), the
	 * address simply stays as it is.
	 */
	#withUrl(use: (url: UrlScenario<I>) => void): void {
		this.#urlScenario().then(
			(url) => {
				if (!this.#gone) use(url);
			},
			() => {}
		);
	}

	/** Reads a share link once the page is live (standalone pages only). */
	mount(): void {
		// Without a query there is no link to read, and the page already shows the start.
		if (this.#options.compact() || location.search === '') {
			this.#ready = true;
			return;
		}
		this.#urlScenario().then(
			(url) => {
				if (this.#gone) return;
				const decoded = url.read(this.#options.start());
				if (decoded.fromLink) this.inputs = this.#adopt(decoded.values);
				this.notice = decoded.notice;
				this.#ready = true;
			},
			() => {
				this.#ready = true; // offline: the page keeps the start
			}
		);
	}

	/** Starts from preset `id` ('' is the "your own numbers" entry: nothing to load). */
	applyPreset(id: string): void {
		const found = this.#options.presets.find((p) => p.id === id);
		const kept = Object.fromEntries(
			(this.#options.presetKeeps ?? []).map((key) => [key, this.inputs[key]])
		);
		if (found) this.inputs = { ...found.inputs, ...kept };
	}

	/** Loads a saved scenario (already checked against the schema). */
	replace(values: I): void {
		this.inputs = this.#adopt(values);
		this.notice = undefined;
	}

	#adopt(values: I): I {
		return this.#options.adopt?.(values) ?? { ...values };
	}

	reset(): void {
		this.inputs = this.#options.start();
		this.notice = undefined;
		if (!this.#options.compact()) this.#withUrl((url) => url.clear());
	}
}

/** The same inputs (plain values built the same way, so their JSON is the same). */
function sameInputs<I extends Inputs>(a: I, b: I): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
