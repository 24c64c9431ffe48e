/**
 * What every CLV formula returns: a value with the steps that produced it, or, when the inputs have
 * no finite answer, the reason and the steps that show why. Never `Infinity`, never `NaN`.
 */
import { paren, sub, v, type Expr, type Step } from '../expr';

/**
 * Step ids used by the CLV formulas. The UI translates them ("CLV", "margin multiple", …).
 *
 * - `marginPerPeriod`: m = S × GM, gross margin earned per period from spend S.
 * - `lifetimeRevenue`: spend or purchases summed over the relationship, undiscounted.
 * - `lifetimeMargin`: margin summed over the relationship, undiscounted.
 * - `marginMultiple`: the number that multiplies m to give the present value (e.g. r/(1+i−r)).
 * - `presentValue`: present value of the margins, before acquisition cost.
 * - `clv`: the headline value (net of acquisition cost when one is given).
 * - `discountedRetention`: q = r/(1+i), how much each period's discounted expected margin keeps of
 *   the previous one; shown when q ≥ 1 makes the infinite sum diverge.
 * - `closedFormDenominator`: 1 + i − r, ≤ 0 exactly when the infinite sum diverges.
 * - `leverInput`, `leverDelta`: the changed input of a what-if lever, and the change in CLV.
 */
export type ClvStepId =
	| 'marginPerPeriod'
	| 'lifetimeRevenue'
	| 'lifetimeMargin'
	| 'marginMultiple'
	| 'presentValue'
	| 'clv'
	| 'discountedRetention'
	| 'closedFormDenominator'
	| 'leverInput'
	| 'leverDelta';

/** A step of a CLV computation; `id` is one of {@link ClvStepId}. */
export interface ClvStep extends Step {
	readonly id: ClvStepId;
}

export interface FiniteResult {
	readonly kind: 'finite';
	readonly value: number;
	readonly steps: readonly ClvStep[];
}

/** Why a quantity has no finite value. */
export type DivergenceReason = 'retention-not-below-one-plus-discount';

export interface DivergentResult {
	readonly kind: 'divergent';
	readonly reason: DivergenceReason;
	readonly steps: readonly ClvStep[];
}

export type ClvResult = FiniteResult | DivergentResult;

export const step = (id: ClvStepId, formula: Expr, value: number): ClvStep => ({
	id,
	formula,
	value
});

/** A finite result whose value is that of its last step. */
export function finite(steps: readonly ClvStep[]): FiniteResult {
	const last = steps[steps.length - 1];
	if (last === undefined) throw new Error('a result needs at least one step');
	return { kind: 'finite', value: last.value, steps };
}

/**
 * The closing steps of a formula: with no acquisition cost, one `clv` step showing the present
 * value; with one (even 0), a `presentValue` step and a `clv` step `PV − AC`, both written in full.
 */
export function closingSteps(
	presentValue: Expr,
	value: number,
	acquisitionCost: number | undefined
): ClvStep[] {
	if (acquisitionCost === undefined) return [step('clv', presentValue, value)];
	const grouped =
		presentValue.op === 'sum' || presentValue.op === 'add' || presentValue.op === 'sub'
			? paren(presentValue)
			: presentValue;
	return [
		step('presentValue', presentValue, value),
		step('clv', sub(grouped, v('AC', acquisitionCost, 'money')), value - acquisitionCost)
	];
}
