/**
 * A points programme (消费积分): what it costs per member, the liability it builds up, and what it
 * does to customer lifetime value.
 */
import {
	requireDiscountRate,
	requireGrowth,
	requireInteger,
	requireMoney,
	requirePeriods,
	requireRange,
	requireShare,
	requireShareUplift
} from '../errors';
import { mul, sub, v, type Step } from '../expr';
import { breakEvenUplift } from './points-break-even';
import { pointsLiability, type LiabilityRow } from './points-liability';
import type { PointsExpiry } from './points-mechanics';
import { costTerms, retentionTerms } from './points-terms';
import { maxLoyaltyPeriods, retentionSchedule } from './schedule';

export interface PointsProgrammeInput {
	/** s: spend per active member per period, money. */
	readonly spendPerPeriod: number;
	/** κ: points earned per unit of money spent. */
	readonly earnRate: number;
	/** v: cost to the firm of one point when redeemed, money per point. */
	readonly pointValue: number;
	/** ρ: share of points eventually redeemed if they never expired (breakage = 1 − ρ). */
	readonly redemptionRate: number;
	/** E: months after which points expire, or 'never'. */
	readonly expiryMonths: PointsExpiry;
	/** L: average months from earning a point to redeeming it, > 0. */
	readonly redemptionLagMonths: number;
	/** c: running cost of the programme per active member per period, money. */
	readonly runningCostPerPeriod: number;
	/** Δr: assumed rise in retention per period, percentage points as a decimal (0.05 = +5 pp). */
	readonly retentionUplift: number;
	/** Δs: assumed rise in spend per period (frequency × basket), as a decimal (0.1 = +10%). */
	readonly spendUplift: number;
	/**
	 * λ: share of the retention effect that works through the points balance and so fades with
	 * expiry.
	 */
	readonly retentionEffectLostWithExpiry: number;
	/** g: gross margin on spend, 0–1. */
	readonly grossMargin: number;
	/** r: retention per period without the programme. */
	readonly baseRetention: number;
	/** i: discount rate per period. */
	readonly discountRate: number;
	/** N: horizon in periods. */
	readonly horizon: number;
	/** P: months per period (12 when the period is a year). */
	readonly periodMonths: number;
}

/** The retention uplift at which the programme pays for itself. */
export type BreakEvenUplift =
	/** Δr* (nominal, as entered) at which CLV with the programme equals CLV without. */
	| { readonly kind: 'found'; readonly uplift: number; readonly steps: readonly Step[] }
	/**
	 * The programme pays even with no retention effect (through spend alone, or it costs nothing).
	 */
	| { readonly kind: 'not-needed'; readonly netEffectWithoutRetentionEffect: number }
	/** No uplift between 0 and 1 − r pays for it. */
	| {
			readonly kind: 'none-within-range';
			readonly maxUplift: number;
			readonly netEffectAtMax: number;
	  };

export interface PointsProgrammeResult {
	readonly spendWithProgramme: number;
	readonly effectiveRedemption: number;
	/** 1 − effective redemption: the share of points never redeemed. */
	readonly breakage: number;
	/** Reward cost per active member per period, at redemption, undiscounted: s′κvρ_E. */
	readonly rewardCostPerPeriod: number;
	/** Reward cost + running cost per active member per period. */
	readonly costPerMember: number;
	/** costPerMember / s′, null when there is no spend (or too little for a finite share). */
	readonly costShareOfSpend: number | null;
	readonly effectiveRetentionUplift: number;
	readonly retentionWithProgramme: number;
	readonly clvWithout: number;
	readonly clvWith: number;
	/** clvWith − clvWithout. */
	readonly netEffect: number;
	/** Present value of running and reward costs per enrolled member. */
	readonly programmeCostPresentValue: number;
	readonly liability: readonly LiabilityRow[];
	readonly liabilityAtHorizon: number;
	/** The highest liability at any time within the horizon (see `pointsLiability`). */
	readonly peakLiability: number;
	/** When the liability peaks, in months from enrolment. */
	readonly peakLiabilityMonths: number;
	readonly breakEven: BreakEvenUplift;
	readonly steps: readonly Step[];
}

function validate(input: Readonly<PointsProgrammeInput>): void {
	requireMoney('spendPerPeriod', input.spendPerPeriod);
	requireRange('earnRate', input.earnRate, 0, 1000);
	requireRange('pointValue', input.pointValue, 0, 1e6);
	requireShare('redemptionRate', input.redemptionRate);
	if (input.expiryMonths !== 'never') {
		requireRange('expiryMonths', input.expiryMonths, 0, 1200, { exclusiveMin: true });
	}
	requireRange('redemptionLagMonths', input.redemptionLagMonths, 0, 1200, { exclusiveMin: true });
	requireMoney('runningCostPerPeriod', input.runningCostPerPeriod);
	requireShare('baseRetention', input.baseRetention);
	requireShareUplift('retentionUplift', input.retentionUplift, input.baseRetention);
	requireGrowth('spendUplift', input.spendUplift);
	requireShare('retentionEffectLostWithExpiry', input.retentionEffectLostWithExpiry);
	requireShare('grossMargin', input.grossMargin);
	requireDiscountRate('discountRate', input.discountRate);
	requirePeriods('horizon', input.horizon, maxLoyaltyPeriods);
	requireInteger('periodMonths', input.periodMonths, 1, 12);
}

/** The liability table for the programme's spend and retention. */
function liabilityOf(input: Readonly<PointsProgrammeInput>, spendWith: number, retention: number) {
	return pointsLiability({
		pointsPerPeriod: spendWith * input.earnRate,
		retention,
		redemptionRate: input.redemptionRate,
		expiryMonths: input.expiryMonths,
		redemptionLagMonths: input.redemptionLagMonths,
		pointValue: input.pointValue,
		periodMonths: input.periodMonths,
		horizon: input.horizon
	});
}

/**
 * Points programme economics, in two views. The accounting view: points earned and not yet redeemed
 * or expired are a liability (their value × the share expected to be redeemed). The investment view
 * (the argument of “What customer lifetime value means” (Chinese web article)): the programme costs
 * rewards and running costs, and pays back through higher retention and spend; it is worth running
 * when CLV with it beats CLV without.
 *
 * Per active member and period (P months long): spend s′ = s(1 + Δs); points s′κ; effective
 * redemption ρ_E = ρ(1 − e^(−E/L)) (ρ without expiry; see `points-mechanics.ts` for the
 * assumption); reward cost R = s′κvρ_E, paid on average L̄ months later, so discounted by
 * δ = 1/(1+i)^(L̄/P); cost per member K = R + c; net margin m₁ = s′g − (c + Rδ) against m₀ = sg
 * without the programme. Expiry weakens the retention effect: the share λ of it that works through
 * the points balance scales with the balance ratio B = 1 − e^(−E/L)(1 + E/L), so
 * r′ = r + Δr(1 − λ(1 − B)). CLV = Σ_{t=1}^{N} m·r^(t−1)/(1+i)^t (margins at the end of each
 * period, the first certain): CLV₀ with m₀ and r, CLV₁ with m₁ and r′; the net effect is
 * CLV₁ − CLV₀. The break-even uplift Δr* solves CLV₁ = CLV₀ by bisection.
 *
 * Sources: “What customer lifetime value means” (Chinese web article) (airlines, credit cards, GAP;
 * points as an investment, not a liability); IFRS 15 B39–B43 (loyalty points as a deferred
 * obligation); Fader & Hardie (2012) for the CLV sum. Code → symbols: spendPerPeriod = s, earnRate
 * = κ, pointValue = v, redemptionRate = ρ, expiryMonths = E, redemptionLagMonths = L,
 * runningCostPerPeriod = c, retentionUplift = Δr, spendUplift = Δs, retentionEffectLostWithExpiry =
 * λ, grossMargin = g, baseRetention = r, discountRate = i, horizon = N, periodMonths = P.
 *
 * @example
 * pointsProgramme({ spendPerPeriod: 1000, earnRate: 1, pointValue: 0.01, redemptionRate: 0.5,
 *   expiryMonths: 'never', redemptionLagMonths: 12, runningCostPerPeriod: 5, retentionUplift: 0.1,
 *   spendUplift: 0.1, retentionEffectLostWithExpiry: 0.5, grossMargin: 0.3, baseRetention: 0.6,
 *   discountRate: 0.1, horizon: 2, periodMonths: 12 }).netEffect
 * //=> 54.5455 (CLV₁ = 320/1.1 + 320 × 0.7/1.21 = 476.0331,
 * //   minus CLV₀ = 300/1.1 + 300 × 0.6/1.21 = 421.4876)
 */
export function pointsProgramme(input: Readonly<PointsProgrammeInput>): PointsProgrammeResult {
	validate(input);
	const { discountRate, horizon, baseRetention } = input;
	const cost = costTerms(input);
	const keep = retentionTerms(input);
	const margin0 = input.spendPerPeriod * input.grossMargin;
	const without = retentionSchedule(
		{ margin: margin0, retention: baseRetention, discountRate, horizon },
		{ margin: 'm₀', retention: 'r' }
	);
	const withProgramme = retentionSchedule(
		{ margin: cost.netMarginWith, retention: keep.retention, discountRate, horizon },
		{ margin: 'm₁', retention: 'r′' }
	);
	const costPv = retentionSchedule(
		{ margin: cost.discountedCost, retention: keep.retention, discountRate, horizon },
		{ margin: 'K′', retention: 'r′' }
	);
	const liability = liabilityOf(input, cost.spendWith, keep.retention);
	const clv0 = without.presentValue;
	const clv1 = withProgramme.presentValue;
	const steps: Step[] = [
		...cost.steps,
		...keep.steps,
		{
			id: 'points.marginWithout',
			formula: mul(v('s', input.spendPerPeriod, 'money'), v('g', input.grossMargin, 'rate')),
			value: margin0
		},
		{ id: 'points.clvWithout', formula: without.formula, value: clv0 },
		{ id: 'points.clvWith', formula: withProgramme.formula, value: clv1 },
		{
			id: 'points.netEffect',
			formula: sub(v('CLV₁', clv1, 'money'), v('CLV₀', clv0, 'money')),
			value: clv1 - clv0
		},
		{ id: 'points.programmeCostPresentValue', formula: costPv.formula, value: costPv.presentValue },
		liability.step
	];
	return {
		spendWithProgramme: cost.spendWith,
		effectiveRedemption: cost.redemption,
		breakage: 1 - cost.redemption,
		rewardCostPerPeriod: cost.reward,
		costPerMember: cost.reward + input.runningCostPerPeriod,
		costShareOfSpend: cost.costShare,
		effectiveRetentionUplift: keep.uplift,
		retentionWithProgramme: keep.retention,
		clvWithout: clv0,
		clvWith: clv1,
		netEffect: clv1 - clv0,
		programmeCostPresentValue: costPv.presentValue,
		liability: liability.rows,
		liabilityAtHorizon: liability.step.value,
		peakLiability: liability.peak.liability,
		peakLiabilityMonths: liability.peak.months,
		breakEven: breakEvenUplift(input, cost.netMarginWith, keep.kept, clv0),
		steps
	};
}
