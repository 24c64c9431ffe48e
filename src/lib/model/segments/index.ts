/**
 * Customer segmentation: a seeded sample base, the gold/comet/stream/pressure quadrant, the Pareto
 * (80/20) curve, RFM scores and CSV import of the user's own table.
 */
export { profitPerTransaction, requireCustomers, type CustomerRecord } from './customer';
export {
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
	SEGMENT_TREATMENT,
	type QuadrantOptions,
	type QuadrantResult,
	type SegmentId,
	type SegmentSummary,
	type TreatmentId
} from './quadrant';
export { paretoCurve, type CurvePoint, type ParetoResult } from './pareto';
export { rfmScores, type Quintile, type RfmResult, type RfmScore } from './rfm';
export { parseNumber } from './parse-number';
export {
	CSV_HEADER_ALIASES,
	CSV_MAX_ROWS,
	LIFETIMES_HEADER_ALIASES,
	parseCustomerCsv,
	type BadRow,
	type ColumnReading,
	type ColumnRule,
	type CsvColumn,
	type CsvLayout,
	type CsvImportResult,
	type CsvReason
} from './csv';
