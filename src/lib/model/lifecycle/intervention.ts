/**
 * What-if interventions: a campaign aimed at the customers in one state, with a cost and an effect.
 *
 * While the campaign runs (periods t = 0 … D − 1, D = `durationPeriods`, default the whole horizon)
 * every customer in the target state s at the start of period t costs `costPerCustomer` c that
 * period, and moves on with the campaign's row P'_s instead of P_s: each shift moves `amount`
 * (a probability, so 0.05 = 5 percentage points) from one destination to another, e.g. from
 * "lost" to "active" for a promotion to dormant customers, so the row still sums to 1. The cohort is
 * projected twice, without and with the campaign (`projectCohort`), and compared:
 *
 *   baseline value V = Σ_t profit_t/(1+d)^t,  what-if value V' (same, campaign's row while it runs)
 *   campaign cost C = Σ_{t<D′} c · n'_{t,s}/(1+d)^t   (n' = customers in s with the campaign)
 *   value gain ΔV = V' − V,  net gain = ΔV − C,  ROI = (ΔV − C)/C
 *
 * A campaign in period t changes where customers are in period t + 1, so one in the last period of
 * the horizon (t = T − 1, T = `periods`) would be paid for with no effect the projection can count:
 * the campaign runs, and costs, only in periods t < D′ = min(D, T − 1). All cash flows at the start
 * of each period, period 0 undiscounted. ROI is a ratio of present
 * values (no time unit); it does not exist when the campaign costs nothing.
 *
 * Source: the ROI definition of marketing-investment analysis (e.g. Rust, Lemon & Zeithaml,
 * "Return on marketing", Journal of Marketing 68(1), 2004); the chain of Pfeifer & Carraway (2000).
 */
import { add, c as constant, div, mul, paren, pow, sub, v, type Expr, type Step } from '../expr';
import { ModelInputError, requireFinite, requireInteger, requireRange } from '../errors';
import { MAX_MONEY, MAX_PERIODS, type CohortSpec, type LifecycleChain } from './chain';
import {
	cohortCounts,
	cohortValueStep,
	initialCounts,
	projectionFromCounts,
	type CohortProjection
} from './projection';
import { prepareChain, prepareCohort, type PreparedChain, type PreparedCohort } from './validate';

/** Moves `amount` of probability in the target state's row from column `from` to column `to`. */
export interface TransitionShift {
	/** Id of the destination that loses probability (e.g. 'lost', or the next-worse stage). */
	readonly from: string;
	/** Id of the destination that gains it (e.g. 'active'). */
	readonly to: string;
	/** Probability moved, as a decimal between 0 and P_{s,from} (0.05 = 5 percentage points). */
	readonly amount: number;
}

export interface Campaign {
	/** Id of the state whose customers the campaign targets. */
	readonly targetState: string;
	/** c: money per targeted customer per period while the campaign runs (≥ 0). */
	readonly costPerCustomer: number;
	/**
	 * D: periods the campaign runs, from period 0; default the whole horizon. It never runs in the
	 * horizon's last period, whose effect would fall outside the horizon.
	 */
	readonly durationPeriods?: number;
	/** The effect on the target state's transitions, applied in order. */
	readonly shifts: readonly TransitionShift[];
}

export type CampaignRoi =
	| { readonly kind: 'finite'; readonly value: number }
	| { readonly kind: 'undefined'; readonly reason: 'no-campaign-cost' };

export interface InterventionResult {
	readonly baseline: CohortProjection;
	/** The projection with the campaign, before the campaign's cost. */
	readonly whatIf: CohortProjection;
	/** P'_s: the target state's row while the campaign runs. */
	readonly campaignRow: readonly number[];
	/** Campaign cost per period, undiscounted (c · targeted customers). */
	readonly campaignCost: readonly number[];
	readonly totals: {
		/** V: discounted profit of the cohort without the campaign. */
		readonly baselineValue: number;
		/** V': discounted profit with the campaign, before its cost. */
		readonly whatIfGrossValue: number;
		/** C: discounted campaign cost. */
		readonly campaignCost: number;
		/** V' − C: what-if cohort value net of the campaign's cost. */
		readonly whatIfValue: number;
		/** ΔV = V' − V. */
		readonly valueGain: number;
		/** ΔV − C = (V' − C) − V. */
		readonly netGain: number;
	};
	readonly roi: CampaignRoi;
	/**
	 * 'lifecycle.campaignTransition' (one per changed cell), 'lifecycle.baselineValue',
	 * 'lifecycle.whatIfValue', 'lifecycle.campaignCost', 'lifecycle.valueGain',
	 * 'lifecycle.netGain' and, when C > 0, 'lifecycle.roi'.
	 */
	readonly steps: readonly Step[];
}

function indexOfState(chain: PreparedChain, field: string, id: string): number {
	const at = chain.ids.indexOf(id);
	if (at < 0) throw new ModelInputError(field, 'custom', `unknown state id "${id}"`);
	return at;
}

/** Validates the campaign's shifts and returns the target's new row (never above 1 or below 0). */
function campaignRowOf(chain: PreparedChain, target: number, campaign: Campaign): number[] {
	const row = [...chain.transitions[target]!];
	if (!Array.isArray(campaign.shifts)) {
		throw new ModelInputError('campaign.shifts', 'custom', 'must be a list (possibly empty)');
	}
	campaign.shifts.forEach((shift, k) => {
		const field = `campaign.shifts[${k}]`;
		const from = indexOfState(chain, `${field}.from`, shift.from);
		const to = indexOfState(chain, `${field}.to`, shift.to);
		if (from === to) {
			throw new ModelInputError(
				`${field}.to`,
				'custom',
				'must differ from the state it takes from'
			);
		}
		const available = row[from]!;
		requireFinite(`${field}.amount`, shift.amount);
		// 1e-12 of slack so "move all of it" survives the rescaling of rows in prepareChain.
		if (shift.amount < 0 || shift.amount > available + 1e-12) {
			throw new ModelInputError(
				`${field}.amount`,
				'range',
				`can move between 0 and ${available} (the probability of "${shift.from}"), got ${shift.amount}`,
				{ min: 0, max: available }
			);
		}
		const moved = Math.min(shift.amount, available);
		row[from] = available - moved;
		row[to] = row[to]! + moved;
	});
	return row;
}

function transitionSteps(chain: PreparedChain, target: number, row: readonly number[]): Step[] {
	return row.flatMap((p, j) => {
		const before = chain.transitions[target]![j]!;
		if (p === before) return [];
		const name = `P_${target + 1},${j + 1}`;
		const delta = p - before;
		const formula =
			delta > 0
				? add(v(name, before, 'rate'), v('Δp', delta, 'rate'))
				: sub(v(name, before, 'rate'), v('Δp', -delta, 'rate'));
		return [{ id: 'lifecycle.campaignTransition', formula, value: p }];
	});
}

/** 'lifecycle.campaignCost': C = c · (Σ_{t<D} n'_{t,s}/(1+d)^t). */
function costStep(
	chain: PreparedChain,
	target: number,
	cost: number,
	targeted: readonly number[],
	value: number
): Step {
	const terms: Expr[] = targeted.map((n, t) =>
		div(
			v(`n_${t},${target + 1}`, n, 'count'),
			pow(paren(add(constant(1), v('d', chain.discountRate, 'rate'))), constant(t))
		)
	);
	const discounted = terms.length === 1 ? terms[0]! : paren(add(...terms));
	return { id: 'lifecycle.campaignCost', formula: mul(v('c', cost, 'money'), discounted), value };
}

/** Both projections and the campaign's cost per period. */
function projectBoth(
	chain: PreparedChain,
	cohort: PreparedCohort,
	target: number,
	campaign: Campaign,
	duration: number
) {
	const campaignRow = campaignRowOf(chain, target, campaign);
	const campaignMatrix = chain.transitions.map((row, i) => (i === target ? campaignRow : row));
	const start = initialCounts(cohort);
	const baseline = projectionFromCounts(
		chain,
		cohortCounts(start, cohort.periods, () => chain.transitions)
	);
	const whatIf = projectionFromCounts(
		chain,
		cohortCounts(start, cohort.periods, (t) => (t < duration ? campaignMatrix : chain.transitions))
	);
	const campaignCost = whatIf.counts.map((row, t) =>
		t < duration ? campaign.costPerCustomer * row[target]! : 0
	);
	const cost = campaignCost.reduce((acc, x, t) => acc + x * whatIf.discountFactor[t]!, 0);
	return { campaignRow, baseline, whatIf, campaignCost, cost };
}

/** 'lifecycle.valueGain', 'lifecycle.netGain' and, when C > 0, 'lifecycle.roi'. */
function gainSteps(totals: InterventionResult['totals'], roi: CampaignRoi): Step[] {
	const { whatIfGrossValue, baselineValue, campaignCost, valueGain, netGain } = totals;
	const gain = [v("V'", whatIfGrossValue, 'money'), v('V', baselineValue, 'money')];
	const cost = v('C', campaignCost, 'money');
	const steps: Step[] = [
		{ id: 'lifecycle.valueGain', formula: sub(...gain), value: valueGain },
		{ id: 'lifecycle.netGain', formula: sub(paren(sub(...gain)), cost), value: netGain }
	];
	if (roi.kind === 'finite') {
		steps.push({
			id: 'lifecycle.roi',
			formula: div(paren(sub(v('ΔV', valueGain, 'money'), cost)), cost),
			value: roi.value
		});
	}
	return steps;
}

/**
 * Compares a cohort with and without a campaign on one state: values, campaign cost, gain and ROI.
 *
 * @example
 * // Two states, active (margin 100, retention 0.8) and lost; d = 0.12; 1000 active customers,
 * // 3 periods. Campaign on active: cost 5 per customer per period, moves 0.1 from lost to active.
 * // V = 100000 + 80000/1.12 + 64000/1.12² = 222448.98; V' (retention 0.9) = 244929.85;
 * // The campaign runs in periods 0 and 1 (its effect in period 2 is the last one counted):
 * // C = 5 × (1000 + 900/1.12) = 9017.86; ROI = (22480.87 − 9017.86)/9017.86 = 1.4929
 * evaluateCampaign(chain, { cohortSize: 1000, periods: 3, initial: 'active' }, campaign).roi
 * //=> { kind: 'finite', value: 1.4929 } (rounded)
 */
export function evaluateCampaign(
	chain: LifecycleChain,
	cohort: CohortSpec,
	campaign: Campaign
): InterventionResult {
	const prepared = prepareChain(chain);
	const preparedCohort = prepareCohort(prepared, cohort);
	const target = indexOfState(prepared, 'campaign.targetState', campaign.targetState);
	requireRange('campaign.costPerCustomer', campaign.costPerCustomer, 0, MAX_MONEY);
	const requested = campaign.durationPeriods ?? preparedCohort.periods;
	requireInteger('campaign.durationPeriods', requested, 0, MAX_PERIODS);
	const duration = Math.min(requested, preparedCohort.periods - 1);
	const both = projectBoth(prepared, preparedCohort, target, campaign, duration);
	const { baseline, whatIf, cost } = both;
	const baselineValue = baseline.totals.discountedProfit;
	const whatIfGrossValue = whatIf.totals.discountedProfit;
	const valueGain = whatIfGrossValue - baselineValue;
	const totals = {
		baselineValue,
		whatIfGrossValue,
		campaignCost: cost,
		whatIfValue: whatIfGrossValue - cost,
		valueGain,
		netGain: valueGain - cost
	};
	const roi: CampaignRoi =
		cost > 0
			? { kind: 'finite', value: totals.netGain / cost }
			: { kind: 'undefined', reason: 'no-campaign-cost' };
	const d = prepared.discountRate;
	const targeted = whatIf.counts.slice(0, duration).map((row) => row[target]!);
	const steps: Step[] = [
		...transitionSteps(prepared, target, both.campaignRow),
		cohortValueStep('lifecycle.baselineValue', baseline.profit, d, baselineValue),
		cohortValueStep('lifecycle.whatIfValue', whatIf.profit, d, whatIfGrossValue),
		...(targeted.length > 0
			? [costStep(prepared, target, campaign.costPerCustomer, targeted, cost)]
			: []),
		...gainSteps(totals, roi)
	];
	const { campaignRow, campaignCost } = both;
	return { baseline, whatIf, campaignRow, campaignCost, totals, roi, steps };
}
