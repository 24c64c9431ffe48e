/**
 * The rule every calculator follows when the model refuses its inputs: the page keeps showing the
 * last result the model accepted, and says which input to change. Pure, so it is tested without a
 * browser; `CalculatorState` reads it from one `$derived`.
 */
import { fieldProblem, type FieldMap, type FieldProblem } from './field-problem';

export interface Outcome<V> {
	/** The view to show: for these inputs, or the last one the model accepted. */
	readonly view: V;
	/** Why the model refused these inputs (the view is then an earlier one). */
	readonly problem?: FieldProblem;
}

/**
 * A memo of the last accepted view. `read` is a function of the inputs and of what was read before
 * (that is the rule), so it belongs to one reader: the state's single derived outcome. Nothing
 * reactive is written; the memo is plain data no one observes.
 */
export class LastValid<I, V> {
	#last: V | undefined;

	/**
	 * @param compute everything the page shows; throws `ModelInputError` for refused inputs
	 * @param fields where each model field is entered
	 * @param fallback inputs the model accepts, for a refusal before any view was accepted
	 */
	constructor(
		private readonly compute: (inputs: I) => V,
		private readonly fields: FieldMap,
		private readonly fallback: () => I
	) {}

	/**
	 * The outcome for `inputs`. Errors that are not a `ModelInputError` are bugs and are rethrown.
	 *
	 * @example
	 * // root(x) throws ModelInputError('radicand', 'min', …) below zero
	 * const memo = new LastValid(root, { radicand: { input: 'x', kind: 'number' } }, () => 1);
	 * memo.read(4) //=> { view: 2 }
	 * memo.read(-1) //=> { view: 2, problem: { input: 'x', kind: 'min', … } }
	 */
	read(inputs: I): Outcome<V> {
		try {
			this.#last = this.compute(inputs);
			return { view: this.#last };
		} catch (error) {
			const problem = fieldProblem(error, this.fields);
			if (!problem) throw error;
			this.#last ??= this.compute(this.fallback());
			return { view: this.#last, problem };
		}
	}
}
