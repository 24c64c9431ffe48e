/**
 * Names of saved scenarios: cleaning what a reader typed, finding a free "Name (n)", and merging an
 * import into a list. Every pass is linear in the number of scenarios, so a big import with many
 * clashing names costs no more than a small one per scenario.
 */
import type { SavedScenario, Values } from './scenario-file';

export const maxNameLength = 80;

/** Trims and shortens a scenario name; '' when nothing is left. */
export function cleanName(name: string): string {
	return name.replace(/\s+/g, ' ').trim().slice(0, maxNameLength);
}

const suffixed = / \((\d+)\)$/;

/**
 * The names in use, handing out the first free "Name", "Name (2)", "Name (3)"… Each base name
 * remembers where its search stopped, so n clashes on one name cost O(n) in all, not O(n²).
 */
export class NameBook {
	readonly #used: Set<string>;
	readonly #next = new Map<string, number>();

	constructor(names: Iterable<string> = []) {
		this.#used = new Set(names);
	}

	has(name: string): boolean {
		return this.#used.has(name);
	}

	/** Reserves `name`, or the first free numbered variant of it, and returns the one reserved. */
	take(name: string): string {
		if (!this.#used.has(name)) {
			this.#used.add(name);
			return name;
		}
		const base = name.replace(suffixed, '');
		let n = this.#next.get(base) ?? 2;
		while (this.#used.has(`${base} (${n})`)) n++;
		this.#next.set(base, n + 1);
		const free = `${base} (${n})`;
		this.#used.add(free);
		return free;
	}
}

/** "Name", "Name (2)", "Name (3)"… the first that is not taken. */
export function uniqueName(name: string, taken: Iterable<string>): string {
	return new NameBook(taken).take(name);
}

/** The list with every name unique: a later duplicate gets the first free "Name (n)". */
export function withUniqueNames<T extends Values>(
	scenarios: readonly SavedScenario<T>[]
): SavedScenario<T>[] {
	const book = new NameBook();
	return scenarios.map((s) => {
		const name = book.take(s.name);
		return name === s.name ? s : { ...s, name };
	});
}

/** Names of incoming scenarios that are already in use. */
export function clashes(existing: readonly SavedScenario[], incoming: readonly SavedScenario[]) {
	const names = new Set(existing.map((s) => s.name));
	return incoming.filter((s) => names.has(s.name)).map((s) => s.name);
}

/**
 * Adds imported scenarios to a list. On a name clash, 'keep-both' gives the incoming one a free
 * suffixed name and 'replace' swaps the old one for it; nothing else is touched. Linear time.
 */
export function mergeScenarios<T extends Values>(
	existing: readonly SavedScenario<T>[],
	incoming: readonly SavedScenario<T>[],
	policy: 'keep-both' | 'replace'
): SavedScenario<T>[] {
	const result = [...existing];
	const position = new Map(result.map((s, index) => [s.name, index]));
	const book = new NameBook(position.keys());
	const replaced = new Set<number>();
	for (const scenario of incoming) {
		const at = position.get(scenario.name);
		// Only scenarios that were there before are replaced, each once; a second incoming one of
		// the same name is kept beside it.
		if (at !== undefined && at < existing.length && policy === 'replace' && !replaced.has(at)) {
			result[at] = scenario;
			replaced.add(at);
			continue;
		}
		const name = book.take(scenario.name);
		position.set(name, result.length);
		result.push(name === scenario.name ? scenario : { ...scenario, name });
	}
	return result;
}
