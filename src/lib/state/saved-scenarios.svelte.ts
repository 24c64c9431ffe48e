/**
 * A calculator's named scenarios, kept in the browser (localStorage key `clv-lab:scenarios:<id>`)
 * so they survive reloads. Every read goes through the calculator's schema (see scenario-file.ts);
 * storage that is full or turned off sets `problem` instead of throwing, and the list in memory
 * is only changed when the write succeeded.
 */
import {
	clashes,
	cleanName,
	mergeScenarios,
	parseScenarioFile,
	readStored,
	serializeScenarios,
	uniqueName,
	type FileProblem,
	type SavedScenario,
	type ScenarioKind,
	type Values
} from './scenario-file';

export type StorageProblem = 'quota' | 'unavailable';

/** An import that was read and checked, waiting for the reader's answer about clashing names. */
export interface PendingImport<T extends Values> {
	readonly scenarios: SavedScenario<T>[];
	readonly clashes: string[];
}

export class SavedScenarios<T extends Values> {
	list = $state<SavedScenario<T>[]>([]);
	/** Why the last write failed, if it did. */
	problem = $state<StorageProblem | undefined>();
	/** How many stored scenarios could not be read on load (older version, edited by hand). */
	dropped = $state(0);
	readonly key: string;

	constructor(readonly kind: ScenarioKind<T>) {
		this.key = `clv-lab:scenarios:${kind.calculator}`;
	}

	/** Reads the stored list (call in the browser, e.g. from onMount). */
	load(): void {
		try {
			const read = readStored(this.kind, localStorage.getItem(this.key));
			this.list = read.scenarios;
			this.dropped = read.dropped;
			this.problem = undefined;
		} catch {
			this.problem = 'unavailable';
		}
	}

	#write(next: SavedScenario<T>[]): boolean {
		try {
			localStorage.setItem(this.key, serializeScenarios(this.kind, next));
		} catch (error) {
			const quota =
				error instanceof DOMException &&
				(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
			this.problem = quota ? 'quota' : 'unavailable';
			return false;
		}
		this.list = next;
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

	/** Checks an import file; nothing is stored yet. */
	check(text: string): { ok: true; pending: PendingImport<T> } | ({ ok: false } & FileProblem) {
		const parsed = parseScenarioFile(this.kind, text);
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
