/**
 * A fair sensitivity analysis of retention-based CLV: the tornado chart's numbers.
 *
 * Levers that move inputs by unlike steps (one point of retention against 10% of acquisition cost)
 * rank the steps more than the inputs. Here every input moves the same way: either by the same
 * share of its own value (±10% by default), or each by a plausible step a manager could take (one
 * percentage point of a rate, a round amount of money). Retention moves through churn, 1 − r:
 * 10% of a 96% retention would pass 100%, while 10% less churn (4% → 3.6%) is a real target.
 */
import { convertDiscountRate, type TimeUnit } from '../time';
import { ModelInputError, requireDiscountRate, requireMoney, requireShare } from '../errors';
import { retentionClvFromSpend } from './retention';
import type { ClvResult } from './result';
import type { Horizon, RetentionTiming } from './timing';

/** The inputs a tornado moves, in their fixed order (which breaks ties). */
export type TornadoInputId = 'spend' | 'margin' | 'churn' | 'acquisition' | 'discount';

export const tornadoInputIds: readonly TornadoInputId[] = [
	'spend',
	'margin',
	'churn',
	'acquisition',
	'discount'
];

/** Inputs that are shares (moved by percentage points in the plausible-step mode). */
const rates: ReadonlySet<TornadoInputId> = new Set(['margin', 'churn', 'discount']);

export interface TornadoScenario {
	/** S: spend per period, money. */
	readonly spendPerPeriod: number;
	/** GM: gross margin, share of spend, 0 to 1. */
	readonly grossMargin: number;
	/** r: retention per period, 0 to 1 (the tornado moves churn, 1 − r). */
	readonly retention: number;
	/** d: discount rate per year, compounded to the period. */
	readonly annualDiscountRate: number;
	/** The period length of S, r and the horizon. */
	readonly unit: TimeUnit;
	/** AC: acquisition cost, money. */
	readonly acquisitionCost: number;
	readonly timing: RetentionTiming;
	/** N periods, or `'infinite'`. */
	readonly horizon: Horizon;
}

/**
 * How far each input moves, both ways: by the same `share` of its value (0.1 = ±10%), or by a
 * plausible step (`points` of a rate, default one percentage point; a round amount of money
 * near 5% of the value: `plausibleStep`).
 */
export type TornadoStep =
	| { readonly kind: 'relative'; readonly share: number }
	| { readonly kind: 'plausible'; readonly points?: number };

/** One end of a bar: the input moved down (`low`) or up (`high`). */
export interface TornadoEnd {
	/** The input's value there (churn for `churn`, the yearly rate for `discount`). */
	readonly value: number;
	/** CLV there, or null when it has no finite value (a divergent infinite sum). */
	readonly clv: number | null;
	/** CLV there minus the base CLV, or null. */
	readonly delta: number | null;
	/** The move was cut short by a limit (a share cannot pass 0% or 100%, money not below 0). */
	readonly limited: boolean;
}

export interface TornadoBar {
	readonly id: TornadoInputId;
	/** The input's current value. */
	readonly value: number;
	/** The size of the move asked for (a share of the value, points, or money). */
	readonly step: number;
	readonly low: TornadoEnd;
	readonly high: TornadoEnd;
	/** |CLV(high) − CLV(low)|; Infinity when an end has no finite value. */
	readonly swing: number;
}

export interface TornadoResult {
	/** CLV at the current inputs. */
	readonly base: ClvResult;
	/** Largest swing first (ties in `tornadoInputIds` order); empty when the base has no value. */
	readonly bars: readonly TornadoBar[];
}

/** The 1-2-5 series of round steps, log-nearest to a target. */
function roundNumber(target: number): number {
	if (!(target > 0)) return 0;
	const decade = 10 ** Math.floor(Math.log10(target));
	const candidates = [1, 2, 5, 10].map((k) => k * decade);
	let best = candidates[0]!;
	for (const c of candidates)
		if (Math.abs(Math.log(c / target)) < Math.abs(Math.log(best / target))) best = c;
	return best;
}

/**
 * The plausible step of an input: `points` (default 0.01, one percentage point) for the rates,
 * and for money a round amount (1, 2 or 5 × a power of ten) nearest to 5% of its value, e.g.
 * €2 on a spend of €40, €10 on an acquisition cost of €180.
 *
 * @example
 * plausibleStep('acquisition', 180) //=> 10
 * plausibleStep('churn', 0.04) //=> 0.01
 */
export function plausibleStep(id: TornadoInputId, value: number, points = 0.01): number {
	return rates.has(id) ? points : roundNumber(Math.abs(value) * 0.05);
}

/** The current value of each input, as the tornado moves it. */
function valueOf(id: TornadoInputId, s: TornadoScenario): number {
	switch (id) {
		case 'spend':
			return s.spendPerPeriod;
		case 'margin':
			return s.grossMargin;
		case 'churn':
			return 1 - s.retention;
		case 'acquisition':
			return s.acquisitionCost;
		case 'discount':
			return s.annualDiscountRate;
	}
}

/** The largest value each input may take (shares stop at 100%). */
const upper = (id: TornadoInputId) => (id === 'margin' || id === 'churn' ? 1 : Infinity);

function withValue(id: TornadoInputId, s: TornadoScenario, x: number): TornadoScenario {
	switch (id) {
		case 'spend':
			return { ...s, spendPerPeriod: x };
		case 'margin':
			return { ...s, grossMargin: x };
		case 'churn':
			return { ...s, retention: 1 - x };
		case 'acquisition':
			return { ...s, acquisitionCost: x };
		case 'discount':
			return { ...s, annualDiscountRate: x };
	}
}

/** CLV of a scenario under its timing and horizon, net of acquisition cost (the headline). */
export function tornadoClv(s: TornadoScenario): ClvResult {
	return retentionClvFromSpend({
		spendPerPeriod: s.spendPerPeriod,
		grossMargin: s.grossMargin,
		retention: s.retention,
		discountRate: convertDiscountRate(s.annualDiscountRate, 'year', s.unit).value,
		timing: s.timing,
		horizon: s.horizon,
		acquisitionCost: s.acquisitionCost
	});
}

function validate(s: TornadoScenario, step: TornadoStep): void {
	requireMoney('spendPerPeriod', s.spendPerPeriod);
	requireShare('grossMargin', s.grossMargin);
	requireShare('retention', s.retention);
	requireDiscountRate('annualDiscountRate', s.annualDiscountRate);
	if (s.annualDiscountRate < 0)
		throw new ModelInputError('annualDiscountRate', 'min', 'must be at least 0', { min: 0 });
	requireMoney('acquisitionCost', s.acquisitionCost);
	const [field, size, max] =
		step.kind === 'relative'
			? (['share', step.share, 0.9] as const)
			: (['points', step.points ?? 0.01, 0.5] as const);
	if (!(size > 0 && size <= max))
		throw new ModelInputError(field, 'range', `must be more than 0 and at most ${max}`, {
			min: 0,
			max
		});
}

/**
 * The tornado of CLV: for each input, CLV with the input moved down and up by the same kind of
 * step, everything else held, sorted by the swing between the two.
 *
 * Formulas: relative, x± = x(1 ± δ); plausible, x± = x ± p for rates (p points) and x ± a round
 * amount near 0.05x for money; shares are kept within 0–100%, money and the discount rate at 0 or
 * more (the end is then `limited`). Churn c = 1 − r moves in place of retention. Each end's CLV is
 * the headline formula (`retentionClvFromSpend`, same timing and horizon, net of AC), with the
 * yearly discount rate compounded to the period; swing = |CLV(x+) − CLV(x−)|.
 *
 * Source: one-at-a-time sensitivity (tornado diagrams) as used in decision analysis, e.g. Clemen &
 * Reilly, "Making Hard Decisions" (2001); the CLV formula of Gupta & Lehmann (2003).
 *
 * @example
 * const manager = { spendPerPeriod: 40, grossMargin: 0.7, retention: 0.96, annualDiscountRate: 0.1,
 *   unit: 'month', acquisitionCost: 180, timing: 'start-of-period', horizon: 'infinite' } as const;
 * clvTornado(manager, { kind: 'relative', share: 0.1 }).bars.map((b) => b.id)
 * //=> ['spend', 'margin', 'churn', 'acquisition', 'discount']
 * clvTornado(manager, { kind: 'plausible' }).bars[0].id
 * //=> 'churn' (one point of churn: CLV from €306.83 to €563.22)
 */
export function clvTornado(scenario: TornadoScenario, step: TornadoStep): TornadoResult {
	validate(scenario, step);
	const base = tornadoClv(scenario);
	if (base.kind !== 'finite') return { base, bars: [] };
	const end = (id: TornadoInputId, x: number, wanted: number): TornadoEnd => {
		const clv = tornadoClv(withValue(id, scenario, x));
		const value = clv.kind === 'finite' ? clv.value : null;
		return {
			value: x,
			clv: value,
			delta: value === null ? null : value - base.value,
			limited: Math.abs(x - wanted) > 1e-12
		};
	};
	const bars = tornadoInputIds.map((id, order): TornadoBar & { order: number } => {
		const value = valueOf(id, scenario);
		const size =
			step.kind === 'relative'
				? Math.abs(value) * step.share
				: plausibleStep(id, value, step.points);
		// within the limits, and 1 − 0.99 − 0.01 is 0, not 8.7e-18
		const clamp = (x: number) => (Math.abs(x) < 1e-12 ? 0 : Math.min(upper(id), Math.max(0, x)));
		const low = end(id, clamp(value - size), value - size);
		const high = end(id, clamp(value + size), value + size);
		const swing = low.clv === null || high.clv === null ? Infinity : Math.abs(high.clv - low.clv);
		return {
			id,
			value,
			step: step.kind === 'relative' ? step.share : size,
			low,
			high,
			swing,
			order
		};
	});
	// Equal swings (spend and margin both scale the margin) keep the fixed order, rounding aside.
	const same = (a: number, b: number) =>
		a === b || (Number.isFinite(a + b) && Math.abs(a - b) <= 1e-9 * Math.max(a, b));
	bars.sort((a, b) => (same(a.swing, b.swing) ? a.order - b.order : b.swing - a.swing));
	return { base, bars: bars.map(({ order: _order, ...bar }) => bar) };
}
