/**
 * Customer lifetime value by starting state for a Markov-chain customer model.
 *
 * V_s is the expected present value of all net cash flows of one customer who is in state s now:
 * the cash flow R_s of the current period (t = 0, not discounted) plus those of every later period
 * t, discounted by 1/(1+d)^t, wherever the chain takes the customer.
 *
 * - finite horizon, periods 0 … T (T + 1 cash flows):  V_T = Σ_{t=0..T} [(1+d)^−1 P]^t R
 * - infinite horizon:                                    V = (I − (1+d)^−1 P)^−1 R
 *
 * Source: Pfeifer & Carraway (2000), "Modeling customer relationships as Markov chains", Journal of
 * Interactive Marketing 14(2), eqs. for V_T and V. Symbols: `transitions` = P, `reward` = R
 * (revenue − cost), `discountRate` = d, `horizon` = T.
 */
import { v, type Step } from '../expr';
import { requireInteger } from '../errors';
import { bellmanFormula, discountFactorStep, retentionClosedFormStep, rewardStep } from './bellman';
import { MAX_PERIODS, type LifecycleChain } from './chain';
import { solveLinear } from './linear';
import { matrixTimesColumn } from './matrix';
import { prepareChain, type PreparedChain } from './validate';
import { undiscountedValue, type DivergenceReason } from './zero-discount';

export type { DivergenceReason } from './zero-discount';

/** The value of one starting state, with the working that produced it. */
export interface StateValue {
	readonly id: string;
	readonly name: string;
	/** V_s, money per customer now in state s. */
	readonly value: number;
	/**
	 * 'lifecycle.reward', then 'lifecycle.bellman' (or 'lifecycle.bellmanFinite'), then any
	 * closed form ('lifecycle.retentionClosedForm').
	 */
	readonly steps: readonly Step[];
}

export type InfiniteHorizonValue =
	| {
			readonly kind: 'finite';
			/** V in the order of `chain.states`. */
			readonly values: readonly number[];
			readonly byState: readonly StateValue[];
			/** 'lifecycle.discountFactor'. */
			readonly steps: readonly Step[];
	  }
	| {
			readonly kind: 'divergent';
			readonly reason: DivergenceReason;
			/** Id of a state of the closed group that keeps earning (the absorbing state itself). */
			readonly state: string;
			/** Ids of every state of that group. */
			readonly states: readonly string[];
			/** Ids of the start states whose value is infinite (those that can reach the group). */
			readonly from: readonly string[];
			/** The group's long-run average net cash flow per customer per period. */
			readonly rewardPerPeriod: number;
	  };

export interface FiniteHorizonValue {
	/** T: the last period counted; values cover periods 0 … T. */
	readonly horizon: number;
	readonly values: readonly number[];
	readonly byState: readonly StateValue[];
	/** 'lifecycle.discountFactor'. */
	readonly steps: readonly Step[];
}

/**
 * Solves V = R + (1+d)^−1 P V for every starting state; no finite value exists only when d = 0
 * and a customer can end up in a group of states that earns (or costs) money forever.
 *
 * With d > 0 the matrix I − P/(1+d) is strictly diagonally dominant, so the solve always succeeds.
 *
 * @example
 * // Pfeifer & Carraway (2000): buy probabilities 0.30, 0.20, 0.15, 0.05,
 * // R = [36, −4, −4, −4, 0], d = 0.2
 * infiniteHorizonValue(recencyChain).values //=> [52.3196, 5.5538, 1.2508, −1.8200, 0] (4 d.p.)
 */
export function infiniteHorizonValue(chain: LifecycleChain): InfiniteHorizonValue {
	const prepared = prepareChain(chain);
	const solved = solveValues(prepared);
	if (solved.kind === 'divergent') {
		const ids = (states: readonly number[]) => states.map((s) => prepared.ids[s]!);
		return {
			kind: 'divergent',
			reason: solved.reason,
			state: prepared.ids[solved.classStates[0]!]!,
			states: ids(solved.classStates),
			from: ids(solved.from),
			rewardPerPeriod: solved.rewardPerPeriod
		};
	}
	const { values } = solved;
	const byState = values.map((value, s): StateValue => {
		const formula = bellmanFormula(prepared, s, values, (j) => `V_${j + 1}`);
		const steps: Step[] = [rewardStep(prepared, s), { id: 'lifecycle.bellman', formula, value }];
		const closedForm = retentionClosedFormStep(prepared, s, values);
		if (closedForm) steps.push(closedForm);
		return { id: prepared.ids[s]!, name: prepared.names[s]!, value, steps };
	});
	return { kind: 'finite', values, byState, steps: [discountFactorStep(prepared.discountRate)] };
}

/** (I − βP) V = R for d > 0; the undiscounted analysis for d = 0. */
function solveValues(chain: PreparedChain): ReturnType<typeof undiscountedValue> {
	if (chain.discountRate === 0) return undiscountedValue(chain);
	const beta = 1 / (1 + chain.discountRate);
	const a = chain.transitions.map((row, i) => row.map((p, j) => (i === j ? 1 : 0) - beta * p));
	return { kind: 'finite', values: solveLinear(a, chain.reward)! };
}

/**
 * V_T for every starting state: expected discounted net cash flow over periods 0 … T, computed by
 * backward recursion V_0 = R, V_k = R + (1+d)^−1 P V_{k−1} (the same sum, T·n² operations).
 *
 * @example
 * // Pfeifer & Carraway (2000) recency chain
 * finiteHorizonValue(recencyChain, 1).values //=> [42.6667, −0.6667, −2.3333, −2.5, 0] (4 d.p.)
 */
export function finiteHorizonValue(chain: LifecycleChain, horizon: number): FiniteHorizonValue {
	const prepared = prepareChain(chain);
	requireInteger('horizon', horizon, 0, MAX_PERIODS);
	const beta = 1 / (1 + prepared.discountRate);
	let previous: number[] = [];
	let values = [...prepared.reward];
	for (let k = 1; k <= horizon; k++) {
		previous = values;
		values = matrixTimesColumn(prepared.transitions, previous).map(
			(x, s) => prepared.reward[s]! + beta * x
		);
	}
	const byState = values.map((value, s): StateValue => {
		const reward = rewardStep(prepared, s);
		const step: Step =
			horizon === 0
				? { id: 'lifecycle.bellmanFinite', formula: v(`R_${s + 1}`, value, 'money'), value }
				: {
						id: 'lifecycle.bellmanFinite',
						formula: bellmanFormula(prepared, s, previous, (j) => `V_${horizon - 1},${j + 1}`),
						value
					};
		return { id: prepared.ids[s]!, name: prepared.names[s]!, value, steps: [reward, step] };
	});
	return { horizon, values, byState, steps: [discountFactorStep(prepared.discountRate)] };
}
