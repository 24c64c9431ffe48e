/**
 * Contractual retention with the shifted-beta-geometric (sBG) model: the public API.
 *
 * Read a pasted cohort table (`parseCohortTable`), fit and value it in one call
 * (`analyzeRetention`), or use the parts: the curves (`survival`, `retentionRate`,
 * `churnProbability`), the fit (`fitSbg`), the lifetimes (`discountedExpectedLifetime`,
 * `discountedResidualLifetime`), the values (`newCustomerValue`, `renewedCustomerValue`,
 * `customerBaseValue`), the shortcut (`compareConstantChurn`) and the share-link codec.
 *
 * Sources: Fader & Hardie (2007), "How to project customer retention"; Fader & Hardie (2010),
 * "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity".
 */
export { MAX_HORIZON, MAX_SHAPE, requireParams, type SbgParams } from './params';
export {
	churnProbability,
	retentionCurve,
	retentionRate,
	survival,
	survivalCurve,
	type PeriodValue
} from './survival';
export {
	calibrationAge,
	MAX_COHORTS,
	MAX_COUNT,
	requireCohorts,
	riskSets,
	type CohortCounts,
	type RiskSets
} from './cohorts';
export { logLikelihood, type LikelihoodTerm } from './likelihood';
export {
	fitSbg,
	FIT_BOUNDS,
	type Estimate,
	type SbgFit,
	type SbgFitted,
	type UnfitReason
} from './fit';
export { churnDistribution, type ChurnDistribution } from './churn-distribution';
export {
	projectCohorts,
	type BaseForecast,
	type CohortProjection,
	type Projection
} from './projection';
export { hyp2f1 } from '../special/hyp2f1';
export {
	discountedExpectedLifetime,
	discountedResidualLifetime,
	residualLifetimes,
	MIN_PERIOD_DISCOUNT,
	type LifetimeResult
} from './lifetime';
export {
	MAX_MONEY,
	newCustomerValue,
	periodDiscountRate,
	renewedCustomerValue,
	type CustomerValue,
	type ValueSettings
} from './customer-value';
export { customerBaseValue, type BaseValue, type CohortValue } from './base-value';
export {
	compareConstantChurn,
	type ConstantChurnComparison,
	type SurvivalComparison
} from './constant-churn';
export { ageWarnings, MIN_TRUSTED_PERIODS, type AgeWarnings } from './warnings';
export { analyzeRetention, type RetentionAnalysis, type RetentionInput } from './analysis';
export {
	findRetentionPreset,
	retentionPresetIds,
	retentionPresets,
	type RetentionPreset,
	type RetentionPresetId
} from './presets';
export { simulateCohorts, type SimulationOptions } from './simulate';
export {
	MAX_PASTE_CHARS,
	MAX_PASTE_COLUMNS,
	MAX_PASTE_ROWS,
	readPasteGrid,
	type Delimiter,
	type PasteGrid
} from './paste-grid';
export {
	formatCohortTable,
	MAX_CELL_ISSUES,
	parseCohortTable,
	type CellIssue,
	type CellReason,
	type CellUnit,
	type CohortTable,
	type CohortTableResult,
	type ParseOptions,
	type TableLayout,
	type TableProblem
} from './cohort-table';
export {
	decodeCohortTable,
	encodeCohortTable,
	MAX_LINK_TABLE_CHARS,
	type EncodedTable
} from './share-link';
