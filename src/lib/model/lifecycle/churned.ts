/** Which states are churned (its own module: the lifecycle page's first view needs only this). */
import type { LifecycleChain } from './chain';

/**
 * The churned states: those marked `churned`, or if none is marked, the absorbing ones (P_ss = 1).
 */
export function churnedStateIds(chain: LifecycleChain): string[] {
	const marked = chain.states.filter((s) => s.churned === true).map((s) => s.id);
	if (marked.length > 0) return marked;
	return chain.states.filter((_, i) => chain.transitions[i]?.[i] === 1).map((s) => s.id);
}
