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
// The CSV reader itself (`parseCustomerCsv`, header aliases) is imported from './csv' where it is
// used, on demand: re-exported here, it and Papa Parse would ship with every page that shows a
// segment (about 7 kB gzip), since a module this index reaches is bundled with the page.
export { CSV_MAX_ROWS } from './csv-limits';
export type {
	BadRow,
	ColumnReading,
	ColumnRule,
	CsvColumn,
	CsvLayout,
	CsvImportResult,
	CsvReason
} from './csv';
