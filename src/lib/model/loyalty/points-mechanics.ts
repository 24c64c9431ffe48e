/**
 * How points age: when they are redeemed, how many expire, and what the stock of unredeemed points
 * is worth. Shared by the programme economics, the liability table and the expiry comparison.
 *
 * The assumption, stated once: each point is either destined to be redeemed (probability ρ, the
 * redemption rate without expiry) or never used; a destined point is redeemed after an exponential
 * wait with mean L months. Under an expiry rule of E months a point not redeemed by age E is
 * forfeited (breakage). Redemption does not depend on whether the member still buys.
 */
import { add, c, div, mul, neg, paren, pow, sub, v, type Expr, type Step } from '../expr';

/** Months after which points expire, or `'never'`. */
export type PointsExpiry = number | 'never';

/** A value with the step that shows it. */
export interface Shown {
	readonly value: number;
	readonly step: Step;
}

const euler = () => v('e', Math.E);

/** e^(−E/L) with symbols, and its value (0 when points never expire). */
function expiredShare(expiry: number, lagMonths: number): { expr: Expr; value: number } {
	const exponent = neg(div(v('E', expiry, 'count'), v('L', lagMonths)));
	return { expr: pow(euler(), exponent), value: Math.pow(Math.E, -expiry / lagMonths) };
}

/**
 * Effective redemption rate: the share of points earned that is ever redeemed. Without expiry it is
 * ρ; with expiry after E months the destined points still waiting at E are lost:
 * ρ_E = ρ × (1 − e^(−E/L)). Breakage is 1 − ρ_E.
 *
 * @example
 * effectiveRedemption(0.5, 12, 6).value //=> 0.4323 (0.5 × (1 − e^(−2)))
 */
export function effectiveRedemption(rate: number, expiry: PointsExpiry, lagMonths: number): Shown {
	const id = 'points.effectiveRedemption';
	const rho = v('ρ', rate, 'rate');
	if (expiry === 'never') return { value: rate, step: { id, formula: rho, value: rate } };
	const lost = expiredShare(expiry, lagMonths);
	const value = rate * (1 - lost.value);
	return { value, step: { id, formula: mul(rho, paren(sub(c(1), lost.expr))), value } };
}

/**
 * Mean wait, in months, of the points that are redeemed: L without expiry; with expiry, the mean of
 * an exponential wait cut off at E: L̄ = L − E·e^(−E/L)/(1 − e^(−E/L)). Reward costs are discounted
 * by this wait.
 *
 * @example
 * meanRedemptionLag(12, 6).value //=> 4.1218 (6 − 12 × e^(−2)/(1 − e^(−2)))
 */
export function meanRedemptionLag(expiry: PointsExpiry, lagMonths: number): Shown {
	const id = 'points.meanRedemptionLag';
	const lag = v('L', lagMonths);
	if (expiry === 'never') return { value: lagMonths, step: { id, formula: lag, value: lagMonths } };
	const lost = expiredShare(expiry, lagMonths);
	const value = lagMonths - (expiry * lost.value) / (1 - lost.value);
	const cut = div(mul(v('E', expiry, 'count'), lost.expr), paren(sub(c(1), lost.expr)));
	return { value, step: { id, formula: sub(lag, cut), value } };
}

/**
 * Balance ratio: the steady-state stock of redeemable points under expiry as a share of the stock
 * without it, B = 1 − e^(−E/L)(1 + E/L) (1 when points never expire). It integrates the redeemable
 * share ρ(e^(−a/L) − e^(−E/L)) over ages 0…E against ρe^(−a/L) over 0…∞. “What customer lifetime
 * value means” argues the balance is what holds a member (a switching cost); the programme uses B
 * to scale the part of the retention effect that depends on it.
 *
 * @example
 * balanceRatio(12, 6).value //=> 0.5940 (1 − e^(−2) × 3)
 */
export function balanceRatio(expiry: PointsExpiry, lagMonths: number): Shown {
	const id = 'points.balanceRatio';
	if (expiry === 'never') return { value: 1, step: { id, formula: c(1), value: 1 } };
	const lost = expiredShare(expiry, lagMonths);
	const value = 1 - lost.value * (1 + expiry / lagMonths);
	const ratio = div(v('E', expiry, 'count'), v('L', lagMonths));
	return {
		value,
		step: { id, formula: sub(c(1), mul(lost.expr, paren(add(c(1), ratio)))), value }
	};
}

/**
 * Of the points earned `ageMonths` ago, the share still to be redeemed: ρ(e^(−a/L) − e^(−E/L))
 * while a < E, 0 after expiry. Times the point value, this is the liability they carry.
 */
export function stillToRedeem(
	ageMonths: number,
	rate: number,
	expiry: PointsExpiry,
	lagMonths: number
): number {
	if (expiry !== 'never' && ageMonths >= expiry) return 0;
	const lost = expiry === 'never' ? 0 : Math.pow(Math.E, -expiry / lagMonths);
	return rate * (Math.pow(Math.E, -ageMonths / lagMonths) - lost);
}

/**
 * Of the points earned `ageMonths` ago, the share neither redeemed nor expired: 1 − ρ + ρe^(−a/L)
 * while a < E, 0 after expiry. Without expiry, never-redeemed points stay outstanding forever (they
 * count in points, not in the liability).
 */
export function stillOutstanding(
	ageMonths: number,
	rate: number,
	expiry: PointsExpiry,
	lagMonths: number
): number {
	if (expiry !== 'never' && ageMonths >= expiry) return 0;
	return 1 - rate + rate * Math.pow(Math.E, -ageMonths / lagMonths);
}
