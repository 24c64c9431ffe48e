/**
 * One interface over the two purchase-count models, so CLV, the interval and the charts can take
 * "a fitted transaction model" without caring which.
 */
import type { BgNbdParams } from './bgnbd-fit';
import {
	bgnbdConditionalValue,
	bgnbdExpectedTransactions,
	bgnbdIfAliveValue,
	bgnbdPAliveValue,
	requireParams
} from './bgnbd-predict';
import type { ParetoNbdParams } from './pareto-nbd-fit';
import {
	paretoNbdConditionalValue,
	paretoNbdExpectedTransactions,
	paretoNbdIfAliveValue,
	paretoNbdPAliveValue,
	requireParetoParams
} from './pareto-nbd-predict';

/** A fitted purchase-count model: which one, and its parameters. */
export type FittedTransactions =
	| { readonly kind: 'bgnbd'; readonly params: BgNbdParams }
	| { readonly kind: 'pareto-nbd'; readonly params: ParetoNbdParams };

export function requireModel(model: FittedTransactions): void {
	if (model.kind === 'bgnbd') requireParams(model.params);
	else requireParetoParams(model.params);
}

/** P(alive | x, t_x, T) under the model (unchecked). */
export const pAliveOf = (model: FittedTransactions, x: number, tx: number, T: number) =>
	model.kind === 'bgnbd'
		? bgnbdPAliveValue(model.params, x, tx, T)
		: paretoNbdPAliveValue(model.params, x, tx, T);

/** E[Y(t) | x, t_x, T] under the model (unchecked). */
export const conditionalOf = (
	model: FittedTransactions,
	x: number,
	tx: number,
	T: number,
	t: number
) =>
	model.kind === 'bgnbd'
		? bgnbdConditionalValue(model.params, x, tx, T, t)
		: paretoNbdConditionalValue(model.params, x, tx, T, t);

/** Purchases expected in (T, T + t] if the customer is alive at T (unchecked); × P(alive) = E[Y(t)]. */
export const ifAliveOf = (model: FittedTransactions, x: number, T: number, t: number) =>
	model.kind === 'bgnbd'
		? bgnbdIfAliveValue(model.params, x, T, t)
		: paretoNbdIfAliveValue(model.params, x, T, t);

/** E[X(t)] for a new customer under the model. */
export const expectedOf = (model: FittedTransactions, t: number) =>
	model.kind === 'bgnbd'
		? bgnbdExpectedTransactions(model.params, t).value
		: paretoNbdExpectedTransactions(model.params, t).value;
