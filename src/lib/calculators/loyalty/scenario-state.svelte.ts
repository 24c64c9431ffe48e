/**
 * The state every loyalty calculator keeps: its inputs (in the URL on a standalone page), the
 * notice for a link that could not be used, and the view computed from the inputs. When the model
 * refuses a combination of inputs, the refusal is mapped to the input it concerns and the last
 * valid view stays on screen, so the page never shows NaN, Infinity or a blank.
 *
 * Construct it while a component initialises (it registers the effect that writes the URL) and call
 * `mount()` from `onMount`.
 */
import type { Notice, Schema } from '$lib/state/codec';
import { UrlScenario } from '$lib/state/url-scenario.svelte';
import { fieldProblem, type FieldMap, type FieldProblem } from './field-problem';

type Inputs = Record<string, string | number>;

export interface ScenarioOptions<I extends Inputs, V> {
	readonly version: number;
	readonly schema: Schema<I>;
	/** The inputs to start from and to reset to (the preset asked for, or the default). */
	readonly start: () => I;
	/** Everything the page shows; throws `ModelInputError` for inputs the model refuses. */
	readonly compute: (inputs: I) => V;
	/** Where each model field is entered. */
	readonly fields: FieldMap;
	/** Article embed: the URL is neither read nor written. */
	readonly compact: () => boolean;
}

export class LoyaltyScenario<I extends Inputs, V> {
	inputs: I = $state() as I;
	notice = $state<Notice | undefined>();
	#ready = $state(false);
	#last: V | undefined;
	readonly #options: ScenarioOptions<I, V>;
	readonly #url: UrlScenario<I>;

	constructor(options: ScenarioOptions<I, V>) {
		this.#options = options;
		this.inputs = options.start();
		this.#url = new UrlScenario<I>(options.version, options.schema);
		$effect(() => {
			if (this.#ready && !options.compact()) this.#url.write($state.snapshot(this.inputs) as I);
		});
	}

	/** The model's answer for the current inputs: a view, or the problem to show by a field. */
	readonly attempt: { readonly view?: V; readonly problem?: FieldProblem } = $derived.by(() => {
		try {
			return { view: this.#options.compute(this.inputs) };
		} catch (error) {
			const problem = fieldProblem(error, this.#options.fields);
			if (!problem) throw error;
			return { problem };
		}
	});

	/** The last view the model accepted. */
	readonly view: V = $derived.by(() => {
		if (this.attempt.view) this.#last = this.attempt.view;
		return (this.#last ??= this.#options.compute(this.#options.start()));
	});

	readonly problem: FieldProblem | undefined = $derived(this.attempt.problem);

	/** Reads a share link once the page is live (standalone pages only). */
	mount(): void {
		if (!this.#options.compact()) {
			const decoded = this.#url.read(this.#options.start());
			this.inputs = { ...decoded.values };
			this.notice = decoded.notice;
		}
		this.#ready = true;
	}

	/** Loads a saved scenario (already checked against the schema). */
	replace(values: I): void {
		this.inputs = { ...values };
		this.notice = undefined;
	}

	reset(): void {
		this.inputs = this.#options.start();
		this.notice = undefined;
		if (!this.#options.compact()) this.#url.clear();
	}
}
