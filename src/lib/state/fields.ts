/**
 * A calculator's inputs, declared once. Each field says what it is (money, a share, a count, a
 * choice), its limits, its slider, and which model parameter it fills; everything else is generated
 * from that one declaration, so a limit is written in one place:
 *
 * - `schemaOf` → the URL schema the scenario codec checks share links and saved scenarios against;
 * - `fieldMapOf` → where each model field is entered, to put a model's refusal next to its input;
 * - `toModel` / `fromModel` → the inputs renamed to the model's parameters and back (presets);
 * - `numberProps` → the props of the `NumberField` that edits it (limits, slider, step).
 *
 * A field whose value reaches the model converted (a yearly rate used per month, years counted in
 * periods) declares no `model` name: the calculator's `modelInput` converts it with a named function.
 */
import { currencyCodes, type Currency } from '$lib/i18n/format';
import { timeUnits } from '$lib/model/time';
import type { FieldSpec as CodecSpec, Schema } from './codec';
import type { FieldMap, InputKind } from './field-problem';

/** A number read from a value (slider range and step may grow with what the reader typed). */
type Scaled = number | ((value: number) => number);

/** A field typed into a `NumberField`. Limits in model units (a share of 5% is 0.05). */
export interface NumberSpec {
	readonly kind: InputKind;
	readonly min: number;
	readonly max: number;
	/** Whole numbers only; counts are whole unless they say otherwise. */
	readonly integer?: boolean;
	/** The slider's range and step (display units, so 1 is one point on a percent field). */
	readonly slider?: { readonly min?: number; readonly max?: Scaled; readonly step?: Scaled };
	/** What the number counts, written after the box (`kit.fieldUnits`). */
	readonly unit?: 'years' | 'months';
	/** The model parameter this field fills unchanged. */
	readonly model?: string;
	/** Its key in the calculator's `fields` and `hints` messages, when not the input's key. */
	readonly label?: string;
	/** A change that must keep `base + change` within 0–100%: the field holding the base. */
	readonly upliftOf?: string;
	/** A change that must keep `base + change` at or above 0: the field holding the base. */
	readonly floorOf?: string;
	/**
	 * The value a saved scenario from before this field existed gets (see `FieldSpec.fallback` in
	 * `codec.ts`): a field added later keeps old saved scenarios loading.
	 */
	readonly fallback?: number;
}

/** A field chosen from a list (a select or radio buttons). */
export interface ChoiceSpec<V extends string = string> {
	readonly kind: 'choice';
	readonly values: readonly V[];
	readonly model?: string;
	readonly label?: string;
	/** As `NumberSpec.fallback`. */
	readonly fallback?: V;
}

export type FieldSpec = NumberSpec | ChoiceSpec;
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/**
 * The currency of a calculator: any ISO 4217 code the browser knows (`currencyCodes`), so links
 * with the site's first three (CNY, USD, EUR) still load.
 */
export const currencyField: ChoiceSpec<Currency> = {
	kind: 'choice',
	values: currencyCodes
};

/** The length of a period (month, quarter, year). */
export const timeUnitField: ChoiceSpec<(typeof timeUnits)[number]> = {
	kind: 'choice',
	values: timeUnits
};

/** The inputs a declaration describes: numbers, and choices typed by their values. */
export type InputsOf<F extends FieldSpecs> = {
	-readonly [K in keyof F]: F[K] extends ChoiceSpec<infer V> ? V : number;
};

/** The keys of a declaration's number fields. */
export type NumberKey<F extends FieldSpecs> = {
	[K in keyof F]: F[K] extends NumberSpec ? K : never;
}[keyof F] &
	string;

/** The keys of the fields that fill a model parameter unchanged. */
export type ModelledKey<F extends FieldSpecs> = {
	[K in keyof F]: F[K] extends { readonly model: string } ? K : never;
}[keyof F];

/** The model parameters the fields fill unchanged, with their values. */
export type ModelOf<F extends FieldSpecs> = {
	-readonly [
		K in keyof F as F[K] extends { readonly model: infer M extends string } ? M : never
	]: F[K] extends ChoiceSpec<infer V> ? V : number;
};

/**
 * Declares a calculator's fields, keeping their literal types (model names, choice values) so
 * `InputsOf` and `ModelOf` can be read off the declaration.
 */
export const defineFields = <const F extends FieldSpecs>(fields: F): F => fields;

const isChoice = (spec: FieldSpec): spec is ChoiceSpec => spec.kind === 'choice';

/**
 * The URL schema of a declaration.
 *
 * @example
 * schemaOf({ years: { kind: 'count', min: 1, max: 60 } })
 * //=> { years: { kind: 'number', min: 1, max: 60, integer: true } }
 */
export function schemaOf<F extends FieldSpecs>(fields: F): Schema<InputsOf<F>> {
	const schema: Record<string, CodecSpec> = {};
	for (const [key, spec] of Object.entries(fields)) {
		const fallback = spec.fallback === undefined ? {} : { fallback: spec.fallback };
		schema[key] = isChoice(spec)
			? { kind: 'enum', values: spec.values, ...fallback }
			: { kind: 'number', min: spec.min, max: spec.max, integer: isInteger(spec), ...fallback };
	}
	return schema as Schema<InputsOf<F>>;
}

const isInteger = (spec: NumberSpec) => spec.integer ?? spec.kind === 'count';

/**
 * Where each model parameter is entered, for `fieldProblem`. `extra` names the inputs of model
 * parameters the calculator converts itself (e.g. `{ discountRate: 'discount' }`).
 */
export function fieldMapOf(
	fields: FieldSpecs,
	extra: Readonly<Record<string, string>> = {}
): FieldMap {
	const map: Record<string, FieldMap[string]> = {};
	const add = (model: string, input: string) => {
		const spec = fields[input];
		if (!spec || isChoice(spec)) return;
		const { kind, upliftOf, floorOf } = spec;
		map[model] = { input, kind, ...(upliftOf && { upliftOf }), ...(floorOf && { floorOf }) };
	};
	for (const [input, spec] of Object.entries(fields)) if (spec.model) add(spec.model, input);
	for (const [model, input] of Object.entries(extra)) add(model, input);
	return map;
}

/**
 * The inputs renamed to the model's parameters (only the fields that declare `model`).
 *
 * @example
 * toModel({ margin: { kind: 'percent', min: 0, max: 1, model: 'grossMargin' } }, { margin: 0.3 })
 * //=> { grossMargin: 0.3 }
 */
export function toModel<F extends FieldSpecs>(fields: F, inputs: InputsOf<F>): ModelOf<F> {
	const model: Record<string, unknown> = {};
	for (const [key, spec] of Object.entries(fields)) if (spec.model) model[spec.model] = inputs[key];
	return model as ModelOf<F>;
}

/** The reverse of `toModel`: a model's parameters (e.g. a preset's) as inputs. */
export function fromModel<F extends FieldSpecs>(
	fields: F,
	model: ModelOf<F>
): Pick<InputsOf<F>, ModelledKey<F>> {
	const inputs: Record<string, unknown> = {};
	const values = model as Record<string, unknown>;
	for (const [key, spec] of Object.entries(fields))
		if (spec.model) inputs[key] = values[spec.model];
	return inputs as Pick<InputsOf<F>, ModelledKey<F>>;
}

/** The `NumberField` props of a field at its current value (limits, slider range and step). */
export function numberProps(spec: NumberSpec, value: number) {
	const read = (x: Scaled | undefined) => (typeof x === 'function' ? x(value) : x);
	return {
		kind: spec.kind,
		min: spec.min,
		max: spec.max,
		integer: isInteger(spec),
		sliderMin: spec.slider?.min ?? spec.min,
		sliderMax: read(spec.slider?.max) ?? spec.max,
		step: read(spec.slider?.step) ?? (spec.kind === 'percent' ? 0.5 : 1)
	};
}
