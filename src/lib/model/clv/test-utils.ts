/**
 * An assertion of the CLV specs (test code only; not exported from the model's index). The
 * assertions every model spec uses are in `../testing`.
 */
import type { ClvResult } from './result';

/** The value of a result that must be finite (fails the test otherwise). */
export function finiteValue(result: ClvResult): number {
	if (result.kind !== 'finite') throw new Error(`expected a finite result, got ${result.reason}`);
	return result.value;
}
