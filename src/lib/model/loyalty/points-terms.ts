/**
 * What a points programme does per active member and period, before the CLV sums: the reward cost
 * and its discount for waiting until redemption, the cost per member and the net margin with the
 * programme, and how much of the retention uplift survives expiry. Symbols as in `points.ts`.
 */
import { add, c, div, mul, paren, pow, sub, v, type Step } from '../expr';
import type { PointsProgrammeInput } from './points';
import { balanceRatio, effectiveRedemption, meanRedemptionLag } from './points-mechanics';

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
export function costTerms(input: Readonly<PointsProgrammeInput>) {
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
export function retentionTerms(input: Readonly<PointsProgrammeInput>) {
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
