/**
 * What a fitted BG/NBD model says about customers: the chance each is still active, and how many
 * purchases to expect (Fader, Hardie & Lee 2005, "Counting your customers the easy way", §3).
 * Symbols as in {@link BgNbdParams}; x, t_x, T as in {@link BtydSummary}, all times in one unit.
 */
import { add, c, div, mul, paren, pow, sub, v } from '../expr';
import { requireFinite, requireRange } from '../errors';
import type { BgNbdParams } from './bgnbd-fit';
import { powTimesHyp2f1 } from '../special/hyp2f1';
import { aliveTimesIfAlive, step, type BtydStep, type WithSteps } from './steps';
import { perCustomer, requireSummary, type BtydSummary } from './summary';

/** One customer's calibration history. */
export interface History {
	/** x: repeat purchases. */
	readonly frequency: number;
	/** t_x: time of the last purchase, from the first. */
	readonly recency: number;
	/** T: time watched, from the first purchase to the end of calibration. */
	readonly age: number;
}

export function requireParams(params: BgNbdParams): void {
	for (const name of ['r', 'alpha', 'a', 'b'] as const) {
		requireRange(name, params[name], 0, 1e12, { exclusiveMin: true });
	}
}

export function requireHistory(history: History): void {
	requireSummary({
		frequency: Float64Array.of(history.frequency),
		recency: Float64Array.of(history.recency),
		age: Float64Array.of(history.age)
	});
}

/** The BG/NBD dropout odds (0 when x = 0), unchecked, for loops over customers. */
function dropoutOdds({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
	if (x === 0) return 0;
	return Math.exp(
		Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))
	);
}

/**
 * P(alive): the probability that a customer with history (x, t_x, T) has not dropped out by T
 * (FHL 2005, eq. 11).
 *
 * Formula: P(alive | x, t_x, T) = 1 / (1 + δ_{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 * A customer who never came back (x = 0) cannot have dropped out in BG/NBD — dropout happens only
 * right after a repeat purchase — so P(alive) = 1 for them, however long ago they bought. The odds
 * grow with the silence T − t_x, and faster the more often the customer used to buy (r + x).
 *
 * @example
 * bgnbdPAlive(cdnowParams, { frequency: 2, recency: 30.43, age: 38.86 }).value //=> 0.7379…
 */
export function bgnbdPAlive(params: BgNbdParams, history: History): WithSteps {
	requireParams(params);
	requireHistory(history);
	const { r, alpha, a, b } = params;
	const { frequency: x, recency: tx, age: T } = history;
	if (x === 0) {
		const s = step('pAlive', c(1));
		return { value: 1, steps: [s] };
	}
	const oddsFormula = mul(
		div(v('a', a), paren(sub(add(v('b', b), v('x', x, 'count')), c(1)))),
		pow(
			paren(div(paren(add(v('α', alpha), v('T', T))), paren(add(v('α', alpha), v('t_x', tx))))),
			paren(add(v('r', r), v('x', x, 'count')))
		)
	);
	const odds = step('dropoutOdds', oddsFormula);
	const pAlive = step('pAlive', div(c(1), paren(add(c(1), v('odds', odds.value)))));
	return { value: pAlive.value, steps: [odds, pAlive] };
}

/** P(alive) for every customer of a summary (no steps), e.g. for a table of 100,000 rows. */
export function bgnbdPAliveAll(params: BgNbdParams, summary: BtydSummary): Float64Array {
	requireParams(params);
	requireSummary(summary);
	return perCustomer(summary, (x, tx, T) => 1 / (1 + dropoutOdds(params, x, tx, T)));
}

/** (c/(a−1))·[1 − q·F], with its removable singularity at a = 1 bridged by the mean of a = 1 ± h. */
function atAOne(evaluateAt: (a: number) => number, a: number): number {
	const h = 1e-5;
	if (Math.abs(a - 1) > 1e-7) return evaluateAt(a);
	return (evaluateAt(1 - h) + evaluateAt(1 + h)) / 2;
}

/** E[X(t)] unchecked. */
function expectedTransactionsValue({ r, alpha, a, b }: BgNbdParams, t: number): number {
	const z = t / (alpha + t);
	return atAOne(
		(a1) =>
			((a1 + b - 1) / (a1 - 1)) *
			(1 - powTimesHyp2f1(Math.log(alpha / (alpha + t)), r, r, b, a1 + b - 1, z)),
		a
	);
}

/**
 * E[X(t)]: the purchases expected in the first t time units from a customer picked at random
 * (FHL 2005, eq. 7), used for the cumulative tracking plot.
 *
 * Formula: E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · ₂F₁(r, b; a+b−1; t/(α+t))].
 * The formula is continuous in a; at a = 1 (0/0) it is evaluated as the mean at a = 1 ± 10⁻⁵.
 *
 * @example
 * bgnbdExpectedTransactions(cdnowParams, 52).value //=> 1.4440 (FHL 2005)
 */
export function bgnbdExpectedTransactions(params: BgNbdParams, t: number): WithSteps {
	requireParams(params);
	requireRange('t', t, 0, 1e9);
	const { r, alpha, a, b } = params;
	const zStep = step(
		'hypergeometricArgument',
		div(v('t', t), paren(add(v('α', alpha), v('t', t))))
	);
	// (α/(α+t))^r · ₂F₁ as one number: ₂F₁ alone can pass 1e308 where the product is moderate
	const product = powTimesHyp2f1(Math.log(alpha / (alpha + t)), r, r, b, a + b - 1, zStep.value);
	const fStep: BtydStep = {
		id: 'hypergeometric',
		formula: v('(α/(α+t))^r·₂F₁(r, b; a+b−1; z)', product),
		value: product
	};
	const value = expectedTransactionsValue(params, t);
	requireFinite('expectedTransactions', value);
	const formula = mul(
		div(paren(sub(add(v('a', a), v('b', b)), c(1))), paren(sub(v('a', a), c(1)))),
		paren(sub(c(1), v('(α/(α+t))^r·₂F₁', product)))
	);
	const result: BtydStep =
		Math.abs(a - 1) > 1e-7
			? step('expectedTransactions', formula)
			: { id: 'expectedTransactions', formula, value };
	return { value: result.value, steps: [zStep, fStep, result] };
}

/** E[Y(t) | x, t_x, T] unchecked: purchases expected in (T, T + t]. */
export function bgnbdConditionalValue(
	params: BgNbdParams,
	x: number,
	tx: number,
	T: number,
	t: number
): number {
	return bgnbdIfAliveValue(params, x, T, t) / (1 + dropoutOdds(params, x, tx, T));
}

/** Purchases expected in (T, T + t] from a customer with this history who is alive at T (unchecked). */
export function bgnbdIfAliveValue(params: BgNbdParams, x: number, T: number, t: number): number {
	if (t === 0) return 0;
	const { r, alpha, a, b } = params;
	const z = t / (alpha + T + t);
	return atAOne(
		(a1) =>
			((a1 + b + x - 1) / (a1 - 1)) *
			(1 -
				powTimesHyp2f1(
					Math.log((alpha + T) / (alpha + T + t)),
					r + x,
					r + x,
					b + x,
					a1 + b + x - 1,
					z
				)),
		a
	);
}

/**
 * E[Y(t) | x, t_x, T]: the purchases expected from this customer in the next t time units after
 * the end of calibration (FHL 2005, eq. 10) — P(alive) times what an active customer with this
 * history would buy.
 *
 * Formula: E[Y(t) | x, t_x, T] =
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 * / (1 + δ_{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 *
 * @example
 * bgnbdConditionalExpected(cdnowParams, { frequency: 2, recency: 30.43, age: 38.86 }, 39).value
 * //=> 1.2259 (FHL 2005)
 */
export function bgnbdConditionalExpected(
	params: BgNbdParams,
	history: History,
	t: number
): WithSteps {
	requireRange('t', t, 0, 1e9);
	const alive = bgnbdPAlive(params, history);
	const { r, alpha, a, b } = params;
	const { frequency: x, age: T } = history;
	const z = step(
		'hypergeometricArgument',
		div(v('t', t), paren(add(v('α', alpha), v('T', T), v('t', t))))
	);
	const product = powTimesHyp2f1(
		Math.log((alpha + T) / (alpha + T + t)),
		r + x,
		r + x,
		b + x,
		a + b + x - 1,
		z.value
	);
	const fStep: BtydStep = {
		id: 'hypergeometric',
		formula: v('((α+T)/(α+T+t))^(r+x)·₂F₁(r+x, b+x; a+b+x−1; z)', product),
		value: product
	};
	const ifAliveFormula = mul(
		div(
			paren(sub(add(v('a', a), v('b', b), v('x', x, 'count')), c(1))),
			paren(sub(v('a', a), c(1)))
		),
		paren(sub(c(1), v('((α+T)/(α+T+t))^(r+x)·₂F₁', product)))
	);
	const value = bgnbdConditionalValue(params, x, history.recency, T, t);
	requireFinite('conditionalExpected', value);
	const ifAlive: BtydStep =
		Math.abs(a - 1) > 1e-7
			? step('expectedAlive', ifAliveFormula)
			: { id: 'expectedAlive', formula: ifAliveFormula, value: value / alive.value };
	return aliveTimesIfAlive(alive, ifAlive, [z, fStep]);
}

/** E[Y(t) | x, t_x, T] for every customer of a summary (no steps). */
export function bgnbdConditionalAll(
	params: BgNbdParams,
	summary: BtydSummary,
	t: number
): Float64Array {
	requireParams(params);
	requireSummary(summary);
	requireRange('t', t, 0, 1e9);
	return perCustomer(summary, (x, tx, T) => bgnbdConditionalValue(params, x, tx, T, t));
}

/** P(alive) unchecked, for {@link pAliveHistory}. */
export const bgnbdPAliveValue = (params: BgNbdParams, x: number, tx: number, T: number) =>
	1 / (1 + dropoutOdds(params, x, tx, T));
