/**
 * The scenario ↔ URL codec. A calculator's inputs live in the query string so a link reproduces
 * exactly what its sender saw. The string carries a version (`v`); every field is checked against
 * its schema, and a link from another version, or with any field out of range or malformed, yields
 * the defaults plus a notice for the reader — never a half-applied or broken scenario.
 */

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

export type Notice = 'outdated' | 'invalid';

export interface Decoded<T> {
	readonly values: T;
	/** Set when the link could not be used and defaults were loaded instead. */
	readonly notice?: Notice;
	/** True when the URL carried a scenario that was applied. */
	readonly fromLink: boolean;
}

const strictNumber = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function readField(spec: FieldSpec, raw: string): string | number | undefined {
	if (spec.kind === 'enum') return spec.values.includes(raw) ? raw : undefined;
	if (spec.kind === 'text')
		return raw.length <= spec.maxLength && spec.valid(raw) ? raw : undefined;
	if (!strictNumber.test(raw)) return undefined;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < spec.min || value > spec.max) return undefined;
	if (spec.integer && !Number.isInteger(value)) return undefined;
	return value;
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
	defaults: T
): Decoded<T> {
	const keys = Object.keys(schema) as (keyof T & string)[];
	const present = keys.some((key) => params.has(key));
	if (!present && !params.has('v')) return { values: defaults, fromLink: false };
	if (params.get('v') !== String(version))
		return { values: defaults, notice: 'outdated', fromLink: false };
	const values = { ...defaults };
	for (const key of keys) {
		const raw = params.get(key);
		if (raw === null) continue;
		const value = readField(schema[key], raw);
		if (value === undefined) return { values: defaults, notice: 'invalid', fromLink: false };
		values[key] = value as T[typeof key];
	}
	return { values, fromLink: true };
}

/** Writes a scenario as URL parameters (numbers rounded to 10 significant digits). */
export function encodeScenario<T extends Record<string, string | number>>(
	version: number,
	schema: Schema<T>,
	values: T
): URLSearchParams {
	const params = new URLSearchParams({ v: String(version) });
	for (const key of Object.keys(schema) as (keyof T & string)[]) {
		const value = values[key];
		params.set(
			key,
			typeof value === 'number' ? String(Number(value.toPrecision(10))) : String(value)
		);
	}
	return params;
}
