/**
 * Saved scenarios as data: the format kept in the browser's storage and written to an export file,
 * its validation (every scenario checked against the calculator's schema with the URL codec, so a
 * stored or imported scenario is exactly as safe as a share link), and what happens on an import
 * whose names clash with scenarios already saved. Pure: no storage, no DOM.
 */
import { decodeScenario, type Schema } from './codec';

export type Values = Record<string, string | number>;

export interface SavedScenario<T extends Values = Values> {
	readonly name: string;
	readonly version: number;
	readonly values: T;
	/** ISO date and time of saving. */
	readonly saved: string;
}

/** What identifies a file of saved scenarios, so another JSON file is not mistaken for one. */
export const fileFormat = 'clv-lab/scenarios';

export interface ScenarioFile<T extends Values = Values> {
	readonly format: typeof fileFormat;
	readonly calculator: string;
	readonly scenarios: readonly SavedScenario<T>[];
}

/** Why a file was refused; `name` is the scenario at fault, when there is one. */
export type FileProblem =
	| { readonly reason: 'not-json' }
	| { readonly reason: 'not-scenarios' }
	| { readonly reason: 'other-calculator'; readonly calculator: string }
	| { readonly reason: 'empty' }
	| { readonly reason: 'bad-entry'; readonly index: number }
	| { readonly reason: 'outdated'; readonly name: string }
	| { readonly reason: 'invalid'; readonly name: string };

export type ParseResult<T extends Values> =
	| { readonly ok: true; readonly scenarios: SavedScenario<T>[] }
	| ({ readonly ok: false } & FileProblem);

export interface ScenarioKind<T extends Values> {
	readonly calculator: string;
	readonly version: number;
	readonly schema: Schema<T>;
	/** Optional check of the whole scenario, for fields that must fit together. */
	check?(values: T): boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export const maxNameLength = 80;

/** Trims and shortens a scenario name; '' when nothing is left. */
export function cleanName(name: string): string {
	return name.replace(/\s+/g, ' ').trim().slice(0, maxNameLength);
}

/**
 * Checks one stored scenario: a name, the calculator's current version and every field of the
 * schema present and valid. Values go through the same codec as a share link.
 */
export function checkScenario<T extends Values>(
	kind: ScenarioKind<T>,
	entry: unknown,
	index: number
): { ok: true; scenario: SavedScenario<T> } | ({ ok: false } & FileProblem) {
	if (!isObject(entry) || typeof entry.name !== 'string' || !isObject(entry.values))
		return { ok: false, reason: 'bad-entry', index };
	const name = cleanName(entry.name);
	if (!name) return { ok: false, reason: 'bad-entry', index };
	if (entry.version !== kind.version) return { ok: false, reason: 'outdated', name };
	const keys = Object.keys(kind.schema) as (keyof T & string)[];
	// A field added since the scenario was saved reads as its declared fallback.
	const raw: Record<string, unknown> = { ...entry.values };
	for (const key of keys) if (!(key in raw)) raw[key] = kind.schema[key].fallback;
	const complete = keys.every(
		(key) => typeof raw[key] === 'string' || typeof raw[key] === 'number'
	);
	if (!complete) return { ok: false, reason: 'invalid', name };
	const params = new URLSearchParams({ v: String(kind.version) });
	for (const key of keys) params.set(key, String(raw[key]));
	const placeholder = Object.fromEntries(keys.map((key) => [key, ''])) as T;
	const decoded = decodeScenario(kind.version, kind.schema, params, placeholder);
	if (!decoded.fromLink || (kind.check && !kind.check(decoded.values)))
		return { ok: false, reason: 'invalid', name };
	const saved = typeof entry.saved === 'string' ? entry.saved : '';
	return { ok: true, scenario: { name, version: kind.version, values: decoded.values, saved } };
}

/** Reads a whole file (or stored list): every scenario must pass, or the file is refused. */
export function parseScenarioFile<T extends Values>(
	kind: ScenarioKind<T>,
	text: string
): ParseResult<T> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	if (!isObject(data) || data.format !== fileFormat || !Array.isArray(data.scenarios))
		return { ok: false, reason: 'not-scenarios' };
	if (data.calculator !== kind.calculator)
		return { ok: false, reason: 'other-calculator', calculator: String(data.calculator) };
	if (data.scenarios.length === 0) return { ok: false, reason: 'empty' };
	const scenarios: SavedScenario<T>[] = [];
	for (const [index, entry] of data.scenarios.entries()) {
		const checked = checkScenario(kind, entry, index);
		if (!checked.ok) return checked;
		scenarios.push(checked.scenario);
	}
	return { ok: true, scenarios };
}

/**
 * Reads what the browser stored, keeping every scenario that still passes and counting the others
 * (made by an older version of the calculator, or edited by hand).
 */
export function readStored<T extends Values>(
	kind: ScenarioKind<T>,
	text: string | null
): { scenarios: SavedScenario<T>[]; dropped: number } {
	if (!text) return { scenarios: [], dropped: 0 };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { scenarios: [], dropped: 1 };
	}
	const list = isObject(data) && Array.isArray(data.scenarios) ? data.scenarios : [];
	const scenarios: SavedScenario<T>[] = [];
	for (const [index, entry] of list.entries()) {
		const checked = checkScenario(kind, entry, index);
		if (checked.ok) scenarios.push(checked.scenario);
	}
	return { scenarios, dropped: list.length - scenarios.length };
}

/** The file (and stored) form of a list of scenarios. */
export function serializeScenarios<T extends Values>(
	kind: ScenarioKind<T>,
	scenarios: readonly SavedScenario<T>[]
): string {
	const file: ScenarioFile<Values> = {
		format: fileFormat,
		calculator: kind.calculator,
		scenarios: scenarios.map((s) => ({
			name: s.name,
			version: s.version,
			values: s.values,
			saved: s.saved
		}))
	};
	return JSON.stringify(file, null, '\t');
}

/** "Name", "Name (2)", "Name (3)"… the first that is not taken. */
export function uniqueName(name: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	if (!used.has(name)) return name;
	const base = name.replace(/ \(\d+\)$/, '');
	for (let n = 2; ; n++) {
		const candidate = `${base} (${n})`;
		if (!used.has(candidate)) return candidate;
	}
}

/** Names of incoming scenarios that are already in use. */
export function clashes(existing: readonly SavedScenario[], incoming: readonly SavedScenario[]) {
	const names = new Set(existing.map((s) => s.name));
	return incoming.filter((s) => names.has(s.name)).map((s) => s.name);
}

/**
 * Adds imported scenarios to a list. On a name clash, 'keep-both' gives the incoming one a free
 * suffixed name and 'replace' swaps the old one for it; nothing else is touched.
 */
export function mergeScenarios<T extends Values>(
	existing: readonly SavedScenario<T>[],
	incoming: readonly SavedScenario<T>[],
	policy: 'keep-both' | 'replace'
): SavedScenario<T>[] {
	const result = [...existing];
	for (const scenario of incoming) {
		const at = result.findIndex((s) => s.name === scenario.name);
		if (at === -1) result.push(scenario);
		else if (policy === 'replace') result[at] = scenario;
		else
			result.push({
				...scenario,
				name: uniqueName(
					scenario.name,
					result.map((s) => s.name)
				)
			});
	}
	return result;
}
