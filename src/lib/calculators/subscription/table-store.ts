/**
 * Cohort tables too large for a share link, saved in the browser (localStorage key
 * `clv-lab:subscription:tables`, one JSON object of key → table) so that the page, its link and the
 * saved scenarios that refer to them keep working after a reload. Every entry is checked again when
 * read (a hand-edited or outdated entry is ignored). Tables that saved scenarios refer to are kept;
 * of the others only the most recently used few, so editing a large table cell by cell does not
 * fill the storage. A table is also kept in memory, so the page works for the visit when storage is
 * full or turned off (`put` then says so).
 */
import { requireCohorts } from '$lib/model/sbg/cohorts';
import type { TableData } from './table';

export const TABLES_KEY = 'clv-lab:subscription:tables';
/** The saved scenarios' key: the tables they refer to are never pruned. */
export const SCENARIOS_KEY = 'clv-lab:scenarios:subscription';
/** Tables kept besides those saved scenarios refer to. */
export const RECENT_TABLES = 6;

export type StoreResult = 'saved' | 'quota' | 'unavailable';

interface Entry extends TableData {
	/** When the entry was last written, ms since 1970 (for pruning). */
	readonly used: number;
}

/** A stored entry, or undefined when it is not a valid table. */
function readEntry(value: unknown): Entry | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { counts, labels, sizesKnown, used } = value as Record<string, unknown>;
	if (!Array.isArray(counts) || !Array.isArray(labels) || typeof sizesKnown !== 'boolean')
		return undefined;
	if (typeof used !== 'number' || labels.length > counts.length) return undefined;
	if (!labels.every((label) => label === null || typeof label === 'string')) return undefined;
	if (!counts.every((row) => Array.isArray(row) && row.every((n) => typeof n === 'number')))
		return undefined;
	try {
		requireCohorts(counts as number[][]);
	} catch {
		return undefined;
	}
	return { counts, labels, sizesKnown, used } as Entry;
}

export class TableStore {
	readonly #memory = new Map<string, TableData>();
	#raw: string | null = null;
	#parsed: Record<string, unknown> = {};

	/** @param storage the browser's localStorage, or undefined where there is none (prerendering) */
	constructor(private readonly storage: () => Storage | undefined) {}

	/** The stored object, parsed once per distinct text. */
	#read(): Record<string, unknown> {
		const storage = this.storage();
		if (!storage) return {};
		const raw = storage.getItem(TABLES_KEY);
		if (raw !== this.#raw) {
			this.#raw = raw;
			try {
				const parsed: unknown = raw ? JSON.parse(raw) : {};
				this.#parsed =
					typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
						? (parsed as Record<string, unknown>)
						: {};
			} catch {
				this.#parsed = {};
			}
		}
		return this.#parsed;
	}

	/** The table saved under `key`, or undefined. */
	get(key: string): TableData | undefined {
		const known = this.#memory.get(key);
		if (known) return known;
		try {
			const entry = readEntry(this.#read()[key]);
			if (!entry) return undefined;
			const data = { counts: entry.counts, labels: entry.labels, sizesKnown: entry.sizesKnown };
			this.#memory.set(key, data);
			return data;
		} catch {
			return undefined;
		}
	}

	#pending: { key: string; data: TableData; done: (result: StoreResult) => void } | undefined;

	/**
	 * `put`, but the browser's storage is written just after the next frame instead of now: writing
	 * it takes a millisecond or two for a large table, which the frame showing an edit should not
	 * wait for. The table is in memory at once (so the page reads it back at once); of several quick
	 * edits only the last one is written. `done` gets how the writing went.
	 */
	putSoon(
		key: string,
		data: TableData,
		done: (result: StoreResult) => void,
		later: (write: () => void) => void = afterFrame
	): void {
		this.#memory.set(key, data);
		const waiting = this.#pending !== undefined;
		this.#pending = { key, data, done };
		if (waiting) return;
		later(() => {
			const pending = this.#pending;
			this.#pending = undefined;
			if (pending) pending.done(this.put(pending.key, pending.data));
		});
	}

	/** Saves a table under `key` (in memory at once; in the browser if it can). */
	put(key: string, data: TableData, now = Date.now()): StoreResult {
		this.#memory.set(key, data);
		const storage = this.storage();
		if (!storage) return 'unavailable';
		try {
			const kept = this.#prune({ ...this.#read(), [key]: { ...data, used: now } }, storage);
			const text = JSON.stringify(kept);
			storage.setItem(TABLES_KEY, text);
			this.#raw = text;
			this.#parsed = kept;
			return 'saved';
		} catch (error) {
			const quota =
				error instanceof DOMException &&
				(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
			return quota ? 'quota' : 'unavailable';
		}
	}

	/** The valid entries that saved scenarios refer to, and the most recent others. */
	#prune(entries: Record<string, unknown>, storage: Storage): Record<string, Entry> {
		const saved = storage.getItem(SCENARIOS_KEY) ?? '';
		const valid = Object.entries(entries).flatMap(([key, value]) => {
			const entry = readEntry(value);
			return entry ? [[key, entry] as const] : [];
		});
		const referred = valid.filter(([key]) => saved.includes(`"@${key}"`));
		const others = valid
			.filter(([key]) => !saved.includes(`"@${key}"`))
			.sort((a, b) => b[1].used - a[1].used)
			.slice(0, RECENT_TABLES);
		return Object.fromEntries([...referred, ...others]);
	}
}

/**
 * Runs `write` once the next frame has been drawn (or after 200 ms, where frames are not drawn:
 * a page in a background tab).
 */
export function afterFrame(write: () => void): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		write();
	};
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
	setTimeout(once, 200);
}

/** The page's store, on the browser's localStorage. */
export const tableStore = new TableStore(() => {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage turned off: reading it throws
	}
});
