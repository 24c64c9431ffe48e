/**
 * The messages between the "predict from your transactions" page and its worker, which reads the
 * reader's file, summarises it, fits BG/NBD, Pareto/NBD and Gamma-Gamma, and computes the
 * per-customer table.
 *
 * They travel in the site's simulation protocol (`$lib/state/mc-protocol`, `McRequest<BtydJob>` and
 * `McReply<BtydResult>`): the page posts `{ id, job? }` (a newer id stops the older job; no job
 * only stops), the worker answers with progress, the result, or an error (a bug, not bad input).
 * Bad input is not an error: it is a `result` of kind 'problem' with a code the page translates. Progress runs from 0 to
 * {@link PROGRESS_TOTAL}; {@link stageOf} names the stage a progress value is in.
 *
 * The worker keeps what it computed for the last request and redoes only what a new one changes:
 * the same `source.key` skips reading, the same unit and calibration end skip the fits, the same
 * CLV settings skip the table — so moving the margin, or asking for the intervals of the rows now
 * on screen, answers at once.
 */
import type { ClvSettings } from '$lib/model/btyd/clv';
import type { BgNbdFit } from '$lib/model/btyd/bgnbd-fit';
import type { GammaGammaFit } from '$lib/model/btyd/gamma-gamma-fit';
import type { SpendFrequencyCheck } from '$lib/model/btyd/gamma-gamma-predict';
import type { ParetoNbdFit } from '$lib/model/btyd/pareto-nbd-fit';
import type { BtydSummary } from '$lib/model/btyd/summary';
import type { FrequencyHistogram } from '$lib/model/btyd/histogram';
import type { HoldoutByFrequency } from '$lib/model/btyd/validation';
import type { TimeUnit } from '$lib/import/customer-base';
import type { DateReading } from '$lib/import/dates';
import type { BadRow, ImportError } from '$lib/import/problems';
import type { ReadOptions, TableFormat } from '$lib/import/read';

/** What to analyse and how. */
export interface BtydJob {
	/**
	 * The reader's data. `key` names it (file name, size and date, or a hash of pasted text); the
	 * worker keeps the last table it read and skips reading while the key stays the same, so only
	 * changed settings are recomputed. Send the file's contents as `buffer` (what `file.arrayBuffer()`
	 * gives) or a paste as `text`, at least with the first request for a key; later requests may send
	 * the key alone. An ArrayBuffer, not a typed array, so that `JSON.stringify(job)` (which a
	 * runner may use to tell jobs apart) stays small.
	 */
	readonly source: { readonly key: string; readonly buffer?: ArrayBuffer; readonly text?: string };
	/** How to read it: columns chosen by hand, date order, decimal mark, log or summary. */
	readonly read?: ReadOptions;
	/** Time unit of the models (default weeks). For a summary table: the unit its times are in. */
	readonly unit?: TimeUnit;
	/** Last day of the calibration period (day number; default two thirds into the log). */
	readonly calibrationEnd?: number;
	/** Horizon (in `unit`), margin and annual discount rate of the CLV. */
	readonly clv: Omit<ClvSettings, 'periodsPerYear'>;
	/** The model the per-customer CLV and its interval use (default BG/NBD). */
	readonly model?: 'bgnbd' | 'pareto-nbd';
	/**
	 * The customers (indexes into `customers.ids`) whose CLV interval to simulate, or 'all', and the
	 * simulations per customer (default 200, CLV_DRAWS in model/btyd/clv-interval.ts); none when
	 * absent. 200 draws take about 0.2 s of CPU per 1,000 customers (bench/btyd.bench.ts): ask for
	 * the rows on screen, and for all of a large base only to export.
	 */
	readonly intervals?: { readonly customers: 'all' | Int32Array; readonly draws?: number };
}

/** Why the data cannot be analysed, beyond reading it. */
export type AnalysisProblem =
	| ImportError
	/** Fewer than 2 customers in the calibration period. */
	| { readonly code: 'too-few-customers'; readonly customers: number }
	/** Nobody came back in the calibration period: repeat-purchase models have nothing to learn. */
	| { readonly code: 'only-one-time-buyers'; readonly customers: number }
	/** No `buffer` or `text` was ever sent for this key (or the worker was restarted): send it. */
	| { readonly code: 'source-missing' };

/** A model that could not be fitted, and why (the others still are). */
export type FitFailure = {
	readonly kind: 'failed';
	readonly code: 'no-spend' | 'not-converged' | 'invalid';
	readonly detail?: string;
};

/** The log's timeline and the holdout, when the data was a transaction log. */
export interface Timeline {
	readonly firstDay: number;
	readonly lastDay: number;
	readonly calibrationEnd: number;
	/** Weekly counts from `firstDay`: all purchases and the summary customers' repeat purchases. */
	readonly weekly: {
		readonly start: number;
		readonly all: Int32Array;
		readonly repeat: Int32Array;
	};
	/** Holdout length in `unit`, and each summary customer's holdout purchases. */
	readonly holdoutLength: number;
	readonly holdout: Float64Array;
	/** Each summary customer's first purchase (day number). */
	readonly firstPurchase: Int32Array;
	/**
	 * Each summary customer's purchase days (same-day purchases merged, holdout included): customer
	 * i's are `days[offsets[i]] … days[offsets[i+1] − 1]`, ascending — for one customer's P(alive)
	 * over time (model/btyd/palive-history.ts takes the times since the first purchase, in `unit`).
	 */
	readonly purchases: { readonly offsets: Int32Array; readonly days: Int32Array };
	/** Customers whose first purchase came after the calibration end. */
	readonly laterCustomers: number;
	/** Purchases after merging same-day ones. */
	readonly transactions: number;
}

/** Validation per model (absent for a model that failed). */
export interface ModelValidation {
	/** Customers by repeat purchases in calibration, actual and expected (0 … 6, 7+). */
	readonly histogram: FrequencyHistogram;
	/** Expected cumulative repeat purchases at the end of each week of the timeline (log only). */
	readonly tracking?: Float64Array;
	/** Holdout purchases by calibration frequency, actual and expected (log only). */
	readonly holdout?: HoldoutByFrequency;
}

/** Per-customer columns, in the order of `customers.ids`. */
export interface CustomerTable {
	readonly pAlive: { readonly bgnbd?: Float64Array; readonly paretoNbd?: Float64Array };
	/** Purchases expected over the CLV horizon, per model. */
	readonly expected: { readonly bgnbd?: Float64Array; readonly paretoNbd?: Float64Array };
	/** E[M | x, m_x] (absent without spend). */
	readonly expectedSpend?: Float64Array;
	/** CLV over the horizon with the chosen model. */
	readonly clv?: Float64Array;
	/**
	 * The 80% predictive interval of the CLV for the customers asked for (`customers[k]` has
	 * `low[k]` … `high[k]`), from `draws` simulations each; see model/btyd/clv-interval.ts for what
	 * it means.
	 */
	readonly interval?: {
		readonly customers: Int32Array;
		readonly low: Float64Array;
		readonly high: Float64Array;
		readonly draws: number;
	};
}

export interface BtydAnalysis {
	readonly kind: 'analysis';
	/** How the data was read (encoding, delimiter, decimal mark, columns, bad rows). */
	readonly format: TableFormat;
	readonly source: 'log' | 'summary';
	/** How the dates were read (log only): the page offers a choice when `ambiguous`. */
	readonly dates?: DateReading;
	readonly unit: TimeUnit;
	readonly customers: { readonly ids: readonly string[]; readonly summary: BtydSummary };
	readonly timeline?: Timeline;
	readonly fits: {
		readonly bgnbd: BgNbdFit | FitFailure;
		readonly paretoNbd: ParetoNbdFit | FitFailure;
		readonly gammaGamma: GammaGammaFit | FitFailure;
		/** The frequency–spend correlation Gamma-Gamma assumes away (absent without spend). */
		readonly spendCheck?: SpendFrequencyCheck;
	};
	readonly validation: { readonly bgnbd?: ModelValidation; readonly paretoNbd?: ModelValidation };
	readonly table: CustomerTable;
	readonly model: 'bgnbd' | 'pareto-nbd';
	readonly clv: ClvSettings;
}

export type BtydResult =
	| BtydAnalysis
	| {
			readonly kind: 'problem';
			readonly problem: AnalysisProblem;
			/** Bad rows found before the problem (e.g. every row bad). */
			readonly badRows?: readonly BadRow[];
	  };

export type BtydStage =
	'read' | 'summarise' | 'bgnbd' | 'pareto-nbd' | 'gamma-gamma' | 'validate' | 'clv' | 'interval';

/** Progress runs 0 … PROGRESS_TOTAL; each stage owns a band of it. */
export const PROGRESS_TOTAL = 1000;
export const STAGE_START: Readonly<Record<BtydStage, number>> = {
	read: 0,
	summarise: 150,
	bgnbd: 200,
	'pareto-nbd': 350,
	'gamma-gamma': 650,
	validate: 700,
	clv: 750,
	interval: 850
};

/**
 * The stage a progress value belongs to.
 *
 * @example
 * stageOf(400) //=> 'pareto-nbd'
 */
export function stageOf(done: number): BtydStage {
	let current: BtydStage = 'read';
	for (const [stage, start] of Object.entries(STAGE_START) as [BtydStage, number][]) {
		if (done >= start) current = stage;
	}
	return current;
}

/** The band of a stage: [start, end). */
export function stageBand(stage: BtydStage): [number, number] {
	const starts = Object.values(STAGE_START);
	const start = STAGE_START[stage];
	const end = starts.find((s) => s > start) ?? PROGRESS_TOTAL;
	return [start, end];
}
