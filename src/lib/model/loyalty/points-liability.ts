/**
 * The accounting view of a points programme: points issued but not yet redeemed or expired, and the
 * liability they represent, over time.
 *
 * Time runs in months from enrolment, whatever the period, so that the same member gives the same
 * liability whether the programme is entered per year, quarter or month. An active member earns
 * s′κ/P points a month, evenly through each period (P months long), and leaves at a constant rate:
 * the chance of still being a member after u months is r′^(u/P) = e^(−hu), h = −ln r′ / P — the
 * member the site's unit conversion (r per month = r per year^(1/12)) describes, so r′^(t−1) of the
 * members are still there at the start of period t. (The CLV sums of the programme economics keep
 * cash flows per whole period, after Fader & Hardie 2012; only this ledger is in continuous time.)
 * A point of age a is still to be redeemed with probability g(a) = ρ(e^(−a/L) − e^(−E/L)) for
 * a < E, 0 after (see `points-mechanics.ts`). The liability after T months is
 *
 *   Λ(T) = v · (s′κ/P) · ∫₀^min(T,E) e^(−h(T−a)) g(a) da,
 *
 * the points earned a months before T by members still active then, times their chance of still
 * being redeemed, times the point value. The integral has a closed form (below).
 */
import { add, c, div, mul, neg, paren, pow, sub, v, type Expr, type Step } from '../expr';
import type { PointsExpiry } from './points-mechanics';

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
	/** r′^(t−1): share of members still active at the start of period t. */
	readonly activeShare: number;
	/** Points earned during period t (by the members active during it). */
	readonly pointsEarned: number;
	/** Points earned so far, neither redeemed nor expired, at the end of period t. */
	readonly outstandingPoints: number;
	/** Value of the outstanding points expected still to be redeemed, money. */
	readonly liability: number;
}

export interface LiabilityResult {
	readonly rows: readonly LiabilityRow[];
	/** 'points.liabilityAtHorizon': the last row's liability. */
	readonly step: Step;
	/** The highest liability at any time within the horizon, and when, in months from enrolment. */
	readonly peak: { readonly liability: number; readonly months: number };
}

/** ∫₀^A e^(−x·a) da = (1 − e^(−xA))/x for x ≥ 0 (A when x = 0), without cancellation. */
function decayIntegral(x: number, span: number): number {
	return x === 0 ? span : -Math.expm1(-x * span) / x;
}

/** The programme in months: earning rate, leaving rate, 1/L and the expiry terms. */
function monthly(input: Readonly<LiabilityInput>) {
	const { expiryMonths: expiry, redemptionLagMonths: lag, periodMonths } = input;
	return {
		earnPerMonth: input.pointsPerPeriod / periodMonths,
		leaving: -Math.log(input.retention) / periodMonths,
		redeeming: 1 / lag,
		expiry: expiry === 'never' ? Infinity : expiry,
		lapsed: expiry === 'never' ? 0 : Math.exp(-expiry / lag)
	};
}

type Monthly = ReturnType<typeof monthly>;

/**
 * Points outstanding and liability (per point value) after `months` months: with A = min(T, E),
 * still-to-redeem ∫₀^A e^(−h(T−a)) ρ(e^(−a/L) − e^(−E/L)) da and outstanding the same with
 * 1 − ρ + ρe^(−a/L), each times the earning rate. Written so that nothing overflows or cancels.
 */
function ledgerAt(input: Readonly<LiabilityInput>, m: Monthly, months: number) {
	if (!(m.leaving < Infinity) || months <= 0) return { outstanding: 0, toRedeem: 0 };
	const span = Math.min(months, m.expiry);
	const since = months - span;
	const s = m.redeeming - m.leaving;
	// ∫₀^A e^(−h(T−a)) e^(−a/L) da, by the sign of 1/L − h so the exponent stays ≤ 0
	const redeemable =
		s >= 0
			? Math.exp(-m.leaving * months) * decayIntegral(s, span)
			: Math.exp(-m.leaving * since - m.redeeming * span) * decayIntegral(-s, span);
	// ∫₀^A e^(−h(T−a)) da
	const present = Math.exp(-m.leaving * since) * decayIntegral(m.leaving, span);
	const rho = input.redemptionRate;
	return {
		outstanding: m.earnPerMonth * ((1 - rho) * present + rho * redeemable),
		toRedeem: m.earnPerMonth * rho * (redeemable - m.lapsed * present)
	};
}

/**
 * The month of the highest liability within the first `months`. Λ′(T) = v(s′κ/P)g(T) − hΛ(T) is
 * positive at 0 and, once it reaches 0, stays negative (g falls), so Λ rises to one peak and then
 * falls: the peak is the end of the range, or the root of Λ′ found by bisection.
 */
function peakOf(input: Readonly<LiabilityInput>, m: Monthly, months: number) {
	const slope = (t: number) => {
		const g = t < m.expiry ? input.redemptionRate * (Math.exp(-t * m.redeeming) - m.lapsed) : 0;
		return m.earnPerMonth * g - m.leaving * ledgerAt(input, m, t).toRedeem;
	};
	let high = Math.min(months, m.expiry);
	if (!(m.leaving < Infinity) || slope(high) >= 0) return high;
	let low = 0;
	for (let i = 0; i < 60; i++) {
		const mid = (low + high) / 2;
		if (slope(mid) > 0) low = mid;
		else high = mid;
	}
	return (low + high) / 2;
}

/** Below this size an exponential difference is written as its series, 1 + x/2 + x²/6. */
const SERIES_BELOW = 1e-5;

/** n·(1 ± x/2 + x²/6): (e^(±x) − 1)/(±x/n) to 1e-16 when |x| < 1e-5. */
function series(n: Expr, x: Expr, sign: 1 | -1): Expr {
	const half = div(x, c(2));
	const square = div(pow(x, c(2)), c(6));
	return mul(n, paren(sign === 1 ? add(c(1), half, square) : add(sub(c(1), half), square)));
}

/**
 * (r′^n − e^(−nP/L))/(P/L + ln r′): the points still redeemable from n periods of earning, per
 * s′κ. Written e^(−nP/L)·n·(1 + x/2 + x²/6) with x = n(P/L + ln r′) when x is tiny.
 */
function redeemableFormula(n: Expr, nValue: number, input: Readonly<LiabilityInput>): Expr {
	const { periodMonths: months, redemptionLagMonths: lag, retention } = input;
	const P = v('P', months, 'count');
	const L = v('L', lag);
	const decayed = pow(v('e', Math.E), neg(div(mul(n, P), L)));
	const rate = paren(add(div(P, L), v('ln r′', Math.log(retention))));
	if (Math.abs((months / lag + Math.log(retention)) * nValue) < SERIES_BELOW) {
		return mul(decayed, series(n, mul(n, rate), 1));
	}
	return div(paren(sub(pow(v('r′', retention, 'rate'), n), decayed)), rate);
}

/** (1 − r′^n)/(−ln r′): member-periods within n periods; n·(1 − y/2 + y²/6), y = −n·ln r′, near 1. */
function presentFormula(n: Expr, nValue: number, retention: number): Expr {
	const log = v('ln r′', Math.log(retention));
	if (Math.abs(Math.log(retention) * nValue) < SERIES_BELOW) {
		return series(n, neg(mul(n, log)), -1);
	}
	return div(paren(sub(c(1), pow(v('r′', retention, 'rate'), n))), neg(log));
}

/**
 * The liability after N periods as an expression. With n = N (or E/P once T = NP passes expiry):
 * Λ(N) = v·s′κ·ρ·r′^(N−n)·[(r′^n − e^(−nP/L))/(P/L + ln r′) − e^(−E/L)(1 − r′^n)/(−ln r′)],
 * the last term only with expiry.
 */
function liabilityFormula(input: Readonly<LiabilityInput>, m: Monthly): Expr {
	const { horizon, periodMonths, retention } = input;
	const head = mul(
		v('v', input.pointValue, 'money'),
		v('s′κ', input.pointsPerPeriod, 'count'),
		v('ρ', input.redemptionRate, 'rate')
	);
	if (retention === 0) return mul(head, c(0));
	const N = v('N', horizon, 'count');
	const expired = horizon * periodMonths > m.expiry;
	const E = v('E', m.expiry, 'count');
	const n = expired ? div(E, v('P', periodMonths, 'count')) : N;
	const nValue = expired ? m.expiry / periodMonths : horizon;
	let bracket = redeemableFormula(n, nValue, input);
	if (m.expiry < Infinity) {
		const lapsed = pow(v('e', Math.E), neg(div(E, v('L', input.redemptionLagMonths))));
		bracket = paren(sub(bracket, mul(lapsed, presentFormula(n, nValue, retention))));
	}
	const survived = expired ? [pow(v('r′', retention, 'rate'), paren(sub(N, n)))] : [];
	return mul(head, ...survived, bracket);
}

/**
 * Outstanding points and points liability at the end of each period, and the peak liability over
 * the horizon, per member enrolled at the start, in the continuous-time ledger described above. The
 * liability is the point value times the points still to be redeemed — the expected cost of
 * redemptions already promised, as IFRS 15 measures a customer-loyalty obligation (stand-alone
 * value × expected redemption). Because time is counted in months, the same programme entered per
 * year, quarter or month gives the same liability at the same date and the same peak. Step
 * `points.liabilityAtHorizon` shows the last row's liability.
 *
 * @example
 * pointsLiability({ pointsPerPeriod: 1000, retention: 1, redemptionRate: 1, expiryMonths: 'never',
 *   redemptionLagMonths: 12, pointValue: 0.01, periodMonths: 12, horizon: 1 }).rows[0].liability
 * //=> 6.3212 (1000 points earned evenly through the year: 1000 × (1 − e^(−1)) still to redeem × 0.01)
 */
export function pointsLiability(input: Readonly<LiabilityInput>): LiabilityResult {
	const m = monthly(input);
	const { periodMonths, retention } = input;
	const earnedShare = retention === 0 ? 0 : decayIntegral(m.leaving, periodMonths) / periodMonths;
	const rows = Array.from({ length: input.horizon }, (_, i): LiabilityRow => {
		const activeShare = Math.pow(retention, i);
		const { outstanding, toRedeem } = ledgerAt(input, m, (i + 1) * periodMonths);
		return {
			period: i + 1,
			activeShare,
			pointsEarned: input.pointsPerPeriod * activeShare * earnedShare,
			outstandingPoints: outstanding,
			liability: toRedeem * input.pointValue
		};
	});
	const months = peakOf(input, m, input.horizon * periodMonths);
	const peak = { liability: ledgerAt(input, m, months).toRedeem * input.pointValue, months };
	const value = rows[rows.length - 1]!.liability;
	return {
		rows,
		step: { id: 'points.liabilityAtHorizon', formula: liabilityFormula(input, m), value },
		peak
	};
}
