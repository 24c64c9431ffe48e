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
import { add, c, div, mul, paren, pow, sub, v, type Step } from '../expr';
import { bisect } from './bisect';
import { pointsLiability, type LiabilityRow } from './points-liability';
import {
	balanceRatio,
	effectiveRedemption,
	meanRedemptionLag,
	type PointsExpiry
} from './points-mechanics';
import { maxLoyaltyPeriods, retentionPresentValue, retentionSchedule } from './schedule';

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

/** Reward cost per active member and period, and the discount for waiting until redemption. */
function rewardTerms(input: Readonly<PointsProgrammeInput>, spendWith: number) {
	const { expiryMonths: expiry, redemptionLagMonths: lag } = input;
	const redemption = effectiveRedemption(input.redemptionRate, expiry, lag);
	const rhoE = v('ρ_E', redemption.value, 'rate');
	const meanLag = meanRedemptionLag(expiry, lag);
	const delta = 1 / Math.pow(1 + input.discountRate, meanLag.value / input.periodMonths);
	const reward = spendWith * input.earnRate * input.pointValue * redemption.value;
	const onePlusI = paren(add(c(1), v('i', input.discountRate, 'rate')));
	const lagInPeriods = div(v('L̄', meanLag.value), v('P', input.periodMonths, 'count'));
	const rewardFormula = mul(
		v('s′', spendWith, 'money'),
		v('κ', input.earnRate),
		v('v', input.pointValue, 'money'),
		rhoE
	);
	const steps: Step[] = [
		redemption.step,
		{ id: 'points.breakage', formula: sub(c(1), rhoE), value: 1 - redemption.value },
		meanLag.step,
		{
			id: 'points.redemptionDiscount',
			formula: div(c(1), pow(onePlusI, lagInPeriods)),
			value: delta
		},
		{ id: 'points.rewardCostPerPeriod', formula: rewardFormula, value: reward }
	];
	return { redemption: redemption.value, delta, reward, steps };
}

/** What a member costs and earns per period with the programme, before retention enters. */
function costTerms(input: Readonly<PointsProgrammeInput>) {
	const spendWith = input.spendPerPeriod * (1 + input.spendUplift);
	const sPrime = v('s′', spendWith, 'money');
	const rewards = rewardTerms(input, spendWith);
	const { reward, delta } = rewards;
	const perMember = reward + input.runningCostPerPeriod;
	const discountedCost = input.runningCostPerPeriod + reward * delta;
	const netMarginWith = spendWith * input.grossMargin - discountedCost;
	const rewardV = v('R', reward, 'money');
	const runningV = v('c', input.runningCostPerPeriod, 'money');
	const growth = paren(add(c(1), v('Δs', input.spendUplift, 'rate')));
	const steps: Step[] = [
		{
			id: 'points.spendWithProgramme',
			formula: mul(v('s', input.spendPerPeriod, 'money'), growth),
			value: spendWith
		},
		...rewards.steps,
		{ id: 'points.costPerMember', formula: add(rewardV, runningV), value: perMember }
	];
	const costShare = spendWith > 0 ? perMember / spendWith : Infinity;
	if (Number.isFinite(costShare)) {
		const share = div(v('K', perMember, 'money'), sPrime);
		steps.push({ id: 'points.costShareOfSpend', formula: share, value: costShare });
	}
	const discounted = add(runningV, mul(rewardV, v('δ', delta, 'rate')));
	const net = sub(mul(sPrime, v('g', input.grossMargin, 'rate')), v('K′', discountedCost, 'money'));
	steps.push(
		{ id: 'points.discountedCostPerMember', formula: discounted, value: discountedCost },
		{ id: 'points.netMarginWith', formula: net, value: netMarginWith }
	);
	return {
		spendWith,
		redemption: rewards.redemption,
		reward,
		costShare: Number.isFinite(costShare) ? costShare : null,
		discountedCost,
		netMarginWith,
		steps
	};
}

/** How much of the retention uplift survives expiry, and the retention it gives. */
function retentionTerms(input: Readonly<PointsProgrammeInput>) {
	const balance = balanceRatio(input.expiryMonths, input.redemptionLagMonths);
	const lambda = input.retentionEffectLostWithExpiry;
	const kept = 1 - lambda * (1 - balance.value);
	const uplift = input.retentionUplift * kept;
	const retention = Math.min(1, input.baseRetention + uplift);
	const unclamped = input.baseRetention + uplift;
	const keptV = v('k', kept, 'rate');
	const steps: Step[] = [
		balance.step,
		{
			id: 'points.retentionEffectKept',
			formula: sub(
				c(1),
				mul(v('λ', lambda, 'rate'), paren(sub(c(1), v('B', balance.value, 'rate'))))
			),
			value: kept
		},
		{
			id: 'points.effectiveRetentionUplift',
			formula: mul(v('Δr', input.retentionUplift, 'rate'), keptV),
			value: uplift
		},
		{
			id: 'points.retentionWithProgramme',
			formula: add(v('r', input.baseRetention, 'rate'), v('Δr_eff', uplift, 'rate')),
			value: unclamped
		}
	];
	return { kept, uplift, retention, steps };
}

/**
 * The retention uplift Δr* (as entered, before expiry weakens it) at which CLV with the programme
 * equals CLV without, by bisection on [0, 1 − r]; CLV with the programme rises with retention when
 * the net margin m₁ is positive, so the root is unique when it exists.
 */
function breakEvenUplift(
	input: Readonly<PointsProgrammeInput>,
	netMarginWith: number,
	kept: number,
	clvWithout: number
): BreakEvenUplift {
	const { baseRetention: r, discountRate, horizon } = input;
	const retentionAt = (uplift: number) => Math.min(1, r + kept * uplift);
	const scheduleAt = (uplift: number) =>
		retentionSchedule(
			{ margin: netMarginWith, retention: retentionAt(uplift), discountRate, horizon },
			{ margin: 'm₁', retention: 'r*' }
		);
	const netAt = (uplift: number) =>
		retentionPresentValue({
			margin: netMarginWith,
			retention: retentionAt(uplift),
			discountRate,
			horizon
		}) - clvWithout;
	const atZero = netAt(0);
	if (atZero >= 0) return { kind: 'not-needed', netEffectWithoutRetentionEffect: atZero };
	const maxUplift = 1 - r;
	const atMax = netAt(maxUplift);
	if (atMax < 0) return { kind: 'none-within-range', maxUplift, netEffectAtMax: atMax };
	const uplift = bisect(netAt, 0, maxUplift);
	const formula = add(v('r', r, 'rate'), mul(v('k', kept, 'rate'), v('Δr*', uplift, 'rate')));
	const check = scheduleAt(uplift);
	const steps: Step[] = [
		{ id: 'points.breakEvenRetention', formula, value: r + kept * uplift },
		{ id: 'points.breakEvenClv', formula: check.formula, value: check.presentValue }
	];
	return { kind: 'found', uplift, steps };
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
