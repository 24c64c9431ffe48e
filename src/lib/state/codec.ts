/**
 * The scenario ↔ URL codec. A calculator's inputs live in the query string so a link reproduces
 * exactly what its sender saw. A link is applied whole, or the reader is told what happened:
 *
 * - `v` is the scenario version: an older one loads the defaults with "made by an older version",
 *   a newer one (an offline copy of the site meeting a link from an update) says so, and one that
 *   is not a version number at all is a damaged link.
 * - `k`, written right after `v`, is a check code over the version and every field the link carries
 *   (FNV-1a of `key=value` lines in schema order). With it, a field missing from the link is one
 *   the sender left at its default on purpose (class-case links leave the currency out; shorter
 *   links may leave out every default). Without it, or when it does not match, the link was cut
 *   short or edited: the fields it carries are applied, and the notice names each setting that fell
 *   back to its default (`partial`) and the last one the link holds, which a cut may have shortened
 *   (alone when nothing is missing: `edited`). Links made before the check code existed carry every
 *   field and no `k`, and still open silently.
 * - `p` names a preset: a share link made on a page (short enough for a QR code) starts from the
 *   preset it differs least from and carries only the fields that differ, and the currency (a
 *   preset's currency depends on the page's language; the sender's must survive the other one). Its check code then covers
 *   the version, the preset and every field's value, the left-out ones too, so a link that was cut
 *   short or edited, or whose preset has changed since, is applied with a notice (`unchecked`). A
 *   preset this version does not have loads the defaults (`invalid`, naming `p`).
 * - Any field out of range or malformed loads the defaults; the notice names the fields.
 * - A query longer than any link this schema can produce is refused before it is parsed.
 */
import { checkKey, presetKey, versionKey } from './link-keys';

export type FieldSpec = (
	| {
			readonly kind: 'number';
			readonly min: number;
			readonly max: number;
			readonly integer?: boolean;
	  }
	| { readonly kind: 'enum'; readonly values: readonly string[] }
	/**
	 * Free text checked by the calculator's own strict validator (e.g. a whole transition matrix
	 * packed into one field); longer than `maxLength` or refused by `valid` → the link is invalid.
	 */
	| {
			readonly kind: 'text';
			readonly maxLength: number;
			readonly valid: (raw: string) => boolean;
	  }
) & {
	/**
	 * For a field added after scenarios were saved: the value an older saved scenario, which lacks
	 * the field, is read with (share links without it take the calculator's start value anyway).
	 */
	readonly fallback?: string | number;
};

export type Schema<T> = { readonly [K in keyof T]: FieldSpec };

/** What the reader is told about a link; `fields` are schema keys. */
export type Notice =
	| { readonly reason: 'outdated' | 'newer'; readonly version: number }
	| { readonly reason: 'corrupt' }
	| { readonly reason: 'too-long'; readonly length: number; readonly max: number }
	/** Defaults loaded: these fields were malformed or out of range. */
	| { readonly reason: 'invalid'; readonly fields: readonly string[] }
	/**
	 * Link applied, but it was cut short or edited: `fields` were not in it and show their defaults;
	 * `last`, the last field it does hold, may have been cut too.
	 */
	| { readonly reason: 'partial'; readonly fields: readonly string[]; readonly last?: string }
	/** Link applied, every field there, but it does not match its check code: `last` may be off. */
	| { readonly reason: 'edited'; readonly last: string }
	/**
	 * A link that starts from a preset, applied, but it does not match its check code: cut short,
	 * edited, or made when the preset had other values. `last` is the last field it holds.
	 */
	| { readonly reason: 'unchecked'; readonly last?: string };

export interface Decoded<T> {
	readonly values: T;
	/** Set when the link was not applied as sent (see {@link Notice}). */
	readonly notice?: Notice;
	/** True when the URL carried a scenario that was applied. */
	readonly fromLink: boolean;
}

/** Query keys the codec itself uses; a schema must not use them (`presetKey`: see above). */
export { checkKey, presetKey, versionKey };

/**
 * Fields a short link writes even when they equal its preset's: a preset is priced in the page
 * language's currency, so a link opened in the other language must still carry the sender's.
 */
export const alwaysWritten: readonly string[] = ['currency', 'cur'];

/** A set of values a short link can start from: a calculator's preset. */
export interface Basis<T> {
	readonly id: string;
	readonly inputs: T;
}

/** A field's value as a link writes it: numbers rounded to 10 significant digits. */
const written = (value: unknown): string =>
	typeof value === 'number' ? String(Number(value.toPrecision(10))) : String(value);

const strictNumber = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function readField(spec: FieldSpec, raw: string): string | number | undefined {
	if (spec.kind === 'enum') return spec.values.includes(raw) ? raw : undefined;
	if (spec.kind === 'text')
		return raw.length <= spec.maxLength && spec.valid(raw) ? raw : undefined;
	if (raw.length > 40 || !strictNumber.test(raw)) return undefined;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < spec.min || value > spec.max) return undefined;
	if (spec.integer && !Number.isInteger(value)) return undefined;
	return value;
}

/** FNV-1a (32-bit) of a string's UTF-16 code units, in base 36: a short code, not a secret. */
export function checkCode(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/** The text the check code covers: the version, then each field the link carries, in schema order. */
function checkedText(version: string, keys: readonly string[], params: URLSearchParams): string {
	let text = `${versionKey}=${version}`;
	for (const key of keys) {
		const value = params.get(key);
		if (value !== null) text += `\n${key}=${value}`;
	}
	return text;
}

/** The text a preset-based link's check code covers: version, preset, then every field's value. */
function fullText(
	version: string,
	preset: string,
	keys: readonly string[],
	values: Record<string, string | number>
): string {
	let text = `${versionKey}=${version}\n${presetKey}=${preset}`;
	for (const key of keys) text += `\n${key}=${written(values[key])}`;
	return text;
}

/**
 * The longest query a link of this schema can be (every field at its longest, percent-encoded, plus
 * room for parameters that messaging apps append). Anything longer is refused unread.
 */
export function maxQueryLength(schema: Schema<Record<string, unknown>>): number {
	let length = 2048;
	for (const [key, spec] of Object.entries(schema)) {
		const longest =
			spec.kind === 'number'
				? 40
				: spec.kind === 'enum'
					? Math.max(...spec.values.map((v) => v.length)) * 9
					: spec.maxLength * 9; // a CJK character is three bytes, each written %XX
		length += key.length + 2 + longest;
	}
	return length;
}

/**
 * Reads a scenario from URL parameters.
 *
 * @example
 * decodeScenario(1, { r: { kind: 'number', min: 0, max: 1 } }, new URLSearchParams('v=1&r=0.8'), { r: 0.5 })
 * //=> { values: { r: 0.8 }, fromLink: true }
 */
export function decodeScenario<T extends Record<string, string | number>>(
	version: number,
	schema: Schema<T>,
	params: URLSearchParams,
	defaults: T,
	presets: readonly Basis<T>[] = []
): Decoded<T> {
	const keys = Object.keys(schema) as (keyof T & string)[];
	const present = keys.filter((key) => params.has(key));
	const linkVersion = params.get(versionKey);
	if (present.length === 0 && linkVersion === null) return { values: defaults, fromLink: false };
	const fallback = (notice: Notice): Decoded<T> => ({ values: defaults, notice, fromLink: false });
	if (linkVersion === null || !/^\d{1,6}$/.test(linkVersion))
		return fallback({ reason: 'corrupt' });
	const sent = Number(linkVersion);
	if (sent < version) return fallback({ reason: 'outdated', version: sent });
	if (sent > version) return fallback({ reason: 'newer', version: sent });

	const presetId = params.get(presetKey);
	const basis = presetId === null ? undefined : presets.find((p) => p.id === presetId);
	if (presetId !== null && !basis) return fallback({ reason: 'invalid', fields: [presetKey] });

	const values = { ...(basis ? basis.inputs : defaults) };
	const invalid: string[] = [];
	for (const key of present) {
		const value = readField(schema[key], params.get(key)!);
		if (value === undefined) invalid.push(key);
		else values[key] = value as T[typeof key];
	}
	if (invalid.length > 0) return fallback({ reason: 'invalid', fields: invalid });

	const code = params.get(checkKey);
	if (basis) {
		if (code !== null && code === checkCode(fullText(linkVersion, basis.id, keys, values)))
			return { values, fromLink: true };
		const last = [...params.keys()].filter((key) => (keys as string[]).includes(key)).at(-1);
		return { values, notice: { reason: 'unchecked', ...(last ? { last } : {}) }, fromLink: true };
	}
	const checked = code !== null && code === checkCode(checkedText(linkVersion, keys, params));
	if (checked || (code === null && present.length === keys.length))
		return { values, fromLink: true };
	// Cut short or edited: apply what is there, and say what fell back and what to check.
	const missing = keys.filter((key) => !params.has(key));
	const last = [...params.keys()].filter((key) => (keys as string[]).includes(key)).at(-1);
	const notice: Notice =
		missing.length > 0
			? { reason: 'partial', fields: missing, ...(last ? { last } : {}) }
			: { reason: 'edited', last: last! };
	return { values, notice, fromLink: true };
}

/**
 * Reads a scenario from a query string (`location.search`), refusing at once one longer than any
 * link of this schema.
 */
export function decodeQuery<T extends Record<string, string | number>>(
	version: number,
	schema: Schema<T>,
	search: string,
	defaults: T,
	presets: readonly Basis<T>[] = []
): Decoded<T> {
	const max = maxQueryLength(schema);
	if (search.length > max)
		return {
			values: defaults,
			notice: { reason: 'too-long', length: search.length, max },
			fromLink: false
		};
	return decodeScenario(version, schema, new URLSearchParams(search), defaults, presets);
}

/**
 * Writes a scenario as URL parameters (numbers rounded to 10 significant digits): the version, the
 * check code, then every field except those in `omit` (left to the reader's defaults on purpose).
 * Given `presets` (and no `omit`), writes the shortest link: one that names the preset the values
 * differ least from and carries only the fields that differ from it, or the whole scenario when
 * that is shorter.
 */
export function encodeScenario<T extends Record<string, string | number>>(
	version: number,
	schema: Schema<T>,
	values: T,
	{
		omit = [],
		presets = []
	}: { omit?: readonly (keyof T & string)[]; presets?: readonly Basis<T>[] } = {}
): URLSearchParams {
	const keys = Object.keys(schema) as (keyof T & string)[];
	const fields = new URLSearchParams();
	for (const key of keys) if (!omit.includes(key)) fields.set(key, written(values[key]));
	let best = new URLSearchParams({ [versionKey]: String(version) });
	best.set(checkKey, checkCode(checkedText(String(version), keys, fields)));
	for (const [key, value] of fields) best.set(key, value);
	if (omit.length > 0) return best;

	for (const preset of presets) {
		const short = new URLSearchParams({ [versionKey]: String(version) });
		short.set(checkKey, checkCode(fullText(String(version), preset.id, keys, values)));
		short.set(presetKey, preset.id);
		for (const key of keys) {
			const value = written(values[key]);
			if (value !== written(preset.inputs[key]) || alwaysWritten.includes(key))
				short.set(key, value);
		}
		if (short.toString().length < best.toString().length) best = short;
	}
	return best;
}
