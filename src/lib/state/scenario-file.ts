/**
 * Saved scenarios as data: the format kept in the browser's storage and written to an export file,
 * and its validation (every scenario checked against the calculator's schema with the URL codec, so
 * a stored or imported scenario is exactly as safe as a share link). An import is all or nothing;
 * what the browser stored is read entry by entry, and an entry this version cannot open is kept
 * aside with the reason, never dropped. Long lists are checked in chunks (see chunked.ts). Pure:
 * no storage, no DOM.
 */
import { mapInChunks } from './chunked';
import { decodeScenario, type Schema } from './codec';
import { cleanName, withUniqueNames } from './scenario-names';

export type Values = Record<string, string | number>;

export interface SavedScenario<T extends Values = Values> {
	readonly name: string;
	readonly version: number;
	readonly values: T;
	/** ISO date and time of saving; '' when unknown. */
	readonly saved: string;
}

/** What identifies a file of saved scenarios, so another JSON file is not mistaken for one. */
export const fileFormat = 'clv-lab/scenarios';

/** Largest import file: parsing it stays within a frame or two, and it fits the browser's storage. */
export const maxFileBytes = 1_000_000;
/** Most scenarios in one import file. */
export const maxScenarios = 500;

export interface ScenarioFile<T extends Values = Values> {
	readonly format: typeof fileFormat;
	readonly calculator: string;
	readonly scenarios: readonly SavedScenario<T>[];
}

/** Why one entry cannot be opened by this version of the calculator. */
export type EntryProblem =
	| { readonly reason: 'bad-entry'; readonly index: number }
	| { readonly reason: 'outdated'; readonly name: string; readonly version: number }
	| { readonly reason: 'newer'; readonly name: string; readonly version: number }
	| { readonly reason: 'invalid'; readonly name: string };

/** Why a file was refused; `name` is the scenario at fault, when there is one. */
export type FileProblem =
	| { readonly reason: 'too-large'; readonly bytes: number; readonly max: number }
	| { readonly reason: 'too-many'; readonly count: number; readonly max: number }
	| { readonly reason: 'not-json' }
	| { readonly reason: 'not-scenarios' }
	| { readonly reason: 'other-calculator'; readonly calculator: string }
	| { readonly reason: 'empty' }
	| EntryProblem;

export type ParseResult<T extends Values> =
	| { readonly ok: true; readonly scenarios: SavedScenario<T>[] }
	| ({ readonly ok: false } & FileProblem);

/**
 * A stored entry this version cannot open, with exactly what was stored (`raw`: the entry as
 * parsed, or the text itself when the storage did not hold JSON).
 */
export type Unreadable = (
	EntryProblem | { readonly reason: 'not-json' | 'not-scenarios'; readonly index: number }
) & { readonly raw: unknown };

export interface ScenarioKind<T extends Values> {
	readonly calculator: string;
	readonly version: number;
	readonly schema: Schema<T>;
	/** Optional check of the whole scenario, for fields that must fit together. */
	check?(values: T): boolean;
	/** Code the checks need, loaded before any is read (`CalculatorOptions.linkCode`). */
	linkCode?(): Promise<unknown>;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** A stored date as ISO text, or '' when it is not a date (a hand-edited file, say). */
export function cleanDate(value: unknown): string {
	if (typeof value !== 'string' && typeof value !== 'number') return '';
	const time = new Date(value).getTime();
	return Number.isFinite(time) ? new Date(time).toISOString() : '';
}

/**
 * Checks one stored scenario: a name, the calculator's current version and every field of the
 * schema present and valid. Values go through the same codec as a share link.
 */
export function checkScenario<T extends Values>(
	kind: ScenarioKind<T>,
	entry: unknown,
	index: number
): { ok: true; scenario: SavedScenario<T> } | ({ ok: false } & EntryProblem) {
	if (!isObject(entry) || typeof entry.name !== 'string' || !isObject(entry.values))
		return { ok: false, reason: 'bad-entry', index };
	const name = cleanName(entry.name);
	const version = entry.version;
	if (!name || typeof version !== 'number' || !Number.isInteger(version))
		return { ok: false, reason: 'bad-entry', index };
	if (version < kind.version) return { ok: false, reason: 'outdated', name, version };
	if (version > kind.version) return { ok: false, reason: 'newer', name, version };
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
	const scenario = { name, version: kind.version, values: decoded.values, saved: '' };
	return { ok: true, scenario: { ...scenario, saved: cleanDate(entry.saved) } };
}

/** A failed check without its `ok` flag. */
function withoutOk({ ok, ...problem }: { ok: false } & EntryProblem): EntryProblem {
	void ok;
	return problem as EntryProblem;
}

type Document =
	| { readonly ok: true; readonly entries: readonly unknown[]; readonly texts: readonly string[] }
	| ({ readonly ok: false } & FileProblem);

/** The entries of a scenario file of this calculator, before they are checked one by one. */
function readDocument(kind: ScenarioKind<Values>, text: string): Document {
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
	const texts = Array.isArray(data.texts) ? data.texts.map(String) : [];
	return { ok: true, entries: data.scenarios, texts };
}

/** An import file's entries, or why it is refused before any entry is looked at. */
function importDocument(kind: ScenarioKind<Values>, text: string): Document {
	if (text.length > maxFileBytes)
		return { ok: false, reason: 'too-large', bytes: text.length, max: maxFileBytes };
	const document = readDocument(kind, text);
	if (!document.ok) return document;
	if (document.entries.length === 0) return { ok: false, reason: 'empty' };
	if (document.entries.length > maxScenarios)
		return { ok: false, reason: 'too-many', count: document.entries.length, max: maxScenarios };
	return document;
}

type Checked<T extends Values> = ReturnType<typeof checkScenario<T>>;

/** All checked entries, names made unique; or the first problem. */
function importResult<T extends Values>(checked: readonly Checked<T>[]): ParseResult<T> {
	const scenarios: SavedScenario<T>[] = [];
	for (const result of checked) {
		if (!result.ok) return result;
		scenarios.push(result.scenario);
	}
	return { ok: true, scenarios: withUniqueNames(scenarios) };
}

/**
 * Reads a whole import file: every scenario must pass, or the file is refused. Names that repeat
 * inside the file are numbered.
 */
export function parseScenarioFile<T extends Values>(
	kind: ScenarioKind<T>,
	text: string
): ParseResult<T> {
	const document = importDocument(kind as ScenarioKind<Values>, text);
	if (!document.ok) return document;
	return importResult(document.entries.map((entry, index) => checkScenario(kind, entry, index)));
}

/** {@link parseScenarioFile} for the page: entries are checked in chunks, yielding between them. */
export async function parseScenarioFileInChunks<T extends Values>(
	kind: ScenarioKind<T>,
	text: string,
	pause?: () => Promise<void>
): Promise<ParseResult<T>> {
	const document = importDocument(kind as ScenarioKind<Values>, text);
	if (!document.ok) return document;
	const check = (entry: unknown, index: number) => checkScenario(kind, entry, index);
	return importResult(await mapInChunks(document.entries, check, { pause }));
}

/**
 * Reads what the browser stored: every scenario that passes, names made unique, and every entry
 * that does not, kept with its reason (made by an older or a newer version, edited by hand, not
 * JSON at all). Nothing is dropped.
 */
export async function readStored<T extends Values>(
	kind: ScenarioKind<T>,
	text: string | null,
	pause?: () => Promise<void>
): Promise<{ scenarios: SavedScenario<T>[]; unreadable: Unreadable[] }> {
	if (!text) return { scenarios: [], unreadable: [] };
	const document = readDocument(kind as ScenarioKind<Values>, text);
	if (!document.ok) {
		const reason = document.reason === 'not-json' ? 'not-json' : 'not-scenarios';
		let raw: unknown = text;
		if (reason !== 'not-json') raw = JSON.parse(text);
		return { scenarios: [], unreadable: [{ reason, index: 0, raw }] };
	}
	const checked = await mapInChunks(
		document.entries,
		(entry, index) => ({ entry, result: checkScenario(kind, entry, index) }),
		{ pause }
	);
	const scenarios: SavedScenario<T>[] = [];
	const unreadable: Unreadable[] = document.texts.map((raw, index) => ({
		reason: 'not-json',
		index,
		raw
	}));
	for (const { entry, result } of checked) {
		if (result.ok) scenarios.push(result.scenario);
		else unreadable.push({ ...withoutOk(result), raw: entry });
	}
	return { scenarios: withUniqueNames(scenarios), unreadable };
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

/**
 * Entries kept aside, as a scenario file: JSON entries exactly as they were stored, and stored
 * text that was not JSON under `texts`. A later version of the calculator reads it back.
 */
export function serializeUnreadable(kind: ScenarioKind<Values>, entries: readonly Unreadable[]) {
	const texts = entries.filter((e) => e.reason === 'not-json').map((e) => String(e.raw));
	const scenarios = entries.filter((e) => e.reason !== 'not-json').map((e) => e.raw);
	return JSON.stringify(
		{ format: fileFormat, calculator: kind.calculator, scenarios, texts },
		null,
		'\t'
	);
}
