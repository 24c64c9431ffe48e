/**
 * Shared fixtures for the lifecycle calculator's specs (imported by *.spec.ts only).
 */
import type { LifecycleInputs } from './scenario';

/**
 * The chain of the model's worked example (`twoStateChain` in model/lifecycle/test-fixtures) as
 * the calculator holds it: active (revenue 100 a step, keeping `retention`) and lost, the cohort
 * starting active.
 */
export const twoStates = (
	retention = 0.8
): Pick<LifecycleInputs, 'start' | 'states' | 'transitions'> => ({
	start: 0,
	states: [
		{ id: 'active', name: 'Active', revenue: 100, cost: 0, churned: false },
		{ id: 'lost', name: 'Lost', revenue: 0, cost: 0, churned: true }
	],
	transitions: [
		[retention, 1 - retention],
		[0, 1]
	]
});
