/**
 * The worker's job, as a plain async function that the tests call directly: read the reader's data,
 * summarise it, fit the three models, check them on the holdout and fill the per-customer table.
 *
 * Long stages run as generators (`analyse-run.ts`); between steps it reports progress and, every
 * 50 ms, yields to the event loop so a newer request (or a cancel) can stop it. The stages:
 * `analyse-prepare.ts` (summary and timeline), `analyse-fit.ts` (the models and their checks),
 * `analyse-table.ts` (the per-customer table). It keeps the last table read, the last fits and
 * the last per-customer table, and recomputes only what a request changes.
 */
import type { ClvSettings } from '$lib/model/btyd';
import { UNITS_PER_YEAR } from '$lib/import/customer-base';
import { readBytes, readText } from '$lib/import/read';
import { fitAll, type Fitted } from './analyse-fit';
import { prepare, type ReadOk } from './analyse-prepare';
import { nextTask, report, type Progress, type Stopped } from './analyse-run';
import { customerTable, withIntervals } from './analyse-table';
import type { BtydJob, BtydResult, CustomerTable } from './protocol';

export type { Progress, Stopped } from './analyse-run';

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
