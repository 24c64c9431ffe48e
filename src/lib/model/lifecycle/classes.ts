/**
 * Classifying the states of a Markov chain by which states can reach which.
 *
 * Two states *communicate* when each can reach the other with positive probability; the
 * communicating classes partition the states. A class is *closed* (recurrent) when no transition
 * leaves it: a customer who enters never leaves, e.g. an absorbing "lost" state (P_ss = 1) or a
 * loop of stages with no exit. Every other state is *transient*: with probability 1 the customer
 * eventually leaves it for good. The *period* of a closed class is the greatest common divisor of
 * the lengths of its cycles (1 = aperiodic).
 *
 * Source: J. G. Kemeny and J. L. Snell, Finite Markov Chains (1960), ch. 2; any text on Markov
 * chains. Used here for the zero-discount value (which is finite only if no closed class keeps
 * earning) and for the time to churn (which is finite only if churn is certain).
 */
import type { Matrix } from './matrix';

/** A communicating class: its states (indices), whether it is closed, and its period. */
export interface StateClass {
	readonly states: readonly number[];
	/** True when no transition leaves the class (its states are recurrent). */
	readonly closed: boolean;
	/** Period of a closed class (1 = aperiodic); 1 for transient classes by convention. */
	readonly period: number;
	/** For closed classes: the cyclic subclass of each state (its level modulo the period). */
	readonly phase: readonly number[];
}

/** The classes of a chain and, for each state, the index of its class in `classes`. */
export interface StateClassification {
	readonly classes: readonly StateClass[];
	readonly classOf: readonly number[];
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** Tarjan's strongly connected components over the edges i → j with P_ij > 0. */
function components(transitions: Matrix): number[][] {
	const size = transitions.length;
	const order = new Array<number>(size).fill(-1);
	const low = new Array<number>(size).fill(0);
	const onStack = new Array<boolean>(size).fill(false);
	const stack: number[] = [];
	const result: number[][] = [];
	let counter = 0;
	const visit = (i: number): void => {
		order[i] = low[i] = counter++;
		stack.push(i);
		onStack[i] = true;
		transitions[i]!.forEach((p, j) => {
			if (p <= 0) return;
			if (order[j] === -1) {
				visit(j);
				low[i] = Math.min(low[i]!, low[j]!);
			} else if (onStack[j]) {
				low[i] = Math.min(low[i]!, order[j]!);
			}
		});
		if (low[i] === order[i]) {
			const members: number[] = [];
			let j: number;
			do {
				j = stack.pop()!;
				onStack[j] = false;
				members.push(j);
			} while (j !== i);
			result.push(members.sort((a, b) => a - b));
		}
	};
	for (let i = 0; i < size; i++) if (order[i] === -1) visit(i);
	return result;
}

/** Period of a closed class: gcd over its edges i → j of level(i) + 1 − level(j), by BFS levels. */
function periodOf(
	transitions: Matrix,
	members: readonly number[]
): { period: number; phase: number[] } {
	const level = new Map<number, number>([[members[0]!, 0]]);
	const queue = [members[0]!];
	let period = 0;
	while (queue.length > 0) {
		const i = queue.shift()!;
		transitions[i]!.forEach((p, j) => {
			if (p <= 0) return;
			const known = level.get(j);
			if (known === undefined) {
				level.set(j, level.get(i)! + 1);
				queue.push(j);
			} else {
				period = gcd(period, level.get(i)! + 1 - known);
			}
		});
	}
	const finalPeriod = period === 0 ? 1 : period;
	return { period: finalPeriod, phase: members.map((s) => level.get(s)! % finalPeriod) };
}

/**
 * Splits the states into communicating classes, marks the closed ones and their periods.
 *
 * @example
 * // Pfeifer & Carraway's recency chain: states 1–4 transient, state 5 (lost) absorbing
 * classifyStates(P).classes.filter((c) => c.closed)
 * //=> [{ states: [4], closed: true, period: 1, phase: [0] }]
 */
export function classifyStates(transitions: Matrix): StateClassification {
	const classOf = new Array<number>(transitions.length).fill(-1);
	const raw = components(transitions);
	raw.forEach((members, k) => members.forEach((s) => (classOf[s] = k)));
	const classes = raw.map((members, k): StateClass => {
		const closed = members.every((i) =>
			transitions[i]!.every((p, j) => p <= 0 || classOf[j] === k)
		);
		if (!closed) return { states: members, closed, period: 1, phase: members.map(() => 0) };
		return { states: members, closed, ...periodOf(transitions, members) };
	});
	return { classes, classOf };
}

/**
 * States that can reach any state of `targets` (including the targets themselves), following
 * transitions with positive probability.
 */
export function statesReaching(transitions: Matrix, targets: readonly number[]): boolean[] {
	const reaches = transitions.map((_, i) => targets.includes(i));
	let changed = true;
	while (changed) {
		changed = false;
		transitions.forEach((row, i) => {
			if (reaches[i]) return;
			if (row.some((p, j) => p > 0 && reaches[j])) {
				reaches[i] = true;
				changed = true;
			}
		});
	}
	return reaches;
}
