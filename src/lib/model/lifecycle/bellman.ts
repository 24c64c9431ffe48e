/**
 * The working shown for Markov-chain values: the discount factor, each state's reward and each
 * state's Bellman equation with the user's numbers and the solved values substituted.
 *
 * Bellman equation (Pfeifer & Carraway 2000, eq. for V): the value of a customer now in state s is
 * this period's net cash flow plus the discounted expected value of wherever the customer goes next,
 *
 *   V_s = R_s + 1/(1+d) · Σ_j P_sj · V_j.
 *
 * States are numbered from 1 in the formulas (as in the paper), in the order of `chain.states`.
 */
import { add, c, div, mul, paren, sub, v, type Expr, type Step } from '../expr';
import type { PreparedChain } from './validate';

/** β = 1/(1+d): the value today of one unit of money received one period from now. */
export function discountFactorStep(discountRate: number): Step {
	return {
		id: 'lifecycle.discountFactor',
		formula: div(c(1), paren(add(c(1), v('d', discountRate, 'rate')))),
		value: 1 / (1 + discountRate)
	};
}

/** R_s = revenue_s − cost_s: net cash flow per customer per period in state s. */
export function rewardStep(chain: PreparedChain, state: number): Step {
	const n = state + 1;
	return {
		id: 'lifecycle.reward',
		formula: sub(
			v(`rev_${n}`, chain.revenue[state]!, 'money'),
			v(`cost_${n}`, chain.cost[state]!, 'money')
		),
		value: chain.reward[state]!
	};
}

/**
 * V_s = R_s + 1/(1+d) · (Σ_j P_sj · V_j) with the next values substituted (zero-probability terms
 * left out). `nextName(j)` names V_j, e.g. `V_3`, or `V_4,3` (V_{T−1,j}) for a finite horizon.
 * Names carry no braces: the renderer shows the text after `_` as the subscript.
 */
export function bellmanFormula(
	chain: PreparedChain,
	state: number,
	next: readonly number[],
	nextName: (j: number) => string
): Expr {
	const terms: Expr[] = [];
	chain.transitions[state]!.forEach((p, j) => {
		if (p === 0) return;
		terms.push(mul(v(`P_${state + 1},${j + 1}`, p, 'rate'), v(nextName(j), next[j]!, 'money')));
	});
	const expected = terms.length === 1 ? terms[0]! : paren(add(...terms));
	const beta = paren(div(c(1), paren(add(c(1), v('d', chain.discountRate, 'rate')))));
	return add(v(`R_${state + 1}`, chain.reward[state]!, 'money'), mul(beta, expected));
}

/**
 * When every state customers in s can move to (other than s) is worth 0, such as the two-state
 * chain "active with retention r, else lost", the Bellman equation solves in closed form:
 *
 *   V_s = R_s · (1+d) / (1 + d − P_ss)
 *
 * which is the start-of-period retention formula m(1+i)/(1+i−r) of Fader & Hardie (2012) with
 * m = R_s, r = P_ss, i = d. Returns undefined when the condition does not hold or R_s = 0.
 *
 * @example
 * // active: margin 100, retention 0.8, else lost; d = 0.12 → 100 × 1.12 / (1.12 − 0.8) = 350
 */
export function retentionClosedFormStep(
	chain: PreparedChain,
	state: number,
	values: readonly number[]
): Step | undefined {
	const row = chain.transitions[state]!;
	const reward = chain.reward[state]!;
	const retention = row[state]!;
	const d = chain.discountRate;
	if (reward === 0 || 1 + d - retention <= 0) return undefined;
	if (row.some((p, j) => j !== state && p > 0 && values[j] !== 0)) return undefined;
	const onePlusD = paren(add(c(1), v('d', d, 'rate')));
	return {
		id: 'lifecycle.retentionClosedForm',
		formula: div(
			mul(v(`R_${state + 1}`, reward, 'money'), onePlusD),
			paren(sub(add(c(1), v('d', d, 'rate')), v(`P_${state + 1},${state + 1}`, retention, 'rate')))
		),
		value: values[state]!
	};
}
