/**
 * Everything the segmentation calculator shows, in two passes: what depends on the customers alone
 * (medians, the Pareto curve read at fixed points, RFM scores), then what the lines change (the
 * segments, RFM by segment, the arithmetic). `segmentsCompute` gives the kit one function of the
 * inputs that redoes only the pass a change needs. Pure, so it is unit-tested and benchmarked
 * outside the browser (`npm run bench`).
 */
import type { Step } from '$lib/model/expr';
import {
	classifySegments,
	generateCustomerBase,
	median,
	paretoCurve,
	profitPerTransaction,
	requireCustomers,
	rfmScores,
	SEGMENT_IDS,
	type CurvePoint,
	type CustomerBase,
	type CustomerRecord,
	type QuadrantOptions,
	type QuadrantResult,
	type RfmResult,
	type SegmentId
} from '$lib/model/segments';
import { sampleParams, type SegmentsInputs } from './fields';

/** The generated sample for the inputs (throws `ModelInputError` for parameters it refuses). */
export function sampleBase(inputs: SegmentsInputs): CustomerBase {
	return generateCustomerBase(sampleParams(inputs), inputs.seed);
}

/** Customer shares at which the Pareto chart and its table are read: 0%, 5%, …, 100%. */
export const paretoGrid: readonly number[] = Array.from({ length: 21 }, (_, i) => i / 20);

/** The share of profit the Pareto sentence asks about, and the rule of thumb it compares with. */
export const topFraction = 0.2;
export const ruleOfThumb = 0.8;

export type ParetoView =
	| {
			readonly kind: 'curve';
			/** Share of the profit earned (losses as zero) brought by the top 20% of customers. */
			readonly topShare: number;
			/** The same against net profit (after losses); may exceed 1; null when net ≤ 0. */
			readonly netTopShare: number | null;
			/** Smallest share of customers (best first) who bring 80% of the profit earned. */
			readonly shareFor80: number;
			/** The curves read at `paretoGrid`. */
			readonly earned: readonly number[];
			readonly net: readonly number[] | null;
			readonly lossMakers: number;
			/** Sum of the loss-makers' profit (≤ 0). */
			readonly losses: number;
			readonly netProfit: number;
			readonly step: Step;
	  }
	| { readonly kind: 'no-positive-profit'; readonly netProfit: number };

export type RfmView =
	| {
			readonly kind: 'scores';
			/** Customers scoring 555, and their share of all. */
			readonly topCellCount: number;
			readonly topCellShare: number;
			readonly step: Step;
			/** The most common R-F-M codes, most customers first. */
			readonly codes: readonly { code: string; count: number; share: number }[];
			/** Mean R, F and M score of each quadrant segment (null for an empty segment). */
			readonly bySegment: readonly {
				segment: SegmentId;
				count: number;
				scores: { recency: number; frequency: number; monetary: number } | null;
			}[];
	  }
	| { readonly kind: 'missing-recency'; readonly missing: number };

/** Whose customers the view shows: the generated sample's, or the reader's own table's. */
export type ViewSource =
	| { readonly kind: 'sample'; readonly count: number; readonly seed: number }
	| { readonly kind: 'table'; readonly count: number };

export interface SegmentsView {
	readonly source: ViewSource;
	readonly customers: readonly CustomerRecord[];
	readonly perTransaction: readonly number[];
	readonly quadrant: QuadrantResult;
	/** Medians of the data, shown beside thresholds the reader set. */
	readonly medians: { readonly profit: number; readonly frequency: number };
	readonly pareto: ParetoView;
	readonly rfm: RfmView;
	/** Each customer's RFM code (e.g. '545'), or null without recency. */
	readonly rfmCodes: readonly string[] | null;
	/** The arithmetic shown under the headline (median thresholds only while they are in use). */
	readonly steps: readonly Step[];
}

/** How many of the most common RFM codes the summary lists. */
export const rfmCodeRows = 8;

/** The model's options from the inputs: a line that follows the median is left unset. */
export function quadrantOptions(inputs: SegmentsInputs): QuadrantOptions {
	return {
		pressureThreshold: inputs.pressureThreshold,
		profitThreshold: inputs.profitAt === 'custom' ? inputs.profitThreshold : undefined,
		frequencyThreshold: inputs.frequencyAt === 'custom' ? inputs.frequencyThreshold : undefined
	};
}

/** A cumulative curve (points at i/N) read at customer share `x`, linearly between customers. */
export function readCurve(points: readonly CurvePoint[], x: number): number {
	const n = points.length - 1;
	const position = Math.min(n, Math.max(0, x * n));
	const k = Math.floor(position);
	const lower = points[k]!.profitShare;
	if (k === n) return lower;
	return lower + (position - k) * (points[k + 1]!.profitShare - lower);
}

/** The smallest customer share at which a rising curve reaches `target`. */
export function shareReaching(points: readonly CurvePoint[], target: number): number {
	const n = points.length - 1;
	const i = points.findIndex((point) => point.profitShare >= target - 1e-12);
	if (i <= 0) return i === 0 ? 0 : 1;
	const lower = points[i - 1]!.profitShare;
	const rise = points[i]!.profitShare - lower;
	return (i - 1 + (rise > 0 ? (target - lower) / rise : 1)) / n;
}

function pareto(customers: readonly CustomerRecord[]): ParetoView {
	const result = paretoCurve(customers, topFraction);
	if (result.kind !== 'curve') return { kind: 'no-positive-profit', netProfit: result.netProfit };
	const losses = customers.reduce((sum, c) => sum + Math.min(0, c.profit), 0);
	return {
		kind: 'curve',
		topShare: result.topShare,
		netTopShare: result.netTopShare,
		shareFor80: shareReaching(result.points, ruleOfThumb),
		earned: paretoGrid.map((x) => readCurve(result.points, x)),
		net: result.netPoints && paretoGrid.map((x) => readCurve(result.netPoints!, x)),
		lossMakers: result.lossMakers,
		losses,
		netProfit: result.netProfit,
		step: result.steps[0]!
	};
}

function rfmView(result: RfmResult, n: number, assignments: readonly SegmentId[]): RfmView {
	if (result.kind !== 'scores') return result;
	const codes = Object.entries(result.codeCounts)
		.sort(([a, x], [b, y]) => y - x || b.localeCompare(a))
		.slice(0, rfmCodeRows)
		.map(([code, count]) => ({ code, count, share: count / n }));
	const sums = new Map(
		SEGMENT_IDS.map((segment) => [segment, { count: 0, recency: 0, frequency: 0, monetary: 0 }])
	);
	result.scores.forEach((score, i) => {
		const sum = sums.get(assignments[i]!)!;
		sum.count++;
		sum.recency += score.recency;
		sum.frequency += score.frequency;
		sum.monetary += score.monetary;
	});
	const bySegment = SEGMENT_IDS.map((segment) => {
		const { count, recency, frequency, monetary } = sums.get(segment)!;
		const scores =
			count === 0
				? null
				: { recency: recency / count, frequency: frequency / count, monetary: monetary / count };
		return { segment, count, scores };
	});
	return {
		kind: 'scores',
		topCellCount: result.codeCounts['555'] ?? 0,
		topCellShare: result.steps[0]!.value,
		step: result.steps[0]!,
		codes,
		bySegment
	};
}

/**
 * What depends on the customers alone — medians, the Pareto curve, RFM scores — computed once per
 * table, so that moving a threshold only re-sorts customers into segments.
 */
export interface CustomerStats {
	readonly source: ViewSource;
	readonly customers: readonly CustomerRecord[];
	readonly perTransaction: readonly number[];
	readonly medians: {
		readonly profit: { readonly value: number; readonly step: Step };
		readonly frequency: { readonly value: number; readonly step: Step };
	};
	readonly pareto: ParetoView;
	readonly rfm: RfmResult;
	readonly rfmCodes: readonly string[] | null;
	/** The table's own arithmetic (the generated sample's), shown last. */
	readonly extraSteps: readonly Step[];
}

/** Statistics of a customer table; throws `ModelInputError` for a table the model refuses. */
export function customerStats(
	customers: readonly CustomerRecord[],
	extraSteps: readonly Step[] = [],
	source: ViewSource = { kind: 'table', count: customers.length }
): CustomerStats {
	requireCustomers(customers);
	const perTransaction = customers.map(profitPerTransaction);
	// The same ids and symbols as the model's threshold steps, so the arithmetic reads the same.
	const medians = {
		profit: median('segments.threshold.profitPerTransaction', 'p', perTransaction, 'money'),
		frequency: median(
			'segments.threshold.transactions',
			'n',
			customers.map((c) => c.transactions),
			'count'
		)
	};
	const rfm = rfmScores(customers);
	return {
		source,
		customers,
		perTransaction,
		medians,
		pareto: pareto(customers),
		rfm,
		rfmCodes: rfm.kind === 'scores' ? rfm.scores.map((score) => score.code) : null,
		extraSteps
	};
}

/**
 * Computes the calculator's view of a table's statistics and the inputs: the segments with the
 * lines (the pressure line as set; the others at the medians unless the reader set them), RFM by
 * segment and the arithmetic.
 */
export function computeSegments(stats: CustomerStats, inputs: SegmentsInputs): SegmentsView {
	const { customers, medians } = stats;
	const options = quadrantOptions(inputs);
	const quadrant = classifySegments(customers, {
		...options,
		profitThreshold: options.profitThreshold ?? medians.profit.value,
		frequencyThreshold: options.frequencyThreshold ?? medians.frequency.value
	});
	const steps: Step[] = [];
	if (inputs.profitAt === 'median') steps.push(medians.profit.step);
	if (inputs.frequencyAt === 'median') steps.push(medians.frequency.step);
	const goldShare = quadrant.steps.find((step) => step.id === 'segments.profitShare.gold');
	if (goldShare) steps.push(goldShare);
	if (stats.pareto.kind === 'curve') steps.push(stats.pareto.step);
	return {
		source: stats.source,
		customers,
		perTransaction: stats.perTransaction,
		quadrant,
		medians: { profit: medians.profit.value, frequency: medians.frequency.value },
		pareto: stats.pareto,
		rfm: rfmView(stats.rfm, customers.length, quadrant.assignments),
		rfmCodes: stats.rfmCodes,
		steps: [...steps, ...stats.extraSteps]
	};
}

/** The statistics of the generated sample for the inputs (throws for settings it refuses). */
export function sampleStats(inputs: SegmentsInputs): CustomerStats {
	const base = sampleBase(inputs);
	const source = { kind: 'sample', count: inputs.count, seed: inputs.seed } as const;
	return customerStats(base.customers, base.steps, source);
}

/** The sample's settings as one key: equal keys, equal customers. */
export const sampleKey = (inputs: SegmentsInputs) =>
	[sampleParams(inputs), inputs.seed].map((part) => JSON.stringify(part)).join();

/**
 * The view as one function of the inputs, for the kit: the reader's table while there is one
 * (`table()`, read where the kit reads the inputs, so a new table recomputes), else the generated
 * sample. The statistics of the customers are kept while only the lines move, so moving a line
 * re-sorts the customers without regenerating or rescoring them.
 *
 * @example
 * const compute = segmentsCompute(() => undefined);
 * compute(inputs).source //=> { kind: 'sample', count: 500, seed: 1 }
 */
export function segmentsCompute(
	table: () => readonly CustomerRecord[] | undefined
): (inputs: SegmentsInputs) => SegmentsView {
	let last: { key: unknown; stats: CustomerStats } | undefined;
	return (inputs) => {
		const rows = table();
		const key = rows ?? sampleKey(inputs);
		if (last?.key !== key) {
			last = { key, stats: rows ? customerStats(rows) : sampleStats(inputs) };
		}
		return computeSegments(last.stats, inputs);
	};
}
