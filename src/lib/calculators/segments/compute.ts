/**
 * Everything the segmentation calculator shows, in two passes: what depends on the customers alone
 * (medians, the Pareto curve read at fixed points, RFM scores), then what the thresholds change
 * (the quadrant, RFM by segment, the arithmetic). Pure, so it is unit-tested and benchmarked outside the browser (`npm run bench`).
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
import { sampleParams, type SegmentsInputs } from './scenario';

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

export interface SegmentsView {
	readonly customers: readonly CustomerRecord[];
	readonly perTransaction: readonly number[];
	readonly quadrant: QuadrantResult;
	/** Medians of the data, shown beside thresholds the reader set. */
	readonly medians: { readonly profit: number; readonly frequency: number };
	readonly pareto: ParetoView;
	readonly rfm: RfmView;
	/** The arithmetic shown under the headline (median thresholds only while they are in use). */
	readonly steps: readonly Step[];
}

/** How many of the most common RFM codes the summary lists. */
export const rfmCodeRows = 8;

/** The quadrant's options from the inputs: a threshold that follows the median is left unset. */
export function quadrantOptions(inputs: SegmentsInputs): QuadrantOptions {
	return {
		profitThreshold: inputs.profitAt === 'custom' ? inputs.profitThreshold : undefined,
		frequencyThreshold: inputs.frequencyAt === 'custom' ? inputs.frequencyThreshold : undefined,
		lossMakersArePressure: inputs.lossRule === 'pressure'
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
	readonly customers: readonly CustomerRecord[];
	readonly perTransaction: readonly number[];
	readonly medians: {
		readonly profit: { readonly value: number; readonly step: Step };
		readonly frequency: { readonly value: number; readonly step: Step };
	};
	readonly pareto: ParetoView;
	readonly rfm: RfmResult;
	/** The table's own arithmetic (the generated sample's), shown last. */
	readonly extraSteps: readonly Step[];
}

/** Statistics of a customer table; throws `ModelInputError` for a table the model refuses. */
export function customerStats(
	customers: readonly CustomerRecord[],
	extraSteps: readonly Step[] = []
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
	return {
		customers,
		perTransaction,
		medians,
		pareto: pareto(customers),
		rfm: rfmScores(customers),
		extraSteps
	};
}

/**
 * Computes the calculator's view of a table's statistics and the inputs: the quadrant with the
 * thresholds (the medians unless the reader set them), RFM by segment and the arithmetic.
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
		customers,
		perTransaction: stats.perTransaction,
		quadrant,
		medians: { profit: medians.profit.value, frequency: medians.frequency.value },
		pareto: stats.pareto,
		rfm: rfmView(stats.rfm, customers.length, quadrant.assignments),
		steps: [...steps, ...stats.extraSteps]
	};
}
