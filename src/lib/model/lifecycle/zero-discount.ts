/**
 * The infinite-horizon value when cash flows are not discounted (d = 0): V = Σ_{t≥0} P^t R.
 *
 * With d > 0 the series always converges. With d = 0 it converges only if, from each start state,
 * the expected cash flow per period dies out. Transient states are left with probability 1 at a
 * geometric rate, so what matters is the closed (recurrent) classes a customer can end up in:
 *
 * - a closed class whose rewards are all 0 (e.g. an absorbing "lost" state) adds nothing;
 * - a closed class with stationary distribution π and period p contributes a convergent series
 *   exactly when, for each of its p cyclic subclasses, Σ_{j in the subclass} π_j R_j = 0 (the part
 *   of R on the eigenvalues of modulus 1 is zero). Otherwise the value is infinite (an absorbing
 *   state that earns forever, a loop of stages that keeps earning) or keeps oscillating.
 *
 * Then, on such a class, V solves (I − P_C + 1·π) V = R_C (the Kemeny–Snell fundamental matrix,
 * which also makes π·V = 0), and on the transient states (I − Q) V_T = R_T + P_{T,C} V_C.
 *
 * Source: Kemeny & Snell, Finite Markov Chains (1960), §4.3 (fundamental matrix of an ergodic
 * chain); Puterman, Markov Decision Processes (1994), §8.2 (total-reward criterion).
 */
import { classifyStates, statesReaching, type StateClass } from './classes';
import { solveLinear } from './linear';
import type { PreparedChain } from './validate';

/** Why an infinite-horizon value has no finite value. */
export type DivergenceReason =
	/** An absorbing state (P_ss = 1) with R_s ≠ 0: a customer there earns (or costs) forever. */
	| 'absorbing-state-earns-forever'
	/** A closed group of states with non-zero average reward per period. */
	| 'recurrent-class-earns-forever'
	/** A periodic closed group whose average is 0 but whose cash flows never die out. */
	| 'recurrent-class-oscillates';

export type UndiscountedSolution =
	| { readonly kind: 'finite'; readonly values: readonly number[] }
	| {
			readonly kind: 'divergent';
			readonly reason: DivergenceReason;
			/** States of the first offending closed class. */
			readonly classStates: readonly number[];
			/** Every start state whose value is infinite (it can reach an offending class). */
			readonly from: readonly number[];
			/** Long-run average reward per period in that class, π·R. */
			readonly rewardPerPeriod: number;
	  };

/** Stationary distribution π of an irreducible block: π(P_C − I) = 0, Σπ = 1. */
function stationary(chain: PreparedChain, members: readonly number[]): number[] {
	const m = members.length;
	const a = members.map((_, row) =>
		members.map((from, col) =>
			row === m - 1 ? 1 : chain.transitions[from]![members[row]!]! - (row === col ? 1 : 0)
		)
	);
	const b = members.map((_, row) => (row === m - 1 ? 1 : 0));
	return solveLinear(a, b)!;
}

type ClassOutcome =
	| { kind: 'finite'; values: number[] }
	| { kind: 'divergent'; reason: DivergenceReason; rewardPerPeriod: number };

function closedClassValue(chain: PreparedChain, cls: StateClass): ClassOutcome {
	const members = cls.states;
	const rewards = members.map((s) => chain.reward[s]!);
	if (rewards.every((r) => r === 0)) return { kind: 'finite', values: rewards.map(() => 0) };
	const pi = stationary(chain, members);
	const rewardPerPeriod = pi.reduce((acc, p, k) => acc + p * rewards[k]!, 0);
	const phaseSums = new Array<number>(cls.period).fill(0);
	let scale = 0;
	members.forEach((_, k) => {
		phaseSums[cls.phase[k]!]! += pi[k]! * rewards[k]!;
		scale += pi[k]! * Math.abs(rewards[k]!);
	});
	const tolerance = 1e-9 * scale;
	if (phaseSums.some((x) => Math.abs(x) > tolerance)) {
		const reason: DivergenceReason =
			members.length === 1
				? 'absorbing-state-earns-forever'
				: Math.abs(rewardPerPeriod) > tolerance
					? 'recurrent-class-earns-forever'
					: 'recurrent-class-oscillates';
		return { kind: 'divergent', reason, rewardPerPeriod };
	}
	const a = members.map((i, row) =>
		members.map((j, col) => (row === col ? 1 : 0) - chain.transitions[i]![j]! + pi[col]!)
	);
	return { kind: 'finite', values: solveLinear(a, rewards)! };
}

/**
 * Σ_{t≥0} P^t R when it converges, or why it does not.
 *
 * @example
 * // Pfeifer & Carraway's chain at d = 0: lost (state 5) earns 0, so every value is finite.
 * undiscountedValue(prepared).kind //=> 'finite'
 */
export function undiscountedValue(chain: PreparedChain): UndiscountedSolution {
	const { classes } = classifyStates(chain.transitions);
	const values = new Array<number>(chain.size).fill(0);
	const recurrent = new Array<boolean>(chain.size).fill(false);
	let firstBad: { cls: StateClass; reason: DivergenceReason; rewardPerPeriod: number } | undefined;
	const badStates: number[] = [];
	for (const cls of classes) {
		if (!cls.closed) continue;
		cls.states.forEach((s) => (recurrent[s] = true));
		const outcome = closedClassValue(chain, cls);
		if (outcome.kind === 'divergent') {
			firstBad ??= { cls, reason: outcome.reason, rewardPerPeriod: outcome.rewardPerPeriod };
			badStates.push(...cls.states);
		} else {
			cls.states.forEach((s, k) => (values[s] = outcome.values[k]!));
		}
	}
	if (firstBad) {
		const reaches = statesReaching(chain.transitions, badStates);
		return {
			kind: 'divergent',
			reason: firstBad.reason,
			classStates: firstBad.cls.states,
			from: reaches.flatMap((r, s) => (r ? [s] : [])),
			rewardPerPeriod: firstBad.rewardPerPeriod
		};
	}
	const transient = values.flatMap((_, s) => (recurrent[s] ? [] : [s]));
	if (transient.length > 0) {
		const a = transient.map((i) =>
			transient.map((j) => (i === j ? 1 : 0) - chain.transitions[i]![j]!)
		);
		const b = transient.map(
			(i) =>
				chain.reward[i]! +
				chain.transitions[i]!.reduce((acc, p, j) => acc + (recurrent[j] ? p * values[j]! : 0), 0)
		);
		solveLinear(a, b)!.forEach((x, k) => (values[transient[k]!] = x));
	}
	return { kind: 'finite', values };
}
