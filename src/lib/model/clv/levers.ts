/**
 * What-if levers: which small improvement moves CLV most? The calculator shows them ranked.
 */
import { add, c, mul, sub, v, type Expr } from '../expr';
import { retentionClvFromSpend, type SpendRetentionClvInput } from './retention';
import {
	step,
	type ClvResult,
	type ClvStep,
	type DivergenceReason,
	type DivergentResult,
	type FiniteResult
} from './result';

/** The three levers: +1 percentage point of retention, +1 point of gross margin, −10% AC. */
export type LeverId =
	'retention-plus-one-point' | 'gross-margin-plus-one-point' | 'acquisition-cost-minus-ten-percent';

export const leverIds: readonly LeverId[] = [
	'retention-plus-one-point',
	'gross-margin-plus-one-point',
	'acquisition-cost-minus-ten-percent'
];

export interface LeversInput extends SpendRetentionClvInput {
	/** AC: acquisition cost paid now, money (required: one lever lowers it). */
	readonly acquisitionCost: number;
}

/**
 * A lever's effect: `finite` with the change in CLV (`delta`, money); `divergent` when the changed
 * inputs have no finite infinite-horizon value (e.g. retention pushed up to 1 + i), flagged rather
 * than given a number; `at-limit` when the input cannot move a full step (retention or margin
 * already above 99%).
 */
export type LeverOutcome =
	| {
			readonly kind: 'finite';
			readonly id: LeverId;
			readonly delta: number;
			readonly result: FiniteResult;
			readonly steps: readonly ClvStep[];
	  }
	| {
			readonly kind: 'divergent';
			readonly id: LeverId;
			readonly reason: DivergenceReason;
			readonly result: DivergentResult;
			readonly steps: readonly ClvStep[];
	  }
	| { readonly kind: 'at-limit'; readonly id: LeverId };

export interface LeversResult {
	/** CLV at the current inputs. */
	readonly base: ClvResult;
	/** Divergent levers first, then finite ones by gain (largest first), then those at a limit. */
	readonly levers: readonly LeverOutcome[];
}

const onePoint = 0.01;

/** The changed input of one lever and the step that shows it, or null at a limit. */
function applyLever(id: LeverId, x: LeversInput): { input: LeversInput; step: ClvStep } | null {
	const raise = (field: 'retention' | 'grossMargin', symbol: string) => {
		if (x[field] + onePoint > 1 + 1e-12) return null;
		const value = Math.min(1, x[field] + onePoint);
		const formula: Expr = add(v(symbol, x[field], 'rate'), c(onePoint));
		return { input: { ...x, [field]: value }, step: step('leverInput', formula, value) };
	};
	if (id === 'retention-plus-one-point') return raise('retention', 'r');
	if (id === 'gross-margin-plus-one-point') return raise('grossMargin', 'GM');
	const cost = x.acquisitionCost * 0.9;
	const formula = mul(v('AC', x.acquisitionCost, 'money'), c(0.9));
	return { input: { ...x, acquisitionCost: cost }, step: step('leverInput', formula, cost) };
}

function evaluateLever(id: LeverId, x: LeversInput, base: ClvResult): LeverOutcome {
	const applied = applyLever(id, x);
	if (applied === null) return { kind: 'at-limit', id };
	const result = retentionClvFromSpend(applied.input);
	if (result.kind === 'divergent') {
		return { kind: 'divergent', id, reason: result.reason, result, steps: [applied.step] };
	}
	if (base.kind === 'divergent') {
		// Unreachable: no lever lowers retention or raises the discount rate, so a divergent base
		// stays divergent. Kept so the types stay total.
		return { kind: 'divergent', id, reason: base.reason, result: base, steps: [applied.step] };
	}
	const delta = result.value - base.value;
	const formula = sub(v('CLV_1', result.value, 'money'), v('CLV_0', base.value, 'money'));
	return {
		kind: 'finite',
		id,
		delta,
		result,
		steps: [applied.step, step('leverDelta', formula, delta)]
	};
}

const rank = (lever: LeverOutcome) =>
	lever.kind === 'divergent' ? 0 : lever.kind === 'finite' ? 1 : 2;

/**
 * What-if levers on retention-based CLV: the change in CLV from one percentage point more
 * retention, one point more gross margin, or a 10% lower acquisition cost, ranked by size.
 *
 * Formulas: r′ = r + 0.01, GM′ = GM + 0.01 (m′ = S × GM′), AC′ = AC × 0.9; each ΔCLV = CLV₁ − CLV₀
 * with CLV as in `retentionClvFromSpend` at the same timing and horizon. Money for ΔCLV.
 *
 * Source: the sensitivity analysis of Gupta, Lehmann & Stuart, "Valuing Customers" (J. Marketing
 * Research, 2004), where 1% better retention moved firm value far more than 1% better margin or
 * acquisition cost. Code → symbols: as in `retentionClvFromSpend`; CLV_0 base, CLV_1 after.
 *
 * @example
 * const input = { spendPerPeriod: 400, grossMargin: 0.25, retention: 0.8, discountRate: 0.12 };
 * clvLevers({ ...input, timing: 'start-of-period', horizon: 'infinite', acquisitionCost: 50 })
 *   .levers.map((lever) => [lever.id, lever.kind === 'finite' ? lever.delta : lever.kind]);
 * //=> [['gross-margin-plus-one-point', 14], ['retention-plus-one-point', 11.29…],
 * //    ['acquisition-cost-minus-ten-percent', 5]]   (base CLV 350 − 50 = 300)
 */
export function clvLevers(input: LeversInput): LeversResult {
	const base = retentionClvFromSpend(input);
	const outcomes = leverIds.map((id) => evaluateLever(id, input, base));
	const levers = outcomes
		.map((lever, order) => ({ lever, order }))
		.sort((a, b) => {
			const byKind = rank(a.lever) - rank(b.lever);
			if (byKind !== 0) return byKind;
			if (a.lever.kind === 'finite' && b.lever.kind === 'finite') {
				if (b.lever.delta !== a.lever.delta) return b.lever.delta - a.lever.delta;
			}
			return a.order - b.order;
		})
		.map(({ lever }) => lever);
	return { base, levers };
}
