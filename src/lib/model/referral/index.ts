/**
 * Referral multiplication: each customer buys, buys more, buys other products and refers others
 * who do the same. Expected values (`projectReferral`), a seeded Monte-Carlo spread
 * (`simulateReferral`, batched for a Web Worker), the viral coefficient and the 1/(1 − K) head
 * count, Kumar's customer referral value, the five-year software case of
 * “The law of customer value multiplication” (Chinese document, 2025) and presets.
 */
export * from './params';
export {
	viralCoefficient,
	type Bounded,
	type UnboundedReason,
	type ViralCoefficient
} from './viral';
export { expectedHeadCount, type HeadCount } from './head-count';
export { acceptanceShare, saturatedJoiners } from './saturation';
export { spendByAge } from './spend';
export type { ReferralSeries, SourceSeries } from './series';
export type {
	ReferralSummary,
	ReferralTotals,
	SourceTotals,
	ValueMultiplier,
	ViralSummary
} from './totals';
export {
	MAX_CUSTOMERS,
	SATURATION_BINDS_BELOW,
	projectReferral,
	type ReferralProjection,
	type SaturationReport
} from './expected';
export {
	MAX_RUNS,
	MAX_SAMPLES,
	createMonteCarlo,
	runMonteCarloBatch,
	simulateReferral,
	simulateReferralBatches,
	summarizeMonteCarlo,
	type MonteCarloBand,
	type MonteCarloJob,
	type MonteCarloProgress,
	type MonteCarloSeriesName,
	type MonteCarloSummary
} from './montecarlo';
export {
	customerReferralValue,
	type CustomerReferralValue,
	type ReferredCustomer
} from './referral-value';
export { firstGenerationReferrals } from './single-generation';
export {
	softwareVendorCase,
	softwareVendorParams,
	type CaseCustomer,
	type CaseProduct,
	type CasePurchase,
	type PurchaseKind,
	type ReferralCase
} from './software-case';
export {
	referralCaseTable,
	type CaseLine,
	type CaseTable,
	type CaseYear,
	type SalesSource,
	type SourceAmounts
} from './case-table';
export {
	referralPresetIds,
	referralPresets,
	type ReferralPreset,
	type ReferralPresetId
} from './presets';
