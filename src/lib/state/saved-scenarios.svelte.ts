/**
 * A calculator's named scenarios, kept in the browser (localStorage key `clv-lab:scenarios:<id>`)
 * so they survive reloads. Every read goes through the calculator's schema (see scenario-file.ts).
 * Nothing stored is ever lost by this class: an entry this version cannot open (made by an older or
 * newer version, edited by hand, damaged) is kept aside under `…:unreadable`, offered as a download,
 * and opened again by a version that can read it. Storage that is full or turned off sets `problem`
 * instead of throwing, and the list in memory changes only when the write succeeded.
 */
import {
	maxFileBytes,
	parseScenarioFileInChunks,
	readStored,
	serializeScenarios,
	serializeUnreadable,
	type FileProblem,
	type SavedScenario,
	type ScenarioKind,
	type Unreadable,
	type Values
} from './scenario-file';
import { clashes, cleanName, mergeScenarios, uniqueName, withUniqueNames } from './scenario-names';

export type StorageProblem = 'quota' | 'unavailable';

/** An import that was read and checked, waiting for the reader's answer about clashing names. */
export interface PendingImport<T extends Values> {
	readonly scenarios: SavedScenario<T>[];
	readonly clashes: string[];
}

/** The same stored entry read twice (say, from both keys after an interrupted write) counts once. */
function distinct(entries: readonly Unreadable[]): Unreadable[] {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, never observed
	const seen = new Set<string>();
	return entries.filter((entry) => {
		const key = JSON.stringify(entry.raw);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export class SavedScenarios<T extends Values> {
	list = $state.raw<SavedScenario<T>[]>([]);
	/** Stored entries this version cannot open, kept aside (never written over). */
	unreadable = $state.raw<Unreadable[]>([]);
	/** Why the last write failed, if it did. */
	problem = $state<StorageProblem | undefined>();
	/** False until the stored list has been read: nothing is written before that. */
	ready = $state(false);
	readonly key: string;
	readonly asideKey: string;
	#asideText: string | null = null;

	constructor(readonly kind: ScenarioKind<T>) {
		this.key = `clv-lab:scenarios:${kind.calculator}`;
		this.asideKey = `${this.key}:unreadable`;
	}

	/**
	 * Reads the stored list (call in the browser, e.g. from onMount). Entries kept aside earlier
	 * that this version can open come back into the list.
	 */
	async load(pause?: () => Promise<void>): Promise<void> {
		let text: string | null;
		try {
			text = localStorage.getItem(this.key);
			this.#asideText = localStorage.getItem(this.asideKey);
		} catch {
			this.problem = 'unavailable';
			return;
		}
		const main = await readStored(this.kind, text, pause);
		const aside = await readStored(this.kind, this.#asideText, pause);
		this.list = withUniqueNames([...main.scenarios, ...aside.scenarios]);
		this.unreadable = distinct([...main.unreadable, ...aside.unreadable]);
		this.problem = undefined;
		this.ready = true;
	}

	#write(next: SavedScenario<T>[], unreadable = this.unreadable): boolean {
		if (!this.ready) return false;
		try {
			// What cannot be opened is secured first: if that fails, the main list is left alone.
			const aside = unreadable.length > 0 ? serializeUnreadable(this.kind, unreadable) : null;
			if (aside !== this.#asideText) {
				if (aside === null) localStorage.removeItem(this.asideKey);
				else localStorage.setItem(this.asideKey, aside);
				this.#asideText = aside;
			}
			localStorage.setItem(this.key, serializeScenarios(this.kind, next));
		} catch (error) {
			const quota =
				error instanceof DOMException &&
				(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
			this.problem = quota ? 'quota' : 'unavailable';
			return false;
		}
		this.list = next;
		this.unreadable = unreadable;
		this.problem = undefined;
		return true;
	}

	/** Saves the values under a name (a taken name gets a suffix); returns the name used, or ''. */
	save(name: string, values: T): string {
		const clean = uniqueName(
			cleanName(name),
			this.list.map((s) => s.name)
		);
		if (!clean) return '';
		const scenario = {
			name: clean,
			version: this.kind.version,
			values: { ...values },
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once as text
			saved: new Date().toISOString()
		};
		return this.#write([...this.list, scenario]) ? clean : '';
	}

	/** Renames a scenario; returns the name used ('' when nothing changed). */
	rename(from: string, to: string): string {
		const others = this.list.filter((s) => s.name !== from).map((s) => s.name);
		const clean = uniqueName(cleanName(to), others);
		if (!clean || clean === from) return '';
		const next = this.list.map((s) => (s.name === from ? { ...s, name: clean } : s));
		return this.#write(next) ? clean : '';
	}

	remove(name: string): boolean {
		return this.#write(this.list.filter((s) => s.name !== name));
	}

	find(name: string): SavedScenario<T> | undefined {
		return this.list.find((s) => s.name === name);
	}

	/** The export file's text. */
	exportText(): string {
		return serializeScenarios(this.kind, this.list);
	}

	/** The entries kept aside, as a file a later version of the calculator can import. */
	unreadableText(): string {
		return serializeUnreadable(this.kind as ScenarioKind<Values>, this.unreadable);
	}

	/** Deletes the entries kept aside; only on the reader's explicit request. */
	discardUnreadable(): boolean {
		return this.#write(this.list, []);
	}

	/**
	 * Checks an import file; nothing is stored yet. A file over the size limit is refused before it
	 * is read; a long one is checked in chunks, so the page stays responsive.
	 */
	async check(
		file: Blob,
		pause?: () => Promise<void>
	): Promise<{ ok: true; pending: PendingImport<T> } | ({ ok: false } & FileProblem)> {
		if (file.size > maxFileBytes)
			return { ok: false, reason: 'too-large', bytes: file.size, max: maxFileBytes };
		const parsed = await parseScenarioFileInChunks(this.kind, await file.text(), pause);
		if (!parsed.ok) return parsed;
		return {
			ok: true,
			pending: { scenarios: parsed.scenarios, clashes: clashes(this.list, parsed.scenarios) }
		};
	}

	/** Stores a checked import; clashing names are kept side by side or replaced, as chosen. */
	commit(pending: PendingImport<T>, policy: 'keep-both' | 'replace'): boolean {
		return this.#write(mergeScenarios(this.list, pending.scenarios, policy));
	}
}
