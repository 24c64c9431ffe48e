/**
 * Customer segmentation: a seeded sample base, the gold/comet/stream/pressure segments, the Pareto
 * (80/20) curve and RFM scores. (Reading the user's own table is `calculators/segments/table.ts`,
 * on the shared importer.)
 */
export { profitPerTransaction, requireCustomers, type CustomerRecord } from './customer';
export {
	checkCustomerBase,
	DEFAULT_CUSTOMER_BASE,
	generateCustomerBase,
	type CustomerBase,
	type CustomerBaseParams
} from './generate';
export { median } from './median';
export {
	classifyCustomer,
	classifySegments,
	SEGMENT_IDS,
	treatmentOf,
	type PressureMembers,
	type QuadrantOptions,
	type QuadrantResult,
	type SegmentId,
	type SegmentSummary,
	type SegmentLimits,
	type TreatmentId
} from './quadrant';
export { paretoCurve, type CurvePoint, type ParetoResult } from './pareto';
export { rfmScores, type Quintile, type RfmResult, type RfmScore } from './rfm';
export { parseNumber } from './parse-number';
