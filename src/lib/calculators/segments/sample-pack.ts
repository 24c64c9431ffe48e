/**
 * A generated sample's statistics packed for the trip from the sample worker to the page. Copying
 * 5,000 customer objects and 5,000 RFM score objects between threads costs the page about as much
 * as working them out, so the per-customer numbers travel as typed arrays (one copy of a block of
 * memory) and the page builds the objects again, field for field the same: `unpackStats(pack(s))`
 * deep-equals `s`. Statistics of another shape (customers without recency, ids with a line break)
 * travel as they are.
 */
import type { CustomerRecord, RfmResult, RfmScore } from '$lib/model/segments';
import type { CustomerStats } from './compute';

type Scores = Extract<RfmResult, { kind: 'scores' }>;

export type PackedStats =
	| { readonly kind: 'plain'; readonly stats: CustomerStats }
	| {
			readonly kind: 'packed';
			/** Every customer's id, joined by line breaks. */
			readonly ids: string;
			readonly transactions: Float64Array;
			readonly profit: Float64Array;
			readonly recencyDays: Float64Array;
			readonly perTransaction: Float64Array;
			/** RFM scores, one byte per customer and letter. */
			readonly recency: Uint8Array;
			readonly frequency: Uint8Array;
			readonly monetary: Uint8Array;
			/** Everything else, as it is (a few small objects). */
			readonly rest: Omit<CustomerStats, 'customers' | 'perTransaction' | 'rfm' | 'rfmCodes'>;
			readonly codeCounts: Scores['codeCounts'];
			readonly steps: Scores['steps'];
	  };

/** Whether the statistics have the shape `packStats` packs (every generated sample has). */
function packable(stats: CustomerStats): boolean {
	const { customers, rfm, rfmCodes } = stats;
	if (rfm.kind !== 'scores' || !rfmCodes) return false;
	return customers.every((c, i) => {
		const s = rfm.scores[i]!;
		const keys = Object.keys(c);
		return (
			keys.length === 4 &&
			keys[0] === 'id' &&
			keys[1] === 'transactions' &&
			keys[2] === 'profit' &&
			keys[3] === 'recencyDays' &&
			typeof c.recencyDays === 'number' &&
			!c.id.includes('\n') &&
			s.id === c.id &&
			s.code === `${s.recency}${s.frequency}${s.monetary}` &&
			rfmCodes[i] === s.code
		);
	});
}

/** The statistics as typed arrays and a few small objects (see the module's note). */
export function packStats(stats: CustomerStats): PackedStats {
	if (!packable(stats)) return { kind: 'plain', stats };
	const { source, customers, perTransaction, medians, pareto, rfm, extraSteps } = stats;
	const rest = { source, medians, pareto, extraSteps };
	const { scores, codeCounts, steps } = rfm as Scores;
	const column = (pick: (c: CustomerRecord) => number) => Float64Array.from(customers, pick);
	const score = (pick: (s: RfmScore) => number) => Uint8Array.from(scores, pick);
	return {
		kind: 'packed',
		ids: customers.map((c) => c.id).join('\n'),
		transactions: column((c) => c.transactions),
		profit: column((c) => c.profit),
		recencyDays: column((c) => c.recencyDays!),
		perTransaction: Float64Array.from(perTransaction),
		recency: score((s) => s.recency),
		frequency: score((s) => s.frequency),
		monetary: score((s) => s.monetary),
		rest,
		codeCounts,
		steps
	};
}

/** The statistics `packStats` packed, field for field. */
export function unpackStats(packed: PackedStats): CustomerStats {
	if (packed.kind === 'plain') return packed.stats;
	const ids = packed.ids.split('\n');
	const n = ids.length;
	const customers: CustomerRecord[] = new Array(n);
	const scores: RfmScore[] = new Array(n);
	const rfmCodes: string[] = new Array(n);
	const { transactions, profit, recencyDays, recency, frequency, monetary } = packed;
	for (let i = 0; i < n; i++) {
		const id = ids[i]!;
		customers[i] = {
			id,
			transactions: transactions[i]!,
			profit: profit[i]!,
			recencyDays: recencyDays[i]!
		};
		const r = recency[i] as RfmScore['recency'];
		const f = frequency[i] as RfmScore['frequency'];
		const m = monetary[i] as RfmScore['monetary'];
		const code = `${r}${f}${m}`;
		scores[i] = { id, recency: r, frequency: f, monetary: m, code };
		rfmCodes[i] = code;
	}
	const { source, medians, pareto, extraSteps } = packed.rest;
	return {
		source,
		customers,
		perTransaction: Array.from(packed.perTransaction),
		medians,
		pareto,
		rfm: { kind: 'scores', scores, codeCounts: packed.codeCounts, steps: packed.steps },
		rfmCodes,
		extraSteps
	};
}
