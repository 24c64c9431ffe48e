/**
 * What every `<Id>Calculator.svelte` starts with, written once: the scenario state (started from
 * the preset asked for, kept in the URL unless the calculator is embedded in an article), the
 * page's language and the calculator's words in it, and the model's refusal as messages placed
 * by input. The component keeps only what is its own.
 *
 * Call it while the component initialises (it mounts the state in `onMount`), and read what it
 * gives through `$derived` so the values follow the inputs and the language:
 *
 * @example
 * const props: CalculatorProps = $props();
 * const calc = useCalculator(clubCalculator, messages, () => props, presetInputs);
 * const { s, t, locale, view, currency, compact } = $derived(calc);
 */
import { onMount } from 'svelte';
import type { CalculatorId } from '$lib/calculators/ids';
import type { Currency } from '$lib/i18n/format';
import { useLocale } from '$lib/i18n';
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import kitEn from '$lib/i18n/messages/en/kit';
import kitZh from '$lib/i18n/messages/zh/kit';
import wordsEn from '$lib/i18n/messages/en/words';
import wordsZh from '$lib/i18n/messages/zh/words';
import { timeUnits, type TimeUnit } from '$lib/model/time';
import { CalculatorState, type CalculatorDefinition } from '$lib/state/calculator.svelte';
import type { FieldProblem } from '$lib/state/field-problem';
import type { FieldSpecs } from '$lib/state/fields';
import { UnitChange } from '$lib/state/unit-change.svelte';
import { problemMessages, type ProblemMessages } from './problem';
import { labelOf } from './texts';

type Inputs = Record<string, string | number>;
type Texts = Readonly<Record<string, string>>;

/** The props of every calculator component. */
export interface CalculatorProps {
	/** A preset id (see the calculator's `presets.ts`) to start from. */
	preset?: string;
	/** Article embed: fewer sections, headings one level lower; the URL is left alone. */
	compact?: boolean;
}

/** What the kit reads in a calculator's messages. */
export interface CalculatorMessages {
	readonly title: string;
	/** Preset id → its name. */
	readonly presets: Texts;
	/** Preset id → the case behind it, shown under the scenario bar while the inputs match it. */
	readonly cases?: Texts;
	/** Input group id → its title. */
	readonly groups?: Texts;
	/** Labels and hints by message key: strings, or functions the calculator calls itself. */
	readonly fields?: object;
	readonly hints?: object;
}

/** The words of a calculator in each language, `{ en, zh }`. */
export interface CalculatorWords<M> {
	readonly en: M;
	readonly zh: NoInfer<M>;
}

/** The inputs to start from and to reset to: preset `id` (or the default) in `locale`. */
export type StartInputs<I> = (preset: string | undefined, locale: Locale) => I;

/** What only some calculators need. */
export interface CalculatorKitOptions<I extends Inputs, V, M extends CalculatorMessages> {
	/**
	 * Re-expresses the inputs in another period length: switching the unit then keeps the old
	 * inputs beside the new ones for `UnitChangeNote` (`unitChange`). Without it the unit is set.
	 */
	readonly changeUnit?: (inputs: I, unit: TimeUnit) => I;
	/** Labels by message key, where they need more than `t.fields` (default: its strings). */
	readonly labels?: (calc: CalculatorKit<I, V, M>) => Texts;
	/** Hints by message key, where they need more than `t.hints` (default: its strings). */
	readonly hints?: (calc: CalculatorKit<I, V, M>) => Readonly<Record<string, string | undefined>>;
	/** The declarations, when a field's message key is not its input's (`label` in `fields.ts`). */
	readonly fields?: FieldSpecs;
	/**
	 * The calculator's own words for a refusal it knows better than the kit; `undefined` for the
	 * kit's, `null` where the page already says why (nothing is added).
	 */
	readonly explain?: (
		problem: FieldProblem,
		calc: CalculatorKit<I, V, M>
	) => string | null | undefined;
	/** Where the currency is, for inputs that do not call it `currency`. */
	readonly currency?: (inputs: I) => Currency;
}

/** The options, which must say where the currency is when the inputs have no `currency`. */
type MoreArgs<I extends Inputs, V, M extends CalculatorMessages> = I extends {
	readonly currency: Currency;
}
	? [options?: CalculatorKitOptions<I, V, M>]
	: [options: CalculatorKitOptions<I, V, M> & { readonly currency: (inputs: I) => Currency }];

const strings = (messages: object | undefined): Texts =>
	Object.fromEntries(
		Object.entries(messages ?? {}).filter(([, value]) => typeof value === 'string')
	) as Texts;

/**
 * The kit as one calculator component uses it (`useCalculator`): its state, its words in the
 * page's language and the model's refusals as messages.
 */
export class CalculatorKit<I extends Inputs, V, M extends CalculatorMessages> {
	/** The scenario: inputs, the last valid view, the model's refusal, preset, notice. */
	readonly s: CalculatorState<I, V>;
	readonly id: CalculatorId;
	/** The presets, in menu order. */
	readonly presets: CalculatorDefinition<I, V>['presets'];
	/** Re-expresses the inputs after a change of unit and remembers both sides (`changeUnit`). */
	readonly unitChange: UnitChange<I & { unit: TimeUnit }> | undefined;
	readonly locale: Locale;
	/** The calculator's words in the page's language. */
	readonly t: M;
	/** The site's shared words (durations, the model's messages). */
	readonly words: typeof wordsEn;
	/** The kit's words (time units, the currency select). */
	readonly kit: typeof kitEn;
	/** Labels by message key, as the inputs show them. */
	readonly labels: Texts;
	readonly hints: Readonly<Record<string, string | undefined>>;
	/** The model's refusal in the page's language, beside its input or above the inputs. */
	readonly problem: ProblemMessages;
	readonly #props: () => CalculatorProps;
	readonly #options: CalculatorKitOptions<I, V, M>;

	/**
	 * @param definition what the calculator tells the kit (`calculator.ts`)
	 * @param messages its words, `{ en, zh }` (its `<script module>` exports them for its page)
	 * @param props the component's props, as `$props()` gives them (read when needed)
	 * @param start the inputs to start from and to reset to (`presetInputs` in `presets.ts`)
	 * @param getLocale the page's language (`useLocale()`)
	 * @param options what only some calculators need
	 */
	constructor(
		definition: CalculatorDefinition<I, V>,
		messages: CalculatorWords<M>,
		props: () => CalculatorProps,
		start: StartInputs<I>,
		getLocale: () => Locale,
		options: CalculatorKitOptions<I, V, M> = {}
	) {
		const { changeUnit } = options;
		this.#props = props;
		this.#options = options;
		this.id = definition.id;
		this.presets = definition.presets;
		this.s = new CalculatorState({
			...definition,
			start: () => start(props().preset, getLocale()),
			compact: () => this.compact
		});
		this.unitChange =
			changeUnit &&
			new UnitChange<I & { unit: TimeUnit }>(
				() => this.s.inputs as I & { unit: TimeUnit },
				(inputs) => (this.s.inputs = inputs),
				changeUnit as (inputs: I, unit: TimeUnit) => I & { unit: TimeUnit }
			);
		this.locale = $derived(getLocale());
		this.t = $derived(pick(this.locale, messages.en, messages.zh));
		this.words = $derived(pick(this.locale, wordsEn, wordsZh));
		this.kit = $derived(pick(this.locale, kitEn, kitZh));
		this.labels = $derived(options.labels?.(this) ?? strings(this.t.fields));
		this.hints = $derived(options.hints?.(this) ?? strings(this.t.hints));
		this.problem = $derived(this.#problem());
	}

	/** Article embed: fewer sections; the URL is left alone. */
	get compact(): boolean {
		return this.#props().compact ?? false;
	}

	/** The tag of a section heading: `h2` on the calculator's page, `h3` in an article. */
	get H(): 'h2' | 'h3' {
		return this.compact ? 'h3' : 'h2';
	}

	/** The last view the model accepted. */
	get view(): V {
		return this.s.view;
	}

	get currency(): Currency {
		const { currency } = this.#options;
		return currency ? currency(this.s.inputs) : (this.s.inputs['currency'] as Currency);
	}

	/** The period length the reader chose, for calculators that let them. */
	get unit(): TimeUnit | undefined {
		const unit = this.s.inputs['unit'];
		return timeUnits.find((u) => u === unit);
	}

	/** The period select's change: converted (`changeUnit`), else set as it is. */
	switchUnit(unit: TimeUnit): void {
		if (this.unitChange) this.unitChange.switch(unit);
		else (this.s.inputs as Inputs)['unit'] = unit;
	}

	/**
	 * One row's two sides in the note after a change of unit: `write` of the inputs before and
	 * after. The columns name the units ("In years", "In months"), so the cells carry only the
	 * values, and the table fits a phone.
	 */
	sides(
		pair: { readonly before: I; readonly after: I },
		write: (inputs: I) => string
	): { before: string; after: string } {
		return { before: write(pair.before), after: write(pair.after) };
	}

	/** An input's name in a refusal: its label. */
	label(input: string): string {
		return labelOf(this.#options.fields ?? {}, this.labels, input);
	}

	#problem(): ProblemMessages {
		const problem = this.s.problem;
		const own = problem && this.#options.explain?.(problem, this);
		if (own === null) return { byInput: {} };
		const label = (input: string) => this.label(input);
		return problemMessages(problem, this.words, this.locale, this.currency, label, () => own);
	}
}

/**
 * A calculator component's state and words (see `CalculatorKit` for the arguments), mounted with
 * the component.
 */
export function useCalculator<I extends Inputs, V, M extends CalculatorMessages>(
	definition: CalculatorDefinition<I, V>,
	messages: CalculatorWords<M>,
	props: () => CalculatorProps,
	start: StartInputs<I>,
	...[options]: MoreArgs<I, V, M>
): CalculatorKit<I, V, M> {
	const calc = new CalculatorKit(
		definition,
		messages,
		props,
		start,
		useLocale(),
		options as CalculatorKitOptions<I, V, M> | undefined
	);
	onMount(() => calc.s.mount());
	return calc;
}
