/**
 * Horizon totals of the referral model and the steps that show their arithmetic.
 */
import { add, div, mul, paren, sub, v, type Step } from '../expr';
import { averageAcquisitionCostStep } from './average-cost';
import { headCountOf, sameReferring, type HeadCount } from './head-count';
import type { ResolvedReferralParams } from './params';
import type { ReferralSeries, SourceSeries } from './series';
import { viralCoefficient, type ViralCoefficient } from './viral';

/** One number per source; see {@link SourceSeries}. */
export interface SourceTotals {
	readonly direct: number;
	readonly upsell: number;
	readonly crossSell: number;
	readonly referral: number;
}

/** Total value ÷ the first customers' own value, or why it has none (own value ≤ 0). */
export type ValueMultiplier =
	| { readonly kind: 'finite'; readonly value: number; readonly steps: readonly Step[] }
	| { readonly kind: 'undefined'; readonly reason: 'noOwnValue'; readonly steps: readonly Step[] };

export interface ReferralTotals {
	/** Revenue over the horizon by source (not discounted). */
	readonly revenue: SourceTotals;
	/** Gross margin (m × revenue) by source, discounted to period 0. */
	readonly discountedMargin: SourceTotals;
	/** Acquisition cost of the first customers (paid at period 0, so not discounted). */
	readonly acquisitionCost: number;
	/** Referral rewards paid, discounted to period 0. */
	readonly rewards: number;
	/** V_own: discounted margin of the first customers' own purchases (before acquisition cost). */
	readonly ownValue: number;
	/** V_referral: discounted margin of everything referred customers buy, minus rewards. */
	readonly referralValue: number;
	/** Net present value of the whole chain: V_own + V_referral − acquisition cost. */
	readonly totalValue: number;
	/** (V_own + V_referral) / V_own. */
	readonly valueMultiplier: ValueMultiplier;
	/** Expected customers acquired within the horizon, first customers included. */
	readonly customersAcquired: number;
	/** Expected referred customers acquired within the horizon. */
	readonly referredCustomers: number;
	/** (acquisition cost + rewards) ÷ customers acquired, over the horizon. */
	readonly averageAcquisitionCost: number;
}

export interface ViralSummary {
	readonly first: ViralCoefficient;
	readonly referred: ViralCoefficient;
	/** Customers ever acquired over all time: N₀/(1 − K), or why it is unbounded. */
	readonly headCount: HeadCount;
}

export interface ReferralSummary {
	readonly totals: ReferralTotals;
	readonly viral: ViralSummary;
	/** Headline steps: K, per-cycle K, 1/(1 − K), total customers, values, multiplier, cost. */
	readonly steps: readonly Step[];
}

function sumSources(series: SourceSeries, margin: number, discount: Float64Array | null) {
	const totals = { direct: 0, upsell: 0, crossSell: 0, referral: 0 };
	for (let t = 0; t < series.direct.length; t++) {
		const factor = discount === null ? margin : margin * discount[t]!;
		totals.direct += series.direct[t]! * factor;
		totals.upsell += series.upsell[t]! * factor;
		totals.crossSell += series.crossSell[t]! * factor;
		totals.referral += series.referral[t]! * factor;
	}
	return totals;
}

function discountedSum(values: Float64Array, discount: Float64Array): number {
	let total = 0;
	for (let t = 0; t < values.length; t++) total += values[t]! * discount[t]!;
	return total;
}

function multiplierOf(own: Step, referral: Step): ValueMultiplier {
	const value = (own.value + referral.value) / own.value;
	// own value ≤ 0, or so close to 0 (a denormal) that the ratio overflows: no multiplier
	if (!(own.value > 0) || !Number.isFinite(value)) {
		return { kind: 'undefined', reason: 'noOwnValue', steps: [] };
	}
	const vOwn = v('V_own', own.value, 'money');
	const vReferral = v('V_referral', referral.value, 'money');
	const formula = div(paren(add(vOwn, vReferral)), vOwn);
	return { kind: 'finite', value, steps: [{ id: 'referral.valueMultiplier', formula, value }] };
}

/** Value steps: V_own, V_referral, total value (NPV) and the value multiplier. */
function valueSteps(p: ResolvedReferralParams, margin: SourceTotals, rewards: number) {
	const own: Step = {
		id: 'referral.ownValue',
		formula: add(
			v('M_direct', margin.direct, 'money'),
			v('M_upsell', margin.upsell, 'money'),
			v('M_cross', margin.crossSell, 'money')
		),
		value: margin.direct + margin.upsell + margin.crossSell
	};
	const referral: Step = {
		id: 'referral.referralValue',
		formula: sub(v('M_referral', margin.referral, 'money'), v('C_reward', rewards, 'money')),
		value: margin.referral - rewards
	};
	const acquisition = p.initialCustomers * p.acquisitionCost;
	const total: Step = {
		id: 'referral.totalValue',
		formula: sub(
			add(v('V_own', own.value, 'money'), v('V_referral', referral.value, 'money')),
			mul(v('N_0', p.initialCustomers, 'count'), v('A', p.acquisitionCost, 'money'))
		),
		value: own.value + referral.value - acquisition
	};
	return { own, referral, total, multiplier: multiplierOf(own, referral) };
}

function viralSummary(p: ResolvedReferralParams): ViralSummary & { cycleSteps: readonly Step[] } {
	const headCount = headCountOf(p);
	const same = sameReferring(p);
	const first = viralCoefficient(p.first, p.lag, same ? '' : '0');
	const referred = viralCoefficient(p.referred, p.lag, same ? '' : 'r');
	const cycleSteps = same
		? first.perCycle.steps
		: [...first.perCycle.steps, ...referred.perCycle.steps];
	return { first, referred, headCount, cycleSteps };
}

/**
 * Totals over the horizon and the headline steps of a projection: own and referral value (discounted
 * margins, rewards subtracted from referral value), total value (NPV after acquisition cost), the
 * value multiplier (V_own + V_referral)/V_own — 1 when nobody refers —, customers acquired, the
 * average acquisition cost, and the viral coefficient with the 1/(1 − K) head count. `discount`
 * holds the factors 1/(1 + d)^t.
 *
 * @example
 * summarizeProjection(resolved, series, discountFactors(d, H)).totals.totalValue === series.cumulativeProfit[H − 1] //=> true
 */
export function summarizeProjection(
	p: ResolvedReferralParams,
	s: ReferralSeries,
	discount: Float64Array
): ReferralSummary {
	const revenue = sumSources(s.revenue, 1, null);
	const discountedMargin = sumSources(s.revenue, p.grossMargin, discount);
	const rewards = discountedSum(s.rewardSpend, discount);
	const values = valueSteps(p, discountedMargin, rewards);
	const customersAcquired = s.everAcquired[p.horizon - 1]!;
	const referredCustomers = customersAcquired - p.initialCustomers;
	const averageCost = averageAcquisitionCostStep('referral.averageAcquisitionCost', {
		won: p.initialCustomers,
		acquisitionCost: p.acquisitionCost,
		referralReward: p.referralReward,
		referred: referredCustomers
	});
	const { cycleSteps, ...viral } = viralSummary(p);
	const totals: ReferralTotals = {
		revenue,
		discountedMargin,
		acquisitionCost: p.initialCustomers * p.acquisitionCost,
		rewards,
		ownValue: values.own.value,
		referralValue: values.referral.value,
		totalValue: values.total.value,
		valueMultiplier: values.multiplier,
		customersAcquired,
		referredCustomers,
		averageAcquisitionCost: averageCost.value
	};
	const valueList = [values.own, values.referral, values.total, ...values.multiplier.steps];
	const steps = [...viral.headCount.steps, ...cycleSteps, ...valueList, averageCost];
	return { totals, viral, steps };
}
