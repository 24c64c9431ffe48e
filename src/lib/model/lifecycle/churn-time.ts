/**
 * Expected time to churn: how many periods, on average, until a customer now in state s first
 * enters a churned (lost) state.
 *
 * Treat the churned states as absorbing. Let Q be P restricted to the other states. The
 * fundamental matrix N = (I − Q)^−1 holds in entry (s, j) the expected number of periods a
 * customer starting in s spends in state j before churning, and the expected time to churn is the
 * row sum t = N · 1 (periods counted from now, including the current one). This only makes sense
 * when churn is certain: a state from which a customer may never churn (it cannot reach a churned
 * state, or may get stuck in a group that never churns) has no finite expected time and is flagged
 * with its probability of ever churning instead.
 *
 * Source: Kemeny & Snell, Finite Markov Chains (1960), Theorem 3.3.5; Pfeifer & Carraway (2000).
 */
import { add, v, type Step } from '../expr';
import type { LifecycleChain } from './chain';
import { churnedStateIds } from './churned';
import { statesReaching } from './classes';
import { invertMatrix, solveLinear } from './linear';
import { prepareChain } from './validate';

export { churnedStateIds };

export type TimeToChurn =
	/** The state is itself a churned state. */
	| { readonly kind: 'churned'; readonly id: string }
	/** Churn is certain; `periods` = expected periods until churn (N · 1), `visits` = row of N. */
	| {
			readonly kind: 'finite';
			readonly id: string;
			readonly periods: number;
			/** Expected periods spent in each state (order of `chain.states`) before churning. */
			readonly visits: readonly number[];
			/** 'lifecycle.timeToChurn': periods = Σ_j N_{s,j}. */
			readonly steps: readonly Step[];
	  }
	/** Churn is not certain, so the expected time is infinite; `churnProbability` < 1. */
	| { readonly kind: 'never'; readonly id: string; readonly churnProbability: number };

/** Probability of ever entering a churned state, from every state (1 on churned states). */
function churnProbabilities(
	transitions: readonly (readonly number[])[],
	churned: readonly boolean[],
	reaches: readonly boolean[]
): number[] {
	const open = reaches.flatMap((r, i) => (r && !churned[i] ? [i] : []));
	const result: number[] = churned.map((c) => (c ? 1 : 0));
	if (open.length === 0) return result;
	const a = open.map((i) => open.map((j) => (i === j ? 1 : 0) - transitions[i]![j]!));
	const b = open.map((i) => transitions[i]!.reduce((acc, p, j) => acc + (churned[j] ? p : 0), 0));
	solveLinear(a, b)!.forEach((h, k) => (result[open[k]!] = Math.min(1, h)));
	return result;
}

/** 'lifecycle.timeToChurn': expected periods = Σ_j N_{s,j} over the states visited before churn. */
function timeToChurnStep(state: number, visits: readonly number[], periods: number): Step {
	const terms = visits.flatMap((n, j) =>
		n === 0 ? [] : [v(`N_${state + 1},${j + 1}`, n, 'number')]
	);
	return {
		id: 'lifecycle.timeToChurn',
		formula: terms.length === 1 ? terms[0]! : add(...terms),
		value: periods
	};
}

/**
 * Expected periods until churn from every state, via the fundamental matrix of the chain with the
 * churned states made absorbing.
 *
 * @example
 * // Two states: active (stays with probability 0.8) and lost. Expected time = 1/(1 − 0.8) = 5.
 * expectedTimeToChurn(chain)
 * //=> [{ kind: 'finite', id: 'active', periods: 5, visits: [5, 0], steps },
 * //    { kind: 'churned', id: 'lost' }]
 */
export function expectedTimeToChurn(
	chain: LifecycleChain,
	churnedIds: readonly string[] = churnedStateIds(chain)
): TimeToChurn[] {
	const prepared = prepareChain(chain);
	const churned = prepared.ids.map((id) => churnedIds.includes(id));
	const reaches = statesReaching(
		prepared.transitions,
		churned.flatMap((c, i) => (c ? [i] : []))
	);
	const probability = churnProbabilities(prepared.transitions, churned, reaches);
	// Churn is certain unless the customer can reach, before churning, a state that cannot churn.
	const canAvoid = statesReaching(
		prepared.transitions.map((row, i) => (churned[i] ? row.map(() => 0) : row)),
		reaches.flatMap((r, i) => (r ? [] : [i]))
	);
	const sure = prepared.ids.flatMap((_, i) => (!churned[i] && !canAvoid[i] ? [i] : []));
	const fundamental =
		sure.length > 0
			? invertMatrix(
					sure.map((i) => sure.map((j) => (i === j ? 1 : 0) - prepared.transitions[i]![j]!))
				)!
			: [];
	return prepared.ids.map((id, i): TimeToChurn => {
		if (churned[i]) return { kind: 'churned', id };
		const k = sure.indexOf(i);
		if (k < 0) return { kind: 'never', id, churnProbability: probability[i]! };
		const visits = prepared.ids.map((_, j) => {
			const col = sure.indexOf(j);
			return col < 0 ? 0 : fundamental[k]![col]!;
		});
		const periods = visits.reduce((a, b) => a + b, 0);
		return { kind: 'finite', id, periods, visits, steps: [timeToChurnStep(i, visits, periods)] };
	});
}
