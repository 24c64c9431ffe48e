/**
 * The sBG model's three basic curves: the chance a customer is lost in period t, the share still
 * active after t periods, and the period-to-period retention rate.
 *
 * Timing (Fader & Hardie 2007): a customer signs up at time 0 and at the end of each period either
 * renews or leaves. T is the period in which the customer is lost (T = 1: never renews). S(t) is the
 * share still active at time t, that is after t renewal decisions; S(0) = 1. With churn
 * probabilities θ ~ beta(α, β) across customers:
 *
 * - P(T = t) = B(α + 1, β + t − 1) / B(α, β)   (eq. 4 of the paper)
 * - S(t)     = B(α, β + t) / B(α, β)           (eq. 5)
 * - r_t      = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1)   (eq. 6)
 *
 * r_t rises with t: the customers who are left are, more and more, the ones with a small θ. The beta
 * functions cancel period by period, so every quantity here is computed by the recursions
 * S(t) = S(t − 1)·r_t and P(T = t) = S(t − 1)·(1 − r_t), exact in floating point and free of special
 * functions.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", Journal of Interactive
 * Marketing 21(1), 76–90.
 */
import { requireInteger } from '../errors';
import { add, c, div, mul, v, type Step } from '../expr';
import { MAX_HORIZON, requireParams, type SbgParams } from './params';

/** A quantity at one period with the steps that show it with the user's numbers. */
export interface PeriodValue {
	readonly value: number;
	readonly steps: readonly Step[];
}

/** r_t without validation, for the inner loops. */
export const retentionAt = (alpha: number, beta: number, t: number): number =>
	(beta + t - 1) / (alpha + beta + t - 1);

/** The step 'sbg.retention': r_t = (β + t − 1)/(α + β + t − 1). */
function retentionStep({ alpha, beta }: SbgParams, t: number): Step {
	const a = v('α', alpha);
	const b = v('β', beta);
	const shift = t - 1;
	const num = shift === 0 ? b : add(b, c(shift));
	const den = shift === 0 ? add(a, b) : add(a, b, c(shift));
	return { id: 'sbg.retention', formula: div(num, den), value: retentionAt(alpha, beta, t) };
}

/**
 * Retention rate r_t: the share of customers active at time t − 1 who renew at time t.
 *
 * r_t = (β + t − 1)/(α + β + t − 1), for t = 1, 2, … (Fader & Hardie 2007, eq. 6).
 *
 * @example
 * retentionRate({ alpha: 0.7041, beta: 1.182 }, 1).value //=> 0.6267… (1.182 / 1.8861)
 */
export function retentionRate(params: SbgParams, t: number): PeriodValue {
	requireParams(params);
	requireInteger('t', t, 1, MAX_HORIZON);
	const step = retentionStep(params, t);
	return { value: step.value, steps: [step] };
}

/**
 * Survival S(t): the share of a starting cohort still active after t renewal decisions.
 *
 * S(t) = B(α, β + t)/B(α, β) = Π_{k=1..t} r_k; S(0) = 1 (Fader & Hardie 2007, eq. 5). Steps: the
 * last retention rate r_t ('sbg.retention') and S(t) = S(t − 1)·r_t ('sbg.survival').
 *
 * @example
 * survival({ alpha: 0.7041, beta: 1.182 }, 7).value //=> 0.2438… (the regular customers, year 7)
 */
export function survival(params: SbgParams, t: number): PeriodValue {
	requireParams(params);
	requireInteger('t', t, 0, MAX_HORIZON);
	if (t === 0) return { value: 1, steps: [{ id: 'sbg.survival', formula: c(1), value: 1 }] };
	const previous = survivalCurve(params, t - 1)[t - 1]!;
	const retention = retentionStep(params, t);
	const value = previous * retention.value;
	const formula = mul(v(`S_${t - 1}`, previous, 'rate'), v(`r_${t}`, retention.value, 'rate'));
	return { value, steps: [retention, { id: 'sbg.survival', formula, value }] };
}

/**
 * Probability P(T = t) that a new customer is lost in period t, i.e. renews t − 1 times and then
 * leaves.
 *
 * P(T = t) = B(α + 1, β + t − 1)/B(α, β) = S(t − 1)·α/(α + β + t − 1), for t = 1, 2, …
 * (Fader & Hardie 2007, eq. 4; α/(α + β + t − 1) = 1 − r_t). Step 'sbg.churnProbability'.
 *
 * @example
 * churnProbability({ alpha: 0.7041, beta: 1.182 }, 1).value //=> 0.3733… (0.7041 / 1.8861)
 */
export function churnProbability(params: SbgParams, t: number): PeriodValue {
	requireParams(params);
	requireInteger('t', t, 1, MAX_HORIZON);
	const { alpha, beta } = params;
	const previous = survivalCurve(params, t - 1)[t - 1]!;
	const value = (previous * alpha) / (alpha + beta + t - 1);
	const a = v('α', alpha);
	const den = t === 1 ? add(a, v('β', beta)) : add(a, v('β', beta), c(t - 1));
	const formula = mul(v(`S_${t - 1}`, previous, 'rate'), div(a, den));
	return { value, steps: [{ id: 'sbg.churnProbability', formula, value }] };
}

/**
 * S(0), S(1), …, S(horizon) in one pass (horizon + 1 numbers), for charts and projections.
 *
 * @example
 * survivalCurve({ alpha: 1, beta: 1 }, 3) //=> [1, 0.5, 0.3333…, 0.25] (S(t) = 1/(t + 1))
 */
export function survivalCurve(params: SbgParams, horizon: number): number[] {
	requireParams(params);
	requireInteger('horizon', horizon, 0, MAX_HORIZON);
	const curve = [1];
	for (let t = 1; t <= horizon; t++)
		curve.push(curve[t - 1]! * retentionAt(params.alpha, params.beta, t));
	return curve;
}

/**
 * r_1, …, r_horizon (horizon numbers; index k holds r_{k+1}), for charts.
 *
 * @example
 * retentionCurve({ alpha: 1, beta: 1 }, 3) //=> [0.5, 0.6667…, 0.75] (r_t = t/(t + 1))
 */
export function retentionCurve(params: SbgParams, horizon: number): number[] {
	requireParams(params);
	requireInteger('horizon', horizon, 0, MAX_HORIZON);
	return Array.from({ length: horizon }, (_, k) => retentionAt(params.alpha, params.beta, k + 1));
}
