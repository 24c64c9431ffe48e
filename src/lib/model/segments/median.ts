/**
 * The median of a list of numbers, with the step that shows which middle value(s) it came from.
 */
import { add, c, div, v, type Expr, type Step, type ValueFormat } from '../expr';
import { ModelInputError } from '../errors';

/**
 * Median: the middle value after sorting (the mean of the two middle values for an even count).
 * Half the customers lie at or below it, which makes it a fair default threshold for "high" and
 * "low" that extreme customers cannot drag around the way they drag a mean.
 *
 * `name` is the symbol of the quantity (e.g. `n` for transactions); the step's formula names the
 * order statistics `n_(k)`.
 *
 * @example
 * median('segments.threshold.transactions', 'n', [5, 1, 3, 2], 'count')
 * //=> { value: 2.5, step: { formula: (n_(2) + n_(3)) / 2, ... } }
 */
export function median(
	id: string,
	name: string,
	values: readonly number[],
	format: ValueFormat
): { readonly value: number; readonly step: Step } {
	if (values.length === 0) throw new ModelInputError(name, 'nonEmpty', 'needs at least one value');
	const sorted = Float64Array.from(values).sort(); // numeric order, faster than a comparator
	const middle = Math.floor(sorted.length / 2);
	let formula: Expr;
	let value: number;
	if (sorted.length % 2 === 1) {
		value = sorted[middle]!;
		formula = v(`${name}_(${middle + 1})`, value, format);
	} else {
		const lower = sorted[middle - 1]!;
		const upper = sorted[middle]!;
		value = (lower + upper) / 2;
		formula = div(
			add(v(`${name}_(${middle})`, lower, format), v(`${name}_(${middle + 1})`, upper, format)),
			c(2)
		);
	}
	return { value, step: { id, formula, value } };
}
