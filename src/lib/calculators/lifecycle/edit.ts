/**
 * Edits to the chain that change its shape: adding and removing states, and balancing a row. Pure:
 * each returns new inputs and keeps every row that summed to 100 % summing to 100 %.
 */
import { MAX_STATES_UI, MIN_STATES, type DraftState, type LifecycleInputs } from './scenario';

/**
 * The first of `name(k)`, `name(k + 1)`, … (k one more than the states) that no state is called yet,
 * whatever the case, for a state the reader adds.
 *
 * @example
 * freshName(fourStates, (k) => `Stage ${k}`) //=> 'Stage 5'
 */
export function freshName(states: readonly DraftState[], name: (k: number) => string): string {
	const taken = new Set(states.map((s) => s.name.trim().toLowerCase()));
	let k = states.length + 1;
	while (taken.has(name(k).toLowerCase())) k++;
	return name(k);
}

/** An id no state uses yet: s1, s2, … */
function freshId(inputs: LifecycleInputs): string {
	const used = new Set(inputs.states.map((s) => s.id));
	let k = inputs.states.length + 1;
	while (used.has(`s${k}`)) k++;
	return `s${k}`;
}

/**
 * Adds a state named `name` that keeps its customers (100 % stay) and that nobody enters yet (a new
 * column of zeros), so every existing row still sums to 100 %. No-op at the maximum.
 *
 * @example
 * withStateAdded(twoStates, 'Dormant').transitions //=> [[0.8, 0.2, 0], [0, 1, 0], [0, 0, 1]]
 */
export function withStateAdded(inputs: LifecycleInputs, name: string): LifecycleInputs {
	if (inputs.states.length >= MAX_STATES_UI) return inputs;
	const n = inputs.states.length;
	return {
		...inputs,
		states: [...inputs.states, { id: freshId(inputs), name, revenue: 0, cost: 0, churned: false }],
		transitions: [
			...inputs.transitions.map((row) => [...row, 0]),
			Array.from({ length: n + 1 }, (_, j) => (j === n ? 1 : 0))
		]
	};
}

/** Index `i` after removing `k`, or `fallback` when `i` was `k`. */
const shifted = (i: number, k: number, fallback: number) =>
	i === k ? fallback : i > k ? i - 1 : i;

/**
 * Removes state `k`. The chance of moving to it is added to staying put in each remaining row, so
 * rows keep summing to 100 %; the start state and campaign indices follow the shift (pointing at
 * the first other state when they named the removed one). No-op at the minimum.
 */
export function withStateRemoved(inputs: LifecycleInputs, k: number): LifecycleInputs {
	if (inputs.states.length <= MIN_STATES || k < 0 || k >= inputs.states.length) return inputs;
	const transitions = inputs.transitions
		.filter((_, i) => i !== k)
		.map((row, i) => {
			const moved = row[k] ?? 0;
			const next = row.filter((_, j) => j !== k);
			next[i] = (next[i] ?? 0) + moved;
			return next;
		});
	const c = inputs.campaign;
	const from = shifted(c.from, k, 0);
	let to = shifted(c.to, k, 0);
	if (to === from) to = from === 0 ? 1 : 0;
	return {
		...inputs,
		states: inputs.states.filter((_, i) => i !== k),
		transitions,
		start: shifted(inputs.start, k, 0),
		campaign: { ...c, target: shifted(c.target, k, 0), from, to }
	};
}

/**
 * Puts whatever row `i` is missing (or has too much) on staying in state i, when that keeps the
 * probability between 0 and 1; returns undefined otherwise.
 *
 * @example
 * balancedRow([0.5, 0.2, 0.2], 0) //=> [0.6, 0.2, 0.2]
 */
export function balancedRow(row: readonly number[], i: number): number[] | undefined {
	const sum = row.reduce((a, b) => a + b, 0);
	const stay = (row[i] ?? 0) + (1 - sum);
	if (!Number.isFinite(stay) || stay < 0 || stay > 1 || row.some((p) => p < 0)) return undefined;
	const next = [...row];
	next[i] = Math.round(stay * 1e12) / 1e12;
	return next;
}
