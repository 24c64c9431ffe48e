/**
 * The page's side of an analysis: which data is being analysed (a file, a paste or the example)
 * and how to read it, the last analysis that succeeded (it stays on screen until a newer one
 * succeeds), the last problem, and the worker that does the work (`McRunner`, with progress and a
 * cancel). The data never leaves the tab: the bytes go to the worker, the settings to the URL.
 *
 * The bytes travel to the worker only when it does not hold them already (the worker keeps the
 * last table it read); intervals are asked for the rows on screen, or for every customer before a
 * download.
 */
import { untrack } from 'svelte';
import type { ReadOptions } from '$lib/import/read';
import type { BadRow } from '$lib/import/problems';
import { today } from '$lib/import/dates';
import { McRunner, type McFinished } from '$lib/state/mc-runner.svelte';
import type { AnalysisSettings } from './fields';
import type { AnalysisProblem, BtydAnalysis, BtydJob, BtydResult } from './protocol';
import type { DataSource } from './source';

export { dataSource, type DataSource } from './source';

/** Data, and how to read it (columns and date order chosen by hand). */
export interface Attempt {
	readonly source: DataSource;
	readonly read: ReadOptions;
}

export interface Shown {
	readonly analysis: BtydAnalysis;
	readonly attempt: Attempt;
	readonly seconds: number;
}

/** Problems found on the page itself, before the worker sees the data. */
export type PageProblem =
	| { readonly code: 'read-failed' }
	| { readonly code: 'paste-empty' }
	| { readonly code: 'paste-too-large'; readonly limit: number }
	| { readonly code: 'example-failed' }
	| { readonly code: 'worker-failed' };

export interface Failure {
	readonly problem: AnalysisProblem | PageProblem;
	readonly badRows?: readonly BadRow[];
	/** The data that failed (to read it again with other columns). */
	readonly attempt?: Attempt;
}

/** CLV intervals known so far for one table (NaN where not yet simulated). */
export interface IntervalCache {
	readonly key: string;
	readonly low: Float64Array;
	readonly high: Float64Array;
	readonly known: number;
}

type Finished = McFinished<BtydJob, BtydResult>;

/** What identifies a reading of the data, as the worker keys it. */
const readKey = (source: { key: string }, read: ReadOptions | undefined) =>
	JSON.stringify([source.key, read ?? {}]);

/** A job without its bytes and intervals: what the table on screen depends on. */
const baseKey = (job: BtydJob) =>
	JSON.stringify([readKey(job.source, job.read), job.unit, job.calibrationEnd, job.clv, job.model]);

/** What decides who the customers are: the reading, the unit and the calibration end. */
const customersKey = (job: BtydJob) =>
	JSON.stringify([readKey(job.source, job.read), job.unit, job.calibrationEnd]);

export class TransactionsSession {
	/** The data the next request analyses. */
	attempt = $state.raw<Attempt | undefined>();
	/** The last analysis that succeeded, and the data it is of. */
	shown = $state.raw<Shown | undefined>();
	/** Why the last attempt failed (cleared by the next success or new data). */
	failure = $state.raw<Failure | undefined>();
	cancelled = $state(false);
	/** True while every customer's interval is being simulated for a download. */
	exporting = $state(false);
	/** Customers whose rows are on screen (indexes into the shown analysis). */
	visible = $state.raw<Int32Array>(new Int32Array(0));
	intervals = $state.raw<IntervalCache | undefined>();
	/** Whether the job running now changes more than the intervals (a progress bar is worth it). */
	heavy = $state(false);
	readonly runner: McRunner<BtydJob, BtydResult>;
	readonly #settings: () => AnalysisSettings;
	readonly #today = today();
	/** The reading the worker holds (it re-reads only when this changes). */
	#workerRead: string | undefined;
	#shownBase = '';
	#shownCustomers = '';
	/** The job on screen when the reader cancelled: not asked for again until something changes. */
	#cancelledBase = '';

	constructor(settings: () => AnalysisSettings, createWorker: () => Worker) {
		this.#settings = settings;
		this.runner = new McRunner<BtydJob, BtydResult>(createWorker, { delay: 150 });
		this.runner.start();
		$effect(() => this.#sync());
		$effect(() => {
			const finished = this.runner.finished;
			if (finished) untrack(() => this.#receive(finished));
		});
		$effect(() => {
			if (this.runner.status === 'error') {
				this.failure = { problem: { code: 'worker-failed' } };
				this.exporting = false;
			}
		});
	}

	/** Analyse new data (a file, a paste or the example), read as its header says. */
	load(source: DataSource): void {
		this.failure = undefined;
		this.cancelled = false;
		this.attempt = { source, read: {} };
	}

	/** Read the data again with columns or a date order chosen by hand. */
	reread(attempt: Attempt, read: ReadOptions): void {
		this.failure = undefined;
		this.cancelled = false;
		this.attempt = { source: attempt.source, read };
	}

	/** A problem found before the worker saw anything (the last analysis stays). */
	refuse(problem: PageProblem | AnalysisProblem): void {
		this.failure = { problem };
	}

	/** Stops the analysis; it stays stopped until the reader changes something or resumes. */
	cancel(): void {
		this.runner.cancel();
		this.exporting = false;
		const job = this.#job();
		this.#cancelledBase = job ? baseKey(job) : '';
		this.cancelled = true;
	}

	resume(): void {
		this.#cancelledBase = '';
		this.cancelled = false;
	}

	/** Simulate every customer's interval, then call the page back (see `exportReady`). */
	requestExport(): void {
		this.exporting = true;
	}

	/** True once every customer of the shown analysis has an interval (or none can be had). */
	get exportReady(): boolean {
		const shown = this.shown;
		if (!shown) return false;
		const n = shown.analysis.customers.ids.length;
		if (!shown.analysis.table.clv) return true;
		return this.intervals?.key === this.#shownBase && this.intervals.known >= n;
	}

	#job(): BtydJob | undefined {
		// read every reactive input first, so the effect that calls this follows all of them
		const { attempt, shown, visible, exporting, intervals } = this;
		if (!attempt) return undefined;
		const settings = this.#settings();
		const read = { ...attempt.read, today: this.#today };
		const withBytes = readKey(attempt.source, read) !== this.#workerRead;
		const job: BtydJob = {
			source: { key: attempt.source.key, ...(withBytes && { buffer: attempt.source.buffer }) },
			read,
			unit: settings.unit,
			calibrationEnd: settings.calibrationEnd,
			clv: settings.clv,
			model: settings.model
		};
		// intervals only for the customers on screen, and only when they are the same customers
		if (customersKey(job) !== this.#shownCustomers || !shown?.analysis.table.clv) return job;
		const cache = intervals?.key === baseKey(job) ? intervals : undefined;
		if (exporting) {
			const all = shown.analysis.customers.ids.length;
			return cache && cache.known >= all ? job : { ...job, intervals: { customers: 'all' } };
		}
		const missing = visible.filter((i) => !cache || Number.isNaN(cache.low[i]!));
		return missing.length > 0 ? { ...job, intervals: { customers: missing } } : job;
	}

	#sync(): void {
		const job = this.#job();
		if (!job) return;
		const base = baseKey(job);
		if (this.cancelled) {
			if (base === this.#cancelledBase) return;
			this.cancelled = false;
		}
		if (base === this.#shownBase && !job.intervals) {
			// what is on screen already answers it: stop anything older that would replace it
			const status = untrack(() => this.runner.status);
			if (status === 'running' || status === 'waiting') this.runner.cancel();
			return;
		}
		this.heavy = base !== this.#shownBase || job.intervals?.customers === 'all';
		this.runner.request(job);
	}

	#receive({ job, result, seconds }: Finished): void {
		const attempt = this.attempt;
		if (!attempt || attempt.source.key !== job.source.key) return;
		if (result.kind === 'analysis') {
			// only a new analysis replaces a problem on screen, not the ranges of the same one
			const fresh = baseKey(job) !== this.#shownBase;
			this.#workerRead = readKey(job.source, job.read);
			this.#shownBase = baseKey(job);
			this.#shownCustomers = customersKey(job);
			this.#mergeIntervals(result, this.#shownBase);
			this.shown = { analysis: result, attempt, seconds };
			if (fresh) this.failure = undefined;
			return;
		}
		const { problem, badRows } = result;
		if (problem.code === 'source-missing') {
			// the worker lost the data (restarted): send the bytes again
			this.#workerRead = undefined;
			this.#sync();
			return;
		}
		if (problem.code === 'too-few-customers' || problem.code === 'only-one-time-buyers') {
			this.#workerRead = readKey(job.source, job.read); // read, but not analysable
		}
		this.failure = { problem, badRows, attempt };
		this.exporting = false;
		if (this.shown && attempt.source !== this.shown.attempt.source)
			this.attempt = this.shown.attempt;
	}

	#mergeIntervals(analysis: BtydAnalysis, key: string): void {
		const interval = analysis.table.interval;
		const n = analysis.customers.ids.length;
		let cache = this.intervals?.key === key ? this.intervals : undefined;
		if (!interval) {
			if (!cache) this.intervals = undefined;
			return;
		}
		const low = cache?.low ?? new Float64Array(n).fill(NaN);
		const high = cache?.high ?? new Float64Array(n).fill(NaN);
		let known = cache?.known ?? 0;
		interval.customers.forEach((customer, k) => {
			if (Number.isNaN(low[customer]!)) known++;
			low[customer] = interval.low[k]!;
			high[customer] = interval.high[k]!;
		});
		cache = { key, low, high, known };
		this.intervals = cache;
	}
}
