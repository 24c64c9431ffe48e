/**
 * The worker's job, as a plain async function that the tests call directly: read the reader's data,
 * summarise it, fit the three models, check them on the holdout and fill the per-customer table.
 *
 * Long stages run as generators; between steps it reports progress and, every 50 ms, yields to the
 * event loop so a newer request (or a cancel) can stop it. It keeps the last table read, the last
 * fits and the last per-customer table, and recomputes only what a request changes.
 */
import { ModelInputError } from '$lib/model/errors';
import {
	bgnbdConditionalAll,
	bgnbdPAliveAll,
	CLV_DRAWS,
	clvIntervals,
	clvTable,
	cohortsOf,
	expectedCumulativeRepeat,
	fitBgNbd,
	fitGammaGamma,
	fitParetoNbd,
	frequencyHistogram,
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
import {
	customerBase,
	UNIT_DAYS,
	UNITS_PER_YEAR,
	type CustomerBase,
	type TimeUnit
} from '$lib/import/customer-base';
import { readBytes, readText, type ReadResult } from '$lib/import/read';
import {
	PROGRESS_TOTAL,
	stageBand,
	type BtydAnalysis,
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

type ReadOk = Exclude<ReadResult, { kind: 'error' }>;
type GammaGammaResult = MleFit<'p' | 'q' | 'gamma'> | FitFailure;

/** Waits for the next task, so a newer request can arrive. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reports a stage's share done as overall progress. */
const report = (progress: Progress, stage: BtydStage, share: number) => {
	const [start, end] = stageBand(stage);
	progress(Math.round(start + Math.min(1, Math.max(0, share)) * (end - start)), PROGRESS_TOTAL);
};

/**
 * Runs a generator to its end, yielding to the event loop every 50 ms (where a worker hears of a
 * newer request); undefined once stopped, checked after every step.
 */
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
		// A stop the job already knows of (set synchronously) ends it at once, whatever the clock.
		if (stopped()) return undefined;
		if (performance.now() - last > 50) {
			await nextTask();
			if (stopped()) return undefined;
			last = performance.now();
		}
	}
}

/** Fits one model, turning bad data or a stalled search into a failure instead of an exception. */
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
		if (error instanceof ModelInputError) {
			return { kind: 'failed', code: 'invalid', detail: error.message };
		}
		throw error;
	}
}

const isFit = <T extends object>(fit: T | FitFailure): fit is T => !('kind' in fit);

/** The data summarised for the models, and the log's timeline when it was a log. */
interface Prepared {
	readonly read: ReadOk;
	readonly summary: BtydSummary;
	readonly ids: readonly string[];
	readonly timeline?: Timeline;
}

/** The purchase days of the summary's customers, in summary order. */
function summaryPurchases(base: CustomerBase): Timeline['purchases'] {
	const { offsets, days } = base.purchases;
	const n = base.logIndex.length;
	const cut = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) {
		const c = base.logIndex[i]!;
		cut[i + 1] = cut[i]! + offsets[c + 1]! - offsets[c]!;
	}
	const picked = new Int32Array(cut[n]!);
	for (let i = 0; i < n; i++) {
		const c = base.logIndex[i]!;
		picked.set(days.subarray(offsets[c]!, offsets[c + 1]!), cut[i]!);
	}
	return { offsets: cut, days: picked };
}

function prepare(job: BtydJob, read: ReadOk, unit: TimeUnit): Prepared {
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
			purchases: summaryPurchases(base),
			laterCustomers: base.laterCustomers,
			transactions: base.transactions
		}
	};
}

/** Calibration histogram, and with a timeline the tracking and holdout series, of one model. */
function validate(model: FittedTransactions, prepared: Prepared, unit: TimeUnit): ModelValidation {
	const histogram = frequencyHistogram(model, prepared.summary);
	const timeline = prepared.timeline;
	if (!timeline) return { histogram };
	const cohorts = cohortsOf(timeline.firstPurchase, timeline.firstDay);
	return {
		histogram,
		tracking: expectedCumulativeRepeat(model, cohorts, timeline.weekly.all.length, UNIT_DAYS[unit]),
		holdout: holdoutByFrequency(model, prepared.summary, timeline.holdout, timeline.holdoutLength)
	};
}

/** Everything that depends on the data, unit and calibration end, but not on the CLV settings. */
interface Fitted {
	readonly prepared: Prepared;
	readonly unit: TimeUnit;
	readonly fits: BtydAnalysis['fits'];
	readonly validation: BtydAnalysis['validation'];
	readonly models: { readonly bgnbd?: FittedTransactions; readonly paretoNbd?: FittedTransactions };
	readonly gammaGamma: GammaGammaResult;
}

async function fitAll(
	prepared: Prepared,
	unit: TimeUnit,
	progress: Progress,
	stopped: Stopped
): Promise<Fitted | undefined> {
	const { summary } = prepared;
	const bgnbd = await fitModel(() => fitBgNbd(summary), 'bgnbd', progress, stopped);
	if (!bgnbd) return undefined;
	const paretoNbd = await fitModel(() => fitParetoNbd(summary), 'pareto-nbd', progress, stopped);
	if (!paretoNbd) return undefined;
	const hasSpend = summary.monetary !== undefined && repeatBuyers(summary).frequency.length >= 2;
	const gammaGamma: GammaGammaResult | undefined = hasSpend
		? await fitModel(() => fitGammaGamma(summary), 'gamma-gamma', progress, stopped)
		: { kind: 'failed', code: 'no-spend' };
	if (!gammaGamma) return undefined;
	report(progress, 'validate', 0);
	const models = {
		bgnbd: isFit(bgnbd) ? ({ kind: 'bgnbd', params: bgnbd.params } as const) : undefined,
		paretoNbd: isFit(paretoNbd)
			? ({ kind: 'pareto-nbd', params: paretoNbd.params } as const)
			: undefined
	};
	return {
		prepared,
		unit,
		fits: {
			bgnbd,
			paretoNbd,
			gammaGamma,
			spendCheck: hasSpend ? spendFrequencyCorrelation(summary) : undefined
		},
		validation: {
			bgnbd: models.bgnbd && validate(models.bgnbd, prepared, unit),
			paretoNbd: models.paretoNbd && validate(models.paretoNbd, prepared, unit)
		},
		models,
		gammaGamma
	};
}

/** P(alive), expected purchases, expected spend and CLV for every customer (no interval). */
async function customerTable(
	fitted: Fitted,
	chosen: FittedTransactions | undefined,
	clv: ClvSettings,
	progress: Progress,
	stopped: Stopped
): Promise<CustomerTable | undefined> {
	const { summary } = fitted.prepared;
	const { bgnbd, paretoNbd } = fitted.models;
	const base: CustomerTable = {
		pAlive: {
			bgnbd: bgnbd?.kind === 'bgnbd' ? bgnbdPAliveAll(bgnbd.params, summary) : undefined,
			paretoNbd:
				paretoNbd?.kind === 'pareto-nbd' ? paretoNbdPAliveAll(paretoNbd.params, summary) : undefined
		},
		expected: {
			bgnbd:
				bgnbd?.kind === 'bgnbd'
					? bgnbdConditionalAll(bgnbd.params, summary, clv.horizon)
					: undefined,
			paretoNbd:
				paretoNbd?.kind === 'pareto-nbd'
					? paretoNbdConditionalAll(paretoNbd.params, summary, clv.horizon)
					: undefined
		}
	};
	if (!chosen || !isFit(fitted.gammaGamma)) return base;
	report(progress, 'clv', 0);
	const values = await drive(
		clvTable(chosen, fitted.gammaGamma.params, summary, clv),
		(share) => report(progress, 'clv', share),
		stopped
	);
	return values && { ...base, expectedSpend: values.expectedSpend, clv: values.clv };
}

/** The interval of the customers asked for, added to the table. */
async function withIntervals(
	job: BtydJob,
	fitted: Fitted,
	table: CustomerTable,
	chosen: FittedTransactions | undefined,
	clv: ClvSettings,
	progress: Progress,
	stopped: Stopped
): Promise<CustomerTable | undefined> {
	const asked = job.intervals;
	if (!asked || !chosen || !isFit(fitted.gammaGamma)) return table;
	const draws = asked.draws ?? CLV_DRAWS;
	const customers = asked.customers === 'all' ? undefined : asked.customers;
	report(progress, 'interval', 0);
	const interval = await drive(
		clvIntervals(
			chosen,
			fitted.gammaGamma.params,
			fitted.prepared.summary,
			clv,
			1,
			draws,
			customers
		),
		(share) => report(progress, 'interval', share),
		stopped
	);
	return interval && { ...table, interval: { ...interval, draws } };
}

/**
 * Creates the analysis function with its caches (one per worker).
 *
 * @example
 * const analyse = createAnalyser();
 * await analyse({ source: { key: 'cdnow', text }, clv: { horizon: 52, margin: 0.3, annualDiscount: 0.1 } },
 *   () => {}, () => false) //=> { kind: 'analysis', fits: { bgnbd: { params: { r: 0.2426, … } } }, … }
 */
export function createAnalyser() {
	let reading: { key: string; read: ReadOk } | undefined;
	let fitting: { key: string; fitted: Fitted } | undefined;
	let tabling: { key: string; table: CustomerTable } | undefined;

	function read(job: BtydJob): ReadOk | Extract<BtydResult, { kind: 'problem' }> {
		const key = JSON.stringify([job.source.key, job.read ?? {}]);
		if (reading?.key === key) return reading.read;
		const { buffer, text } = job.source;
		if (buffer === undefined && text === undefined) {
			return { kind: 'problem', problem: { code: 'source-missing' } };
		}
		const result =
			buffer !== undefined
				? readBytes(new Uint8Array(buffer), job.read)
				: readText(text!, job.read);
		if (result.kind === 'error') {
			return { kind: 'problem', problem: result.error, badRows: result.badRows };
		}
		reading = { key, read: result };
		fitting = undefined;
		tabling = undefined;
		return result;
	}

	async function fit(job: BtydJob, read: ReadOk, progress: Progress, stopped: Stopped) {
		const unit = job.unit ?? 'week';
		const key = JSON.stringify([unit, job.calibrationEnd ?? null]);
		if (fitting?.key === key) return fitting.fitted;
		report(progress, 'summarise', 0);
		await nextTask();
		if (stopped()) return undefined;
		const prepared = prepare(job, read, unit);
		const customers = prepared.summary.frequency.length;
		if (customers < 2) {
			return { kind: 'problem', problem: { code: 'too-few-customers', customers } } as const;
		}
		if (prepared.summary.frequency.every((x) => x === 0)) {
			return { kind: 'problem', problem: { code: 'only-one-time-buyers', customers } } as const;
		}
		const fitted = await fitAll(prepared, unit, progress, stopped);
		if (fitted) fitting = { key, fitted };
		tabling = undefined;
		return fitted;
	}

	return async function analyse(
		job: BtydJob,
		progress: Progress,
		stopped: Stopped
	): Promise<BtydResult | undefined> {
		report(progress, 'read', 0);
		const data = read(job);
		if (data.kind === 'problem') return data;
		const fitted = await fit(job, data, progress, stopped);
		if (!fitted || 'problem' in fitted) return fitted;
		const clv: ClvSettings = { ...job.clv, periodsPerYear: UNITS_PER_YEAR[fitted.unit] };
		const model = job.model ?? 'bgnbd';
		const chosen = model === 'bgnbd' ? fitted.models.bgnbd : fitted.models.paretoNbd;
		const key = JSON.stringify([clv, model]);
		let table = tabling?.key === key ? tabling.table : undefined;
		if (!table) {
			table = await customerTable(fitted, chosen, clv, progress, stopped);
			if (!table) return undefined;
			tabling = { key, table };
		}
		const full = await withIntervals(job, fitted, table, chosen, clv, progress, stopped);
		if (!full) return undefined;
		const { prepared } = fitted;
		return {
			kind: 'analysis',
			format: prepared.read.format,
			source: prepared.read.kind,
			dates: prepared.read.kind === 'log' ? prepared.read.dates : undefined,
			unit: fitted.unit,
			customers: { ids: prepared.ids, summary: prepared.summary },
			timeline: prepared.timeline,
			fits: fitted.fits,
			validation: fitted.validation,
			table: full,
			model,
			clv
		};
	};
}
