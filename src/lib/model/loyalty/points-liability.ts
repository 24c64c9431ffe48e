/**
 * The accounting view of a points programme: points issued but not yet redeemed or expired, and the
 * liability they represent, period by period.
 */
import { c, div, idx, mul, neg, paren, pow, sub, sum, v, type Expr, type Step } from '../expr';
import { stillOutstanding, stillToRedeem, type PointsExpiry } from './points-mechanics';

export interface LiabilityInput {
	/** s′κ: points earned per period by an active member. */
	readonly pointsPerPeriod: number;
	/** r′: retention per period with the programme. */
	readonly retention: number;
	/** ρ: share of points eventually redeemed without expiry. */
	readonly redemptionRate: number;
	readonly expiryMonths: PointsExpiry;
	/** L: mean months from earning to redemption. */
	readonly redemptionLagMonths: number;
	/** v: money per point at redemption. */
	readonly pointValue: number;
	/** P: months per period. */
	readonly periodMonths: number;
	/** N: periods. */
	readonly horizon: number;
}

/** One row per period t, per member enrolled at the start (expected values). */
export interface LiabilityRow {
	readonly period: number;
	/** r′^(t−1): share of members still active in period t. */
	readonly activeShare: number;
	/** Points earned in period t. */
	readonly pointsEarned: number;
	/** Points earned so far, neither redeemed nor expired, at the end of period t. */
	readonly outstandingPoints: number;
	/** Value of the outstanding points expected still to be redeemed, money. */
	readonly liability: number;
}

/**
 * The liability at the end of period N as an expression: v Σ_τ s′κ r′^(τ−1) ρ
 * (e^(−a/L) − e^(−E/L)).
 */
function liabilityFormula(input: Readonly<LiabilityInput>, firstPeriod: number): Expr {
	const { horizon, expiryMonths, redemptionLagMonths: lag } = input;
	const tau = idx('τ');
	const e = v('e', Math.E);
	const lagSymbol = v('L', lag);
	const age = mul(paren(sub(v('N', horizon, 'count'), tau)), v('P', input.periodMonths, 'count'));
	let waiting: Expr = pow(e, neg(div(age, lagSymbol)));
	if (expiryMonths !== 'never') {
		waiting = paren(sub(waiting, pow(e, neg(div(v('E', expiryMonths, 'count'), lagSymbol)))));
	}
	const earned = mul(
		v('s′κ', input.pointsPerPeriod, 'count'),
		pow(v('r′', input.retention, 'rate'), paren(sub(tau, c(1))))
	);
	const body = mul(earned, v('ρ', input.redemptionRate, 'rate'), waiting);
	return mul(v('v', input.pointValue, 'money'), sum('τ', firstPeriod, horizon, body));
}

/**
 * Outstanding points and points liability per period. Points earned in period τ are s′κ·r′^(τ−1)
 * per enrolled member; at the end of period t they are a = (t − τ)·P months old. Of them,
 * 1 − ρ + ρe^(−a/L) are still outstanding and ρ(e^(−a/L) − e^(−E/L)) are still to be redeemed (both
 * 0 once a ≥ E). The liability is the point value times the points still to be redeemed — the
 * expected cost of redemptions already promised, as IFRS 15 measures a customer-loyalty obligation
 * (stand-alone value × expected redemption). Step `points.liabilityAtHorizon` shows the last row's
 * liability.
 *
 * @example
 * pointsLiability({ pointsPerPeriod: 1000, retention: 1, redemptionRate: 1, expiryMonths: 'never',
 *   redemptionLagMonths: 12, pointValue: 0.01, periodMonths: 12, horizon: 1 }).rows[0].liability
 * //=> 10 (1000 points just earned, all still to be redeemed, × 0.01)
 */
export function pointsLiability(input: Readonly<LiabilityInput>): {
	readonly rows: readonly LiabilityRow[];
	readonly step: Step;
} {
	const { redemptionRate: rho, expiryMonths, redemptionLagMonths: lag, periodMonths } = input;
	const earned = Array.from(
		{ length: input.horizon },
		(_, i) => input.pointsPerPeriod * Math.pow(input.retention, i)
	);
	// The shares depend only on a point's age, (i − τ) whole periods: work them out once per age,
	// so a long monthly horizon costs N exponentials, not N².
	const ages = Array.from({ length: input.horizon }, (_, a) => a * periodMonths);
	const outstandingAt = ages.map((age) => stillOutstanding(age, rho, expiryMonths, lag));
	const toRedeemAt = ages.map((age) => stillToRedeem(age, rho, expiryMonths, lag));
	const rows = earned.map((pointsEarned, i): LiabilityRow => {
		let outstanding = 0;
		let toRedeem = 0;
		for (let tau = 0; tau <= i; tau++) {
			outstanding += earned[tau]! * outstandingAt[i - tau]!;
			toRedeem += earned[tau]! * toRedeemAt[i - tau]!;
		}
		const activeShare = Math.pow(input.retention, i);
		const liability = toRedeem * input.pointValue;
		return { period: i + 1, activeShare, pointsEarned, outstandingPoints: outstanding, liability };
	});
	let firstPeriod = 1;
	while (
		expiryMonths !== 'never' &&
		firstPeriod < input.horizon &&
		(input.horizon - firstPeriod) * periodMonths >= expiryMonths
	) {
		firstPeriod++;
	}
	const value = rows[rows.length - 1]!.liability;
	return {
		rows,
		step: { id: 'points.liabilityAtHorizon', formula: liabilityFormula(input, firstPeriod), value }
	};
}
