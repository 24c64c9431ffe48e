/**
 * A chain as plain arrays, without the checks (`prepareChain` in `validate.ts` checks the chain
 * first, then calls this). The lifecycle page's first view uses it alone, for the presets, whose
 * chains the model accepts (its spec checks them).
 */
import type { LifecycleChain } from './chain';
import type { PreparedChain } from './validate';

/** Rows of P rescaled by their sums, R_s = revenue_s − cost_s; never the caller's objects. */
export function preparedArrays(chain: LifecycleChain): PreparedChain {
	const transitions = chain.transitions.map((row) => {
		const rowSum = row.reduce((acc, p) => acc + p, 0);
		return row.map((p) => p / rowSum);
	});
	return {
		size: chain.states.length,
		ids: chain.states.map((s) => s.id),
		names: chain.states.map((s) => s.name),
		revenue: chain.states.map((s) => s.revenue),
		cost: chain.states.map((s) => s.cost),
		reward: chain.states.map((s) => s.revenue - s.cost),
		transitions,
		discountRate: chain.discountRate,
		churned: chain.states.map((s) => s.churned === true)
	};
}
