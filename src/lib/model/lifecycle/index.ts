/**
 * Lifecycle simulation: a discrete-time Markov chain over customer states with per-state revenue
 * and cost (Pfeifer & Carraway 2000). Closed-form cohort projection, CLV by starting state (finite
 * and infinite horizon), expected time to churn, a seeded Monte-Carlo cohort for a Web Worker,
 * what-if campaigns, and presets for the lifecycle frameworks of
 * “The customer lifecycle (how to extend it)” (Chinese web article).
 */
export {
	MAX_COHORT_SIZE,
	MAX_MONEY,
	MAX_PERIODS,
	MAX_STATES,
	MIN_POSITIVE_DISCOUNT_RATE,
	ROW_SUM_TOLERANCE,
	type CohortSpec,
	type InitialCohort,
	type LifecycleChain,
	type LifecycleState
} from './chain';
export {
	ChainInputError,
	prepareChain,
	validateChain,
	type ChainErrorLocation,
	type PreparedChain
} from './validate';
export {
	finiteHorizonValue,
	infiniteHorizonValue,
	type DivergenceReason,
	type FiniteHorizonValue,
	type InfiniteHorizonValue,
	type StateValue
} from './clv';
export { projectCohort, type CohortProjection } from './projection';
export { churnedStateIds, expectedTimeToChurn, type TimeToChurn } from './churn-time';
export {
	MAX_COUNT_CELLS,
	MAX_RUNS,
	MAX_SIMULATED_CUSTOMERS,
	createCohortSimulation,
	simulateCohort,
	type Bands,
	type CohortSimulation,
	type CustomerValueSummary,
	type MonteCarloInput,
	type MonteCarloProgress,
	type MonteCarloResult
} from './montecarlo';
export { runCohortSimulation, type MonteCarloOutcome, type RunOptions } from './montecarlo-run';
export {
	evaluateCampaign,
	type Campaign,
	type CampaignRoi,
	type InterventionResult,
	type TransitionShift
} from './intervention';
export {
	chainFromPreset,
	lifecyclePreset,
	lifecyclePresets,
	type LifecyclePreset,
	type PresetId,
	type PresetState
} from './presets';
export { classifyStates, type StateClass, type StateClassification } from './classes';
export { matrixPower } from './matrix';
export { solveLinear, invertMatrix } from './linear';
