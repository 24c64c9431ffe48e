/** Pieces of the note after a change of unit (`UnitChangeNote`) that calculators build alike. */

/**
 * Which way a result moved after a change of unit, counted in the new unit; `null` (the model
 * refused one side) and a change under half a cent count as no move.
 *
 * @example
 * movement(100, 120) //=> 'higher'
 * movement(100, null) //=> 'same'
 */
export function movement(was: number | null, now: number | null): 'higher' | 'lower' | 'same' {
	if (was === null || now === null || Math.abs(now - was) < 0.005) return 'same';
	return now > was ? 'higher' : 'lower';
}

/**
 * The model's figure for some inputs, or `null` where the model refuses them.
 *
 * @example
 * orNull(() => computePoints(inputs).result.netEffect)
 */
export function orNull(figure: () => number): number | null {
	try {
		return figure();
	} catch {
		return null;
	}
}
