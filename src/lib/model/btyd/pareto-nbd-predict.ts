/**
 * What a fitted Pareto/NBD model says about customers: the chance each is still active, and how
 * many purchases to expect (Schmittlein, Morrison & Colombo 1987; in the forms of Fader, Hardie &
 * Lee 2005, "A note on deriving the Pareto/NBD model and related expressions", eqs. 17, 18, 22).
 * Symbols as in {@link ParetoNbdParams}; x, t_x, T as in {@link BtydSummary}.
 */
import { add, c, div, mul, paren, pow, sub, v } from '../expr';
import { requireFinite, requireRange } from '../errors';
import type { History } from './bgnbd-predict';
import { requireHistory } from './bgnbd-predict';
import { logA0, logAliveTerm, type ParetoNbdParams } from './pareto-nbd-fit';
import { aliveTimesIfAlive, step, type BtydStep, type WithSteps } from './steps';
import { perCustomer, requireSummary, type BtydSummary } from './summary';

export function requireParetoParams(params: ParetoNbdParams): void {
	for (const name of ['r', 'alpha', 's', 'beta'] as const) {
		requireRange(name, params[name], 0, 1e12, { exclusiveMin: true });
	}
}

/** ln of the odds "left before T" : "alive at T" given the history. */
function logDropoutOdds(params: ParetoNbdParams, x: number, tx: number, T: number): number {
	const { r, s } = params;
	return Math.log(s / (r + s + x)) + logA0(params, x, tx, T) - logAliveTerm(params, x, T);
}

/** P(alive) unchecked, for loops over customers and {@link pAliveHistory}. */
export const paretoNbdPAliveValue = (params: ParetoNbdParams, x: number, tx: number, T: number) =>
	1 / (1 + Math.exp(logDropoutOdds(params, x, tx, T)));

/**
 * P(alive): the probability that a customer with history (x, t_x, T) is still active at T
 * (FHL note, eq. 18).
 *
 * Formula: P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀), with A₀ as in the
 * likelihood. Unlike BG/NBD, a customer who never came back can have left, and the longer ago
 * their only purchase, the likelier it is.
 *
 * @example
 * paretoNbdPAlive(cdnowPareto, { frequency: 2, recency: 30.43, age: 38.86 }).value //=> ≈ 0.72
 */
export function paretoNbdPAlive(params: ParetoNbdParams, history: History): WithSteps {
	requireParetoParams(params);
	requireHistory(history);
	const { r, s } = params;
	const { frequency: x, recency: tx, age: T } = history;
	const weighted = Math.exp(logA0(params, x, tx, T) - logAliveTerm(params, x, T));
	const odds = step(
		'dropoutOdds',
		mul(
			div(v('s', s), paren(add(v('r', r), v('s', s), v('x', x, 'count')))),
			v('(α+T)^(r+x)(β+T)^s·A₀', weighted)
		)
	);
	const pAlive = step('pAlive', div(c(1), paren(add(c(1), v('odds', odds.value)))));
	return { value: pAlive.value, steps: [odds, pAlive] };
}

/** P(alive) for every customer of a summary (no steps). */
export function paretoNbdPAliveAll(params: ParetoNbdParams, summary: BtydSummary): Float64Array {
	requireParetoParams(params);
	requireSummary(summary);
	return perCustomer(summary, (x, tx, T) => paretoNbdPAliveValue(params, x, tx, T));
}

/** (1 − q^e)/e for q in (0, 1], tending to −ln q as e → 0 (the case s = 1). */
const shrink = (logQ: number, e: number) => (e === 0 ? -logQ : -Math.expm1(e * logQ) / e);

/**
 * E[X(t)]: purchases expected in the first t time units from a customer picked at random
 * (FHL note, eq. 17), for the cumulative tracking plot.
 *
 * Formula: E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)]; for s = 1 its limit rβ/α · ln(1 + t/β).
 *
 * @example
 * paretoNbdExpectedTransactions({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, 52).value //=> ≈ 1.47
 */
export function paretoNbdExpectedTransactions(params: ParetoNbdParams, t: number): WithSteps {
	requireParetoParams(params);
	requireRange('t', t, 0, 1e9);
	const { r, alpha, s, beta } = params;
	const value = ((r * beta) / alpha) * shrink(Math.log(beta / (beta + t)), s - 1);
	requireFinite('expectedTransactions', value);
	const formula = mul(
		div(mul(v('r', r), v('β', beta)), mul(v('α', alpha), paren(sub(v('s', s), c(1))))),
		paren(
			sub(
				c(1),
				pow(
					paren(div(v('β', beta), paren(add(v('β', beta), v('t', t))))),
					paren(sub(v('s', s), c(1)))
				)
			)
		)
	);
	const result: BtydStep =
		Math.abs(s - 1) > 1e-6
			? step('expectedTransactions', formula)
			: { id: 'expectedTransactions', formula, value };
	return { value: result.value, steps: [result] };
}

/** Purchases expected in (T, T + t] from a customer with this history who is alive at T (unchecked). */
export function paretoNbdIfAliveValue(
	{ r, alpha, s, beta }: ParetoNbdParams,
	x: number,
	T: number,
	t: number
): number {
	return (
		(((r + x) * (beta + T)) / (alpha + T)) * shrink(Math.log((beta + T) / (beta + T + t)), s - 1)
	);
}

/** E[Y(t) | x, t_x, T] unchecked. */
export const paretoNbdConditionalValue = (
	params: ParetoNbdParams,
	x: number,
	tx: number,
	T: number,
	t: number
) =>
	t === 0 ? 0 : paretoNbdPAliveValue(params, x, tx, T) * paretoNbdIfAliveValue(params, x, T, t);

/**
 * E[Y(t) | x, t_x, T]: purchases expected from this customer in the next t time units (FHL note,
 * eq. 22): P(alive) times what an active customer with this history would buy.
 *
 * Formula: E[Y(t) | x, t_x, T] = P(alive) · (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)].
 *
 * @example
 * paretoNbdConditionalExpected(cdnowPareto, { frequency: 2, recency: 30.43, age: 38.86 }, 39).value
 * //=> ≈ 1.2
 */
export function paretoNbdConditionalExpected(
	params: ParetoNbdParams,
	history: History,
	t: number
): WithSteps {
	requireRange('t', t, 0, 1e9);
	const alive = paretoNbdPAlive(params, history);
	const { r, alpha, s, beta } = params;
	const { frequency: x, age: T } = history;
	const formula = div(
		mul(paren(add(v('r', r), v('x', x, 'count'))), paren(add(v('β', beta), v('T', T)))),
		mul(paren(add(v('α', alpha), v('T', T))), paren(sub(v('s', s), c(1))))
	);
	const bracket = paren(
		sub(
			c(1),
			pow(
				paren(
					div(paren(add(v('β', beta), v('T', T))), paren(add(v('β', beta), v('T', T), v('t', t))))
				),
				paren(sub(v('s', s), c(1)))
			)
		)
	);
	const ifAliveFormula = mul(formula, bracket);
	const value = paretoNbdIfAliveValue(params, x, T, t);
	requireFinite('expectedAlive', value);
	const ifAlive: BtydStep =
		Math.abs(s - 1) > 1e-6
			? step('expectedAlive', ifAliveFormula)
			: { id: 'expectedAlive', formula: ifAliveFormula, value };
	return aliveTimesIfAlive(alive, ifAlive);
}

/** E[Y(t) | x, t_x, T] for every customer of a summary (no steps). */
export function paretoNbdConditionalAll(
	params: ParetoNbdParams,
	summary: BtydSummary,
	t: number
): Float64Array {
	requireParetoParams(params);
	requireSummary(summary);
	requireRange('t', t, 0, 1e9);
	return perCustomer(summary, (x, tx, T) => paretoNbdConditionalValue(params, x, tx, T, t));
}
