/**
 * A customer club (客户俱乐部): what a club costs per member against what it brings in after-sales
 * revenue, retention and referrals, as a return on investment and a payback period.
 */
import {
	requireDiscountRate,
	requireGrowth,
	requireMoney,
	requirePeriods,
	requireRange,
	requireShare,
	requireShareUplift
} from '../errors';
import { add, c, div, mul, paren, sub, v, type Step } from '../expr';
import { maxLoyaltyPeriods, retentionSchedule } from './schedule';

export interface ClubInput {
	/** C: club cost per active member per year (events, staff, venue), money. */
	readonly clubCostPerMember: number;
	/** M: after-sales revenue per active customer per year (maintenance, repeat courses), money. */
	readonly afterSalesRevenue: number;
	/** g_a: margin on after-sales revenue, 0–1. */
	readonly afterSalesMargin: number;
	/** Δa: rise in after-sales revenue among club members, as a decimal (0.2 = +20%). */
	readonly afterSalesUplift: number;
	/** m_o: other margin per active customer per year (e.g. the next car, annualised), money. */
	readonly otherMarginPerYear: number;
	/** r: retention per year without the club. */
	readonly baseRetention: number;
	/** Δr: rise in retention with the club, percentage points as a decimal. */
	readonly retentionUplift: number;
	/** ρ: referred customers who buy, per active customer per year, without the club. */
	readonly referralsPerYear: number;
	/** Δρ: extra referred buyers per member per year with the club. */
	readonly referralsUplift: number;
	/** V: profit from one referred customer's purchase, money. */
	readonly referralValue: number;
	/** i: discount rate per year. */
	readonly discountRate: number;
	/** N: horizon in years. */
	readonly horizonYears: number;
}

/**
 * Return on the club's cost: a ratio, or undefined when the club costs nothing (or too little for a
 * finite ratio).
 */
export type ClubRoi =
	| { readonly kind: 'ratio'; readonly value: number }
	| { readonly kind: 'undefined'; readonly reason: 'zero-cost' };

/** One row per year t, present values per member enrolled at the start, money. */
export interface ClubYear {
	readonly year: number;
	readonly incrementalProfit: number;
	readonly cost: number;
	readonly cumulativeIncrementalProfit: number;
	readonly cumulativeCost: number;
}

export interface ClubResult {
	readonly marginWithout: number;
	readonly marginWith: number;
	readonly retentionWith: number;
	readonly profitWithout: number;
	readonly profitWith: number;
	/** profitWith − profitWithout (present value). */
	readonly incrementalProfit: number;
	/** Present value of the club's cost. */
	readonly clubCost: number;
	/** incrementalProfit − clubCost. */
	readonly netValue: number;
	readonly roi: ClubRoi;
	/**
	 * First year whose cumulative discounted incremental profit covers the cumulative discounted
	 * cost; null if none or no cost.
	 */
	readonly paybackYear: number | null;
	readonly years: readonly ClubYear[];
	readonly steps: readonly Step[];
}

function validate(input: Readonly<ClubInput>): void {
	requireMoney('clubCostPerMember', input.clubCostPerMember);
	requireMoney('afterSalesRevenue', input.afterSalesRevenue);
	requireShare('afterSalesMargin', input.afterSalesMargin);
	requireGrowth('afterSalesUplift', input.afterSalesUplift);
	requireMoney('otherMarginPerYear', input.otherMarginPerYear);
	requireShare('baseRetention', input.baseRetention);
	requireShareUplift('retentionUplift', input.retentionUplift, input.baseRetention);
	requireRange('referralsPerYear', input.referralsPerYear, 0, 10);
	requireRange('referralsUplift', input.referralsUplift, -input.referralsPerYear, 10);
	requireMoney('referralValue', input.referralValue);
	requireDiscountRate('discountRate', input.discountRate);
	requirePeriods('horizonYears', input.horizonYears, maxLoyaltyPeriods);
}

/** Margin per active customer per year, without and with the club, with their steps. */
function margins(input: Readonly<ClubInput>) {
	const { afterSalesRevenue: M, afterSalesMargin: g, otherMarginPerYear: mo } = input;
	const V = input.referralValue;
	const without = M * g + mo + input.referralsPerYear * V;
	const revenueWith = M * (1 + input.afterSalesUplift);
	const referralsWith = input.referralsPerYear + input.referralsUplift;
	const withClub = revenueWith * g + mo + referralsWith * V;
	const gV = v('g_a', g, 'rate');
	const moV = v('m_o', mo, 'money');
	const valueV = v('V', V, 'money');
	const growth = paren(add(c(1), v('Δa', input.afterSalesUplift, 'rate')));
	const referred = paren(add(v('ρ', input.referralsPerYear), v('Δρ', input.referralsUplift)));
	const steps: Step[] = [
		{
			id: 'club.marginWithout',
			formula: add(mul(v('M', M, 'money'), gV), moV, mul(v('ρ', input.referralsPerYear), valueV)),
			value: without
		},
		{
			id: 'club.marginWith',
			formula: add(mul(v('M', M, 'money'), growth, gV), moV, mul(referred, valueV)),
			value: withClub
		}
	];
	return { without, withClub, steps };
}

/**
 * Year-by-year discounted incremental profit and cost, and the first year the club has paid back.
 */
function payback(
	incremental: readonly number[],
	cost: readonly number[]
): { years: ClubYear[]; paybackYear: number | null } {
	const years: ClubYear[] = [];
	let paybackYear: number | null = null;
	let cumulativeIncrementalProfit = 0;
	let cumulativeCost = 0;
	incremental.forEach((incrementalProfit, i) => {
		cumulativeIncrementalProfit += incrementalProfit;
		cumulativeCost += cost[i]!;
		const slack = 1e-9 * Math.max(1, Math.abs(cumulativeCost));
		const covered = cumulativeIncrementalProfit >= cumulativeCost - slack;
		if (paybackYear === null && cumulativeCost > 0 && covered) paybackYear = i + 1;
		years.push({
			year: i + 1,
			incrementalProfit,
			cost: cost[i]!,
			cumulativeIncrementalProfit,
			cumulativeCost
		});
	});
	return { years, paybackYear };
}

/** Present values per enrolled member: profit without and with the club, and the club's cost. */
function schedules(
	input: Readonly<ClubInput>,
	margin: { readonly without: number; readonly withClub: number },
	retentionWith: number
) {
	const base = { discountRate: input.discountRate, horizon: input.horizonYears };
	const without = retentionSchedule(
		{ ...base, margin: margin.without, retention: input.baseRetention },
		{ margin: 'm₀', retention: 'r' }
	);
	const withClub = retentionSchedule(
		{ ...base, margin: margin.withClub, retention: retentionWith },
		{ margin: 'm₁', retention: 'r′' }
	);
	const cost = retentionSchedule(
		{ ...base, margin: input.clubCostPerMember, retention: retentionWith },
		{ margin: 'C', retention: 'r′' }
	);
	return { without, withClub, cost };
}

/** ROI = (ΔΠ − K)/K with its step, or undefined when K is 0 (or too small for a finite ratio). */
function returnOnCost(gain: number, cost: number): { roi: ClubRoi; steps: Step[] } {
	const ratio = (gain - cost) / cost;
	if (!(cost > 0 && Number.isFinite(ratio))) {
		return { roi: { kind: 'undefined', reason: 'zero-cost' }, steps: [] };
	}
	const gainV = v('ΔΠ', gain, 'money');
	const costV = v('K', cost, 'money');
	const formula = div(paren(sub(gainV, costV)), costV);
	return {
		roi: { kind: 'ratio', value: ratio },
		steps: [{ id: 'club.roi', formula, value: ratio }]
	};
}

/**
 * The economics of a customer club, per member enrolled at the start. After “What customer lifetime
 * value means”: premium car brands (Porsche, NIO) run owners' clubs for identity, after-sales
 * maintenance cash flow and word-of-mouth; business schools (CEIBS, CKGSB) run alumni associations
 * that bring alumni back to further courses and new students through them. Clubs suit high-margin
 * brands with few customers.
 *
 * Margin per active customer per year: m₀ = M·g_a + m_o + ρ·V without the club,
 * m₁ = M(1 + Δa)·g_a + m_o + (ρ + Δρ)·V with it; retention r, and r′ = r + Δr for members. Profit
 * (present value) Π = Σ_{t=1}^{N} m·r^(t−1)/(1+i)^t, margins at the end of each year, the first
 * certain; the club costs K = Σ_{t=1}^{N} C·r′^(t−1)/(1+i)^t (paid while the member stays).
 * Incremental profit ΔΠ = Π₁ − Π₀; ROI = (ΔΠ − K)/K, undefined (not a number) when K = 0; the
 * payback year is the first year whose cumulative discounted ΔΠ reaches the cumulative discounted
 * cost (null if never within N years, or if the club costs nothing).
 *
 * Sources: “What customer lifetime value means” (Chinese web article) (car clubs, alumni
 * associations); ROI and discounted payback as in corporate finance (Brealey, Myers & Allen). Code
 * → symbols: clubCostPerMember = C, afterSalesRevenue = M, afterSalesMargin = g_a, afterSalesUplift
 * = Δa, otherMarginPerYear = m_o, baseRetention = r, retentionUplift = Δr, referralsPerYear = ρ,
 * referralsUplift = Δρ, referralValue = V, discountRate = i, horizonYears = N.
 *
 * @example
 * clubEconomics({ clubCostPerMember: 100, afterSalesRevenue: 1000, afterSalesMargin: 0.5,
 *   afterSalesUplift: 0.4, otherMarginPerYear: 0, baseRetention: 1, retentionUplift: 0,
 *   referralsPerYear: 0, referralsUplift: 0, referralValue: 0, discountRate: 0,
 *   horizonYears: 1 }).roi
 * //=> { kind: 'ratio', value: 1 } ((200 − 100) / 100)
 */
export function clubEconomics(input: Readonly<ClubInput>): ClubResult {
	validate(input);
	const r = input.baseRetention;
	const margin = margins(input);
	const retentionWith = r + input.retentionUplift;
	const { without, withClub, cost } = schedules(input, margin, retentionWith);
	const incremental = withClub.discountedMargin.map(
		(value, t) => value - without.discountedMargin[t]!
	);
	const { years, paybackYear } = payback(incremental, cost.discountedMargin);
	const gain = withClub.presentValue - without.presentValue;
	const clubCost = cost.presentValue;
	const steps: Step[] = [
		...margin.steps,
		{
			id: 'club.retentionWith',
			formula: add(v('r', r, 'rate'), v('Δr', input.retentionUplift, 'rate')),
			value: retentionWith
		},
		{ id: 'club.profitWithout', formula: without.formula, value: without.presentValue },
		{ id: 'club.profitWith', formula: withClub.formula, value: withClub.presentValue },
		{
			id: 'club.incrementalProfit',
			formula: sub(v('Π₁', withClub.presentValue, 'money'), v('Π₀', without.presentValue, 'money')),
			value: gain
		},
		{ id: 'club.cost', formula: cost.formula, value: clubCost },
		{
			id: 'club.netValue',
			formula: sub(v('ΔΠ', gain, 'money'), v('K', clubCost, 'money')),
			value: gain - clubCost
		}
	];
	const roi = returnOnCost(gain, clubCost);
	steps.push(...roi.steps);
	return {
		marginWithout: margin.without,
		marginWith: margin.withClub,
		retentionWith,
		profitWithout: without.presentValue,
		profitWith: withClub.presentValue,
		incrementalProfit: gain,
		clubCost,
		netValue: gain - clubCost,
		roi: roi.roi,
		paybackYear,
		years,
		steps
	};
}
