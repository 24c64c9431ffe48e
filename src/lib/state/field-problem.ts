/**
 * Maps a model's `ModelInputError` (field, rule, limits) to the calculator input it concerns, so the
 * page can say next to that field, in its own language, what to change, while the last valid result
 * stays on screen. `fieldMapOf` (fields.ts) builds the map from a calculator's field declaration.
 */
import { ModelInputError } from '$lib/model/errors';

/** How an input is typed and shown, to format its limits. */
export type InputKind = 'money' | 'percent' | 'count' | 'number';

/**
 * Where a model field is entered: the calculator input's key, how it is shown, and for a change
 * that must keep `base + change` within 0–100% (a retention or conversion uplift), the input
 * holding the base.
 */
export interface FieldTarget {
	readonly input: string;
	readonly kind: InputKind;
	readonly upliftOf?: string;
	/** For a change that must keep `base + change` at or above 0 (a rate with no upper cap). */
	readonly floorOf?: string;
}

export type FieldMap = Readonly<Record<string, FieldTarget>>;

export interface FieldProblem {
	/** The calculator input to show the message next to, or '' when none fits. */
	readonly input: string;
	/**
	 * `uplift`: base + change would leave 0–100%; `floor`: base + change would fall below 0; the
	 * others as `InputRule`.
	 */
	readonly kind: 'uplift' | 'floor' | 'range' | 'min' | 'max' | 'integer' | 'other';
	readonly format: InputKind;
	/** The input holding the base of an uplift. */
	readonly base?: string;
	readonly min?: number;
	readonly max?: number;
}

/**
 * What a thrown error means for the inputs, or `undefined` when it is not a `ModelInputError` (a
 * bug, to be rethrown).
 *
 * @example
 * const map = { retentionUplift: { input: 'uplift', kind: 'percent', upliftOf: 'retention' } };
 * fieldProblem(new ModelInputError('retentionUplift', 'range', '…', { min: -0.9, max: 0.1 }), map)
 * //=> { input: 'uplift', kind: 'uplift', format: 'percent', base: 'retention', min: -0.9, max: 0.1 }
 */
export function fieldProblem(error: unknown, fields: FieldMap): FieldProblem | undefined {
	if (!(error instanceof ModelInputError)) return undefined;
	const target = fields[error.field];
	const limits = { min: error.min, max: error.max };
	if (!target) return { input: '', kind: 'other', format: 'number', ...limits };
	const { input, kind: format, upliftOf, floorOf } = target;
	if (upliftOf && error.rule === 'range') {
		return { input, kind: 'uplift', format, base: upliftOf, ...limits };
	}
	if (floorOf && error.rule === 'range' && error.min !== undefined && error.min <= 0) {
		return { input, kind: 'floor', format, base: floorOf, ...limits };
	}
	const rule = error.rule;
	const kind = rule === 'range' || rule === 'min' || rule === 'max' || rule === 'integer';
	return { input, kind: kind ? rule : 'other', format, ...limits };
}
