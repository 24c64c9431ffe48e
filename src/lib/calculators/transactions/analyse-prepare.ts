/**
 * The reader's data as the models take it: a customer summary as read, or a transaction log
 * summarised up to the calibration end, with the log's timeline (weekly counts, holdout, each
 * customer's purchase days) for the validation charts.
 */
import { customerBase, type CustomerBase, type TimeUnit } from '$lib/import/customer-base';
import type { ReadResult } from '$lib/import/read';
import type { BtydSummary } from '$lib/model/btyd';
import type { BtydJob, Timeline } from './protocol';

/** What was read without error: a log or a customer summary. */
export type ReadOk = Exclude<ReadResult, { kind: 'error' }>;

/** The data summarised for the models, and the log's timeline when it was a log. */
export interface Prepared {
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

/** The data summarised for the models, from what was read, in time unit `unit`. */
export function prepare(job: BtydJob, read: ReadOk, unit: TimeUnit): Prepared {
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
