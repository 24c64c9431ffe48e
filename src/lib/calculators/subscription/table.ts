/**
 * The cohort table as the subscription page keeps it in its inputs: two text fields of the
 * scenario, `table` and `labels`. A small table travels in the share link itself
 * (`encodeCohortTable`, at most 2,000 characters); a larger one is saved in the browser
 * (`table-store.ts`) and the field holds only its key, `@<key>`, so the link works where it was
 * made and the page says so. Labels are one line per cohort ('' when there are none).
 *
 * Pure: the lookup of a saved table is passed in, so everything here is unit-tested.
 */
import { MAX_COHORTS } from '$lib/model/sbg/cohorts';
import {
	decodeCohortTable,
	encodeCohortTable,
	MAX_LINK_TABLE_CHARS
} from '$lib/model/sbg/share-link';

/** A cohort table ready for the model, with its labels. */
export interface TableData {
	/** counts[c][t]: customers of cohort c active at age t (see `CohortCounts`). */
	readonly counts: readonly (readonly number[])[];
	/** One per cohort: its name from the paste, or null. */
	readonly labels: readonly (string | null)[];
	/** False when the cells were percentages (cohort sizes assumed). */
	readonly sizesKnown: boolean;
}

/** The table as resolved for a view: where it came from, too. */
export interface ResolvedTable extends TableData {
	readonly source: 'link' | 'stored';
}

/** Longest labels field put into a link; longer labels send the table to the browser's storage. */
export const MAX_LABELS_CHARS = 600;
/** Longest label kept. */
export const MAX_LABEL_LENGTH = 40;

const STORED = /^@([0-9a-z]{4,16})$/;

/** The storage key in a `table` field that refers to a saved table, or undefined. */
export const storedKey = (table: string): string | undefined => STORED.exec(table)?.[1];

/** Whether a `table` field from a link or a saved scenario can be read at all. */
export const validTableField = (raw: string): boolean =>
	storedKey(raw) !== undefined || decodeCohortTable(raw) !== undefined;

/** A label the page made up ("#3"): not worth carrying. */
const madeUp = (label: string) => /^#\d+$/.test(label);

/** Labels as one field: '' when there are none, else one line per cohort ('' for none). */
export function labelsText(labels: readonly (string | null)[]): string {
	const clean = labels.map((label) =>
		label === null || madeUp(label) ? '' : label.replace(/\s+/g, ' ').slice(0, MAX_LABEL_LENGTH)
	);
	return clean.every((label) => label === '') ? '' : clean.join('\n');
}

/** Whether a labels field can be read. */
export const validLabels = (raw: string): boolean =>
	raw.length <= MAX_LABELS_CHARS && raw.split('\n').length <= MAX_COHORTS;

/** The labels of `rows` cohorts from a labels field (missing ones are null). */
export function readLabels(text: string, rows: number): (string | null)[] {
	const lines = text === '' ? [] : text.split('\n');
	return Array.from({ length: rows }, (_, c) => {
		const label = lines[c]?.trim() ?? '';
		return label === '' ? null : label;
	});
}

/** Where a table goes: into the link, or into the browser under a key. */
export type TablePlacement =
	| { readonly kind: 'link'; readonly table: string; readonly labels: string }
	| {
			readonly kind: 'stored';
			readonly key: string;
			/** `@<key>`. */
			readonly table: string;
			readonly labels: '';
			/** Characters the table would need in a link. */
			readonly length: number;
	  };

/**
 * cyrb53, a fast 53-bit string hash (public domain, bryc): a short key for a saved table, the same
 * for the same table.
 */
function hash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The key a table is saved under. */
export const tableKey = (data: TableData): string =>
	hash(JSON.stringify([data.counts, data.labels, data.sizesKnown])).padStart(4, '0');

/**
 * Where a valid table goes: into the link when it fits (`MAX_LINK_TABLE_CHARS`, labels up to
 * `MAX_LABELS_CHARS`), otherwise into the browser.
 *
 * @example
 * placeTable({ counts: [[1000, 631, 468]], labels: [null], sizesKnown: true })
 * //=> { kind: 'link', table: '1ckrs.a9.4j', labels: '' }
 */
export function placeTable(data: TableData): TablePlacement {
	const encoded = encodeCohortTable(data.counts, data.sizesKnown);
	const labels = labelsText(data.labels);
	if (encoded.kind === 'link' && labels.length <= MAX_LABELS_CHARS)
		return { kind: 'link', table: encoded.text, labels };
	const key = tableKey(data);
	const length = encoded.kind === 'link' ? encoded.text.length + labels.length : encoded.length;
	return { kind: 'stored', key, table: `@${key}`, labels: '', length };
}

/** The longest table a link carries, for the page's note. */
export const LINK_LIMIT = MAX_LINK_TABLE_CHARS;

/**
 * The table a scenario's fields stand for: decoded from the link, or looked up in the browser;
 * undefined when it is neither (a saved table that is not in this browser).
 */
export function resolveTable(
	table: string,
	labels: string,
	lookup: (key: string) => TableData | undefined
): ResolvedTable | undefined {
	const key = storedKey(table);
	if (key !== undefined) {
		const stored = lookup(key);
		return stored && { ...stored, source: 'stored' };
	}
	const decoded = decodeCohortTable(table);
	if (!decoded) return undefined;
	return {
		counts: decoded.counts,
		labels: readLabels(labels, decoded.counts.length),
		sizesKnown: decoded.sizesKnown,
		source: 'link'
	};
}

/** A number as the editor writes it back: exact, without exponent noise for shares. */
const cell = (value: number) => String(Number(value.toPrecision(12)));

/**
 * A table as text for the paste box: a header of ages, one row per cohort with its label (or
 * "#n"), tab-separated, as a spreadsheet copies it. Counts as counts; a table read from
 * percentages goes back as percentages of each cohort's start.
 *
 * @example
 * tableText({ counts: [[1000, 631]], labels: ['Jan'], sizesKnown: true }, 'cohort')
 * //=> 'cohort\t0\t1\nJan\t1000\t631'
 */
export function tableText(data: TableData, heading: string): string {
	const width = Math.max(...data.counts.map((row) => row.length));
	const header = [heading, ...Array.from({ length: width }, (_, t) => String(t))].join('\t');
	const rows = data.counts.map((row, c) => {
		const cells = data.sizesKnown ? row.map(cell) : row.map((n) => `${cell((100 * n) / row[0]!)}%`);
		return [data.labels[c] ?? `#${c + 1}`, ...cells].join('\t');
	});
	return [header, ...rows].join('\n');
}
