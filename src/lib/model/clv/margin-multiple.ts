/**
 * The margin multiple: how many periods' margins a customer is worth today.
 */
import { div, sum } from '../expr';
import { finite, step, type ClvResult } from './result';
import { requireDiscountRate, requireRepresentable, requireShare } from '../errors';
import {
	closedNumerator,
	denominatorExpr,
	divergenceSteps,
	periodRange,
	requireTimingAndHorizon,
	retentionSymbols,
	termExpr,
	weightAt,
	type Horizon,
	type RetentionTiming
} from './timing';

export interface MarginMultipleInput {
	/** r: share of customers kept from one period to the next, 0 to 1. */
	readonly retention: number;
	/** i: discount rate per period, more than −1. */
	readonly discountRate: number;
	/** When margins arrive; see `timing.ts`. */
	readonly timing: RetentionTiming;
	/** N periods, or `'infinite'`. */
	readonly horizon: Horizon;
}

/**
 * Margin multiple: the present value of a customer's future margins per unit of margin, so that
 * CLV = m × multiple. It depends only on retention, discount rate and timing.
 *
 * Formulas (r retention and i discount per period; N periods):
 * - start of period (first margin now): Σ_{t=0}^{N−1} (r/(1+i))^t → (1+i)/(1+i−r) as N → ∞;
 * - end of period survived: Σ_{t=1}^{N} (r/(1+i))^t → r/(1+i−r) (Gupta & Lehmann's multiple);
 * - end of period, first certain: Σ_{t=1}^{N} r^(t−1)/(1+i)^t → 1/(1+i−r).
 * The infinite horizon has no finite value when r ≥ 1 + i; the result is then `divergent`.
 *
 * Source: Gupta & Lehmann, "Customers as Assets", J. Interactive Marketing 17(1), 2003, Table 1;
 * Fader & Hardie, "Reconciling and Clarifying CLV Formulas", 2012.
 * Code → symbols: retention = r, discountRate = i, horizon = N.
 *
 * @example
 * const rates = { retention: 0.8, discountRate: 0.12 };
 * marginMultiple({ ...rates, timing: 'end-of-period', horizon: 'infinite' })
 * //=> { kind: 'finite', value: 2.5, steps: [{ id: 'marginMultiple', … }] }
 */
export function marginMultiple(input: MarginMultipleInput): ClvResult {
	const { retention: r, discountRate: i, timing, horizon } = input;
	requireShare('retention', r);
	requireDiscountRate('discountRate', i);
	requireTimingAndHorizon(timing, horizon);
	const s = retentionSymbols(r, i);
	if (horizon === 'infinite') {
		const denominator = 1 + i - r;
		if (denominator <= 0) {
			return {
				kind: 'divergent',
				reason: 'retention-not-below-one-plus-discount',
				steps: divergenceSteps(s, r, i)
			};
		}
		const numerator = closedNumerator(timing, s, r, i);
		const value = numerator.value / denominator;
		return finite([step('marginMultiple', div(numerator.expr, denominatorExpr(s)), value)]);
	}
	const { from, to } = periodRange(timing, horizon);
	let value = 0;
	for (let t = from; t <= to; t++) value += weightAt(timing, r, i, t);
	requireRepresentable('horizon', value);
	return finite([step('marginMultiple', sum('t', from, to, termExpr(timing, s)), value)]);
}
