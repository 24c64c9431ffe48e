/**
 * Step ids of the customer-base models (the UI translates them) and the shared step helpers.
 *
 * - `dropoutOdds`: how much likelier "dropped out after the last purchase" is than "still alive",
 *   given the history (BG/NBD: a/(b+x−1)·((α+T)/(α+t_x))^(r+x)).
 * - `pAlive`: probability the customer is still active at the end of the calibration period.
 * - `hypergeometricArgument`, `hypergeometric`: z and the value of ₂F₁ in a formula.
 * - `expectedTransactions`: E[X(t)], purchases expected in (0, t] from a new customer.
 * - `expectedAlive`: purchases expected in the next t periods from this customer if alive.
 * - `conditionalExpected`: E[Y(t) | x, t_x, T], the same weighted by P(alive).
 * - `expectedSpend`: E[M | x, m_x], the expected value of one purchase (Gamma-Gamma).
 * - `periodRate`: the discount rate per period from the annual rate.
 * - `periodTransactions`: expected purchases in one period k (E[Y(k)] − E[Y(k−1)]).
 * - `clv`: discounted expected margin over the horizon.
 */
import type { Expr, Step } from '../expr';
import { evaluate, mul, v } from '../expr';

export type BtydStepId =
	| 'dropoutOdds'
	| 'pAlive'
	| 'hypergeometricArgument'
	| 'hypergeometric'
	| 'expectedTransactions'
	| 'expectedAlive'
	| 'conditionalExpected'
	| 'expectedSpend'
	| 'populationSpend'
	| 'periodRate'
	| 'periodTransactions'
	| 'clv';

export interface BtydStep extends Step {
	readonly id: BtydStepId;
}

/** A value with the steps that produced it (the last step's value is `value`). */
export interface WithSteps {
	readonly value: number;
	readonly steps: readonly BtydStep[];
}

/** A step whose value is the formula's own evaluation (so shown and computed cannot differ). */
export const step = (id: BtydStepId, formula: Expr): BtydStep => ({
	id,
	formula,
	value: evaluate(formula)
});

/**
 * E[Y(t) | x, t_x, T] = P(alive) · E_alive: the purchases expected from a customer, from the
 * chance they are alive and what they would buy if alive, with the steps of both (and any steps
 * shown between them).
 */
export function aliveTimesIfAlive(
	alive: WithSteps,
	ifAlive: BtydStep,
	between: readonly BtydStep[] = []
): WithSteps {
	const result = step(
		'conditionalExpected',
		mul(v('P(alive)', alive.value, 'rate'), v('E_alive', ifAlive.value))
	);
	return { value: result.value, steps: [...alive.steps, ...between, ifAlive, result] };
}
