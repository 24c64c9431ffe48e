/**
 * The worker's job, as a plain async function that the tests call directly: read the reader's data,
 * summarise it, fit the three models, check them on the holdout and fill the per-customer table.
 * Long stages run as generators; between steps it reports progress and, every 50 ms, yields to the
 * event loop so a newer request (or a cancel) can stop it.
 */
import { ModelInputError } from '$lib/model/errors';
import {
	bgnbdConditionalAll,
	bgnbdPAliveAll,
	clvIntervals,
	clvTable,
	cohortsOf,
	expectedCumulativeRepeat,
	fitBgNbd,
	fitGammaGamma,
	fitParetoNbd,
	holdoutByFrequency,
	paretoNbdConditionalAll,
	paretoNbdPAliveAll,
	repeatBuyers,
	spendFrequencyCorrelation,
	type BtydSummary,
	type ClvSettings,
	type FittedTransactions,
	type MleFit,
	type MleProgress
} from '$lib/model/btyd';
import { customerBase, UNIT_DAYS, UNITS_PER_YEAR, type TimeUnit } from '$lib/import/customer-base';
import { readBytes, readText, type ReadResult } from '$lib/import/read';
import {
	PROGRESS_TOTAL,
	stageBand,
	type BtydJob,
	type BtydResult,
	type BtydStage,
	type CustomerTable,
	type FitFailure,
	type ModelValidation,
	type Timeline
} from './protocol';

export type Progress = (done: number, total: number) => void;
export type Stopped = () => boolean;

/** Waits for the next task, so a newer request can arrive. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reports a stage's share done as overall progress. */
const report = (progress: Progress, stage: BtydStage, share: number) => {
	const [start, end] = stageBand(stage);
	progress(Math.round(start + Math.min(1, Math.max(0, share)) * (end - start)), PROGRESS_TOTAL);
};

/** Runs a generator to its end, yielding to the event loop every 50 ms; undefined once stopped. */
async function drive<T, Y>(
	generator: Generator<Y, T, void>,
	onStep: (value: Y) => void,
	stopped: Stopped
): Promise<T | undefined> {
	let last = performance.now();
	for (;;) {
		const next = generator.next();
		if (next.done) return next.value;
		onStep(next.value);
		if (performance.now() - last > 50) {
			await nextTask();
			if (stopped()) return undefined;
			last = performance.now();
		}
	}
}

/** Fits one model, turning bad data into a failure instead of an exception. */
async function fitModel<Name extends string>(
	fit: () => Generator<MleProgress, MleFit<Name>, void>,
	stage: BtydStage,
	progress: Progress,
	stopped: Stopped
): Promise<MleFit<Name> | FitFailure | undefined> {
	report(progress, stage, 0);
	try {
		let steps = 0;
		const result = await drive(fit(), () => report(progress, stage, ++steps / 60), stopped);
		if (result === undefined) return undefined;
		return result.converged ? result : { kind: 'failed', code: 'not-converged' };
	} catch (error) {
		if (error instanceof ModelInputError)
			return { kind: 'failed', code: 'invalid', detail: error.message };
		throw error;
	}
}

const isFit = <T extends object>(fit: T | FitFailure): fit is T => !('kind' in fit);

interface Prepared {
	readonly read: Exclude<ReadResult, { kind: 'error' }>;
	readonly summary: BtydSummary;
	readonly ids: readonly string[];
	readonly timeline?: Timeline;
}

/** Reads (or reuses) the table and summarises it. */
function prepare(
	job: BtydJob,
	read: Exclude<ReadResult, { kind: 'error' }>,
	unit: TimeUnit
): Prepared {
	if (read.kind === 'summary') return { read, summary: read.summary, ids: read.ids };
	const base = customerBase(read.log, { unit, calibrationEnd: job.calibrationEnd });
	return {
		read,
		summary: base.summary,
		ids: base.ids,
		timeline: {
			firstDay: base.firstDay,
			lastDay: base.lastDay,
			calibrationEnd: base.calibrationEnd,
			weekly: base.weekly,
			holdoutLength: base.holdout.length,
			holdout: base.holdout.transactions,
			firstPurchase: base.firstPurchase,
			laterCustomers: base.laterCustomers,
			transactions: base.transactions
		}
	};
}

/** Tracking and holdout series of one fitted model (needs a timeline). */
function validate(
	model: FittedTransactions,
	prepared: Prepared,
	unit: TimeUnit
): ModelValidation | undefined {
	const timeline = prepared.timeline;
	if (!timeline) return undefined;
	const cohorts = cohortsOf(timeline.firstPurchase, timeline.firstDay);
	return {
		tracking: expectedCumulativeRepeat(model, cohorts, timeline.weekly.all.length, UNIT_DAYS[unit]),
		holdout: holdoutByFrequency(model, prepared.summary, timeline.holdout, timeline.holdoutLength)
	};
}

/**
 * Creates the analysis function with its cache of the last table read (one per worker).
 *
 * @example
 * const analyse = createAnalyser();
 * await analyse({ source: { key: 'cdnow', text }, clv: { horizon: 52, margin: 0.3, annualDiscount: 0.1 } },
 *   () => {}, () => false) //=> { kind: 'analysis', fits: { bgnbd: { params: { r: 0.2426, … } } }, … }
 */
export function createAnalyser() {
	let cache:
		{ key: string; options: string; read: Exclude<ReadResult, { kind: 'error' }> } | undefined;

	return async function analyse(
		job: BtydJob,
		progress: Progress,
		stopped: Stopped
	): Promise<BtydResult | undefined> {
		const unit = job.unit ?? 'week';
		report(progress, 'read', 0);
		const options = JSON.stringify(job.read ?? {});
		let read =
			cache && cache.key === job.source.key && cache.options === options ? cache.read : undefined;
		if (!read) {
			const { bytes, text } = job.source;
			if (bytes === undefined && text === undefined)
				return { kind: 'problem', problem: { code: 'source-missing' } };
			const result = bytes !== undefined ? readBytes(bytes, job.read) : readText(text!, job.read);
			if (result.kind === 'error')
				return { kind: 'problem', problem: result.error, badRows: result.badRows };
			read = result;
			cache = { key: job.source.key, options, read };
		}
		report(progress, 'summarise', 0);
		await nextTask();
		if (stopped()) return undefined;
		const prepared = prepare(job, read, unit);
		const { summary } = prepared;
		const customers = summary.frequency.length;
		if (customers < 2)
			return { kind: 'problem', problem: { code: 'too-few-customers', customers } };
		if (summary.frequency.every((x) => x === 0)) {
			return { kind: 'problem', problem: { code: 'only-one-time-buyers', customers } };
		}
		return finish(job, prepared, unit, progress, stopped);
	};
}

/** Fits, validation and the table, once the data is summarised. */
async function finish(
	job: BtydJob,
	prepared: Prepared,
	unit: TimeUnit,
	progress: Progress,
	stopped: Stopped
): Promise<BtydResult | undefined> {
	const { summary } = prepared;
	const bgnbd = await fitModel(() => fitBgNbd(summary), 'bgnbd', progress, stopped);
	if (!bgnbd) return undefined;
	const paretoNbd = await fitModel(() => fitParetoNbd(summary), 'pareto-nbd', progress, stopped);
	if (!paretoNbd) return undefined;
	const hasSpend = summary.monetary !== undefined && repeatBuyers(summary).frequency.length >= 2;
	const gammaGamma: MleFit<'p' | 'q' | 'gamma'> | FitFailure | undefined = hasSpend
		? await fitModel(() => fitGammaGamma(summary), 'gamma-gamma', progress, stopped)
		: { kind: 'failed', code: 'no-spend' };
	if (!gammaGamma) return undefined;
	report(progress, 'validate', 0);
	const bg: FittedTransactions | undefined = isFit(bgnbd)
		? { kind: 'bgnbd', params: bgnbd.params }
		: undefined;
	const pareto: FittedTransactions | undefined = isFit(paretoNbd)
		? { kind: 'pareto-nbd', params: paretoNbd.params }
		: undefined;
	const validation = {
		bgnbd: bg && validate(bg, prepared, unit),
		paretoNbd: pareto && validate(pareto, prepared, unit)
	};
	const clv: ClvSettings = { ...job.clv, periodsPerYear: UNITS_PER_YEAR[unit] };
	const model = job.model ?? 'bgnbd';
	const chosen = model === 'bgnbd' ? bg : pareto;
	const table = await customerTable(
		job,
		summary,
		{ bg, pareto, chosen, gammaGamma, clv },
		progress,
		stopped
	);
	if (!table) return undefined;
	return {
		kind: 'analysis',
		format: prepared.read.format,
		source: prepared.read.kind,
		dates: prepared.read.kind === 'log' ? prepared.read.dates : undefined,
		unit,
		customers: { ids: prepared.ids, summary },
		timeline: prepared.timeline,
		fits: {
			bgnbd,
			paretoNbd,
			gammaGamma,
			spendCheck: hasSpend ? spendFrequencyCorrelation(summary) : undefined
		},
		validation,
		table,
		model,
		clv
	};
}

/** P(alive), expected purchases, expected spend, CLV and its interval for every customer. */
async function customerTable(
	job: BtydJob,
	summary: BtydSummary,
	fitted: {
		bg?: FittedTransactions;
		pareto?: FittedTransactions;
		chosen?: FittedTransactions;
		gammaGamma: MleFit<'p' | 'q' | 'gamma'> | FitFailure;
		clv: ClvSettings;
	},
	progress: Progress,
	stopped: Stopped
): Promise<CustomerTable | undefined> {
	const { bg, pareto, chosen, gammaGamma, clv } = fitted;
	const horizon = clv.horizon;
	const base: CustomerTable = {
		pAlive: {
			bgnbd: bg?.kind === 'bgnbd' ? bgnbdPAliveAll(bg.params, summary) : undefined,
			paretoNbd:
				pareto?.kind === 'pareto-nbd' ? paretoNbdPAliveAll(pareto.params, summary) : undefined
		},
		expected: {
			bgnbd: bg?.kind === 'bgnbd' ? bgnbdConditionalAll(bg.params, summary, horizon) : undefined,
			paretoNbd:
				pareto?.kind === 'pareto-nbd'
					? paretoNbdConditionalAll(pareto.params, summary, horizon)
					: undefined
		}
	};
	if (!chosen || !isFit(gammaGamma)) return base;
	report(progress, 'clv', 0);
	const n = summary.frequency.length;
	const values = await drive(
		clvTable(chosen, gammaGamma.params, summary, clv),
		(share) => report(progress, 'clv', share),
		stopped
	);
	if (!values) return undefined;
	const draws = job.draws ?? 200;
	if (draws === 0 || n === 0)
		return { ...base, expectedSpend: values.expectedSpend, clv: values.clv };
	const interval = await drive(
		clvIntervals(chosen, gammaGamma.params, summary, clv, 1, draws),
		(share) => report(progress, 'interval', share),
		stopped
	);
	if (!interval) return undefined;
	return {
		...base,
		expectedSpend: values.expectedSpend,
		clv: values.clv,
		clvLow: interval.low,
		clvHigh: interval.high
	};
}
