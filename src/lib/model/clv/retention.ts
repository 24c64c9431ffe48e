/**
 * Retention-based CLV: a constant margin per period, earned only while the customer stays.
 */
import { div, mul, sum, v } from '../expr';
import { closingSteps, finite, step, type ClvResult } from './result';
import { marginMultiple } from './margin-multiple';
import { requireMoney, requireRepresentable, requireShare } from '../errors';
import {
	closedNumerator,
	denominatorExpr,
	periodRange,
	retentionSymbols,
	termExpr,
	type Horizon,
	type RetentionTiming
} from './timing';

export interface RetentionClvInput {
	/** m: margin per period while the customer stays, money (spend × gross margin). */
	readonly margin: number;
	/** r: share of customers kept from one period to the next, 0 to 1. */
	readonly retention: number;
	/** i: discount rate per period, more than −1. */
	readonly discountRate: number;
	/** When margins arrive; see `timing.ts`. */
	readonly timing: RetentionTiming;
	/** N periods (the sum), or `'infinite'` (the closed form). */
	readonly horizon: Horizon;
	/** AC: acquisition cost paid now, money; when given, the result is net of it. */
	readonly acquisitionCost?: number;
}

/**
 * Retention-based CLV: the expected present value of the margins of a customer who stays each
 * period with probability r, optionally net of the cost of acquiring them.
 *
 * Formulas (m money per period, r retention and i discount rate per period, AC money now):
 * - start of period, first margin now: Σ_{t=0}^{N−1} m(r/(1+i))^t; infinite: m(1+i)/(1+i−r);
 * - end of period survived: Σ_{t=1}^{N} m(r/(1+i))^t; infinite: m·r/(1+i−r) (Gupta & Lehmann);
 * - end of period, first certain: Σ_{t=1}^{N} m·r^(t−1)/(1+i)^t; infinite: m/(1+i−r);
 * then CLV = PV − AC when an acquisition cost is given. The infinite horizon with r ≥ 1 + i has no
 * finite value and returns `divergent`.
 *
 * Source: Gupta & Lehmann, "Customers as Assets" (2003); Fader & Hardie, "Reconciling and
 * Clarifying CLV Formulas" (2012). Code → symbols: margin = m, retention = r,
 * discountRate = i, horizon = N, acquisitionCost = AC.
 *
 * @example
 * const rates = { retention: 0.8, discountRate: 0.12 };
 * retentionClv({ margin: 100, ...rates, timing: 'start-of-period', horizon: 'infinite' }).value
 * //=> 350 (100 × (1 + 0.12) / (1 + 0.12 − 0.8))
 */
export function retentionClv(input: RetentionClvInput): ClvResult {
	const { margin, retention: r, discountRate: i, timing, horizon, acquisitionCost } = input;
	requireMoney('margin', margin);
	if (acquisitionCost !== undefined) requireMoney('acquisitionCost', acquisitionCost);
	const multiple = marginMultiple({ retention: r, discountRate: i, timing, horizon });
	if (multiple.kind === 'divergent') return multiple;
	const s = retentionSymbols(r, i);
	const m = v('m', margin, 'money');
	if (horizon === 'infinite') {
		const numerator = closedNumerator(timing, s, r, i);
		const den = denominatorExpr(s);
		const formula = timing === 'end-first-certain' ? div(m, den) : div(mul(m, numerator.expr), den);
		const value = (margin * numerator.value) / (1 + i - r);
		return finite([...multiple.steps, ...closingSteps(formula, value, acquisitionCost)]);
	}
	const { from, to } = periodRange(timing, horizon);
	const formula = sum('t', from, to, termExpr(timing, s, m));
	const value = margin * multiple.value;
	requireRepresentable('horizon', value);
	return finite([...multiple.steps, ...closingSteps(formula, value, acquisitionCost)]);
}

export interface SpendRetentionClvInput extends Omit<RetentionClvInput, 'margin'> {
	/** S: spend per period while the customer stays, money. */
	readonly spendPerPeriod: number;
	/** GM: gross margin, the share of spend kept, 0 to 1. */
	readonly grossMargin: number;
}

/**
 * {@link retentionClv} with the margin derived from spend: m = S × GM, shown as a first
 * `marginPerPeriod` step. This is the form the calculator and the what-if levers use, since a
 * gross-margin lever needs S and GM apart.
 *
 * Formula: m = S × GM (money per period), then CLV as in {@link retentionClv}.
 * Source: as {@link retentionClv}. Code → symbols: spendPerPeriod = S, grossMargin = GM.
 *
 * @example
 * const rates = { retention: 0.8, discountRate: 0.12 };
 * const spend = { spendPerPeriod: 400, grossMargin: 0.25 };
 * retentionClvFromSpend({ ...spend, ...rates, timing: 'end-of-period', horizon: 'infinite' }).value
 * //=> 250 (m = 400 × 0.25 = 100)
 */
export function retentionClvFromSpend(input: SpendRetentionClvInput): ClvResult {
	const { spendPerPeriod, grossMargin, ...rest } = input;
	requireMoney('spendPerPeriod', spendPerPeriod);
	requireShare('grossMargin', grossMargin);
	const margin = spendPerPeriod * grossMargin;
	const marginStep = step(
		'marginPerPeriod',
		mul(v('S', spendPerPeriod, 'money'), v('GM', grossMargin, 'rate')),
		margin
	);
	const result = retentionClv({ ...rest, margin });
	return { ...result, steps: [marginStep, ...result.steps] };
}
