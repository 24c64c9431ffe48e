/**
 * Writes a value computed at build time as a JavaScript literal for the browser's bundle
 * (`./vite-plugin.ts`), exactly: every number as itself (`-0`, `Infinity` and `NaN` included,
 * which JSON would change), `undefined` kept, and nothing that a literal cannot hold.
 */

/** A value that cannot be written as a literal: where it is, and why. */
export class LiteralError extends Error {
	constructor(path: string, reason: string) {
		super(`${path}: ${reason}`);
		this.name = 'LiteralError';
	}
}

function number(value: number): string {
	if (Object.is(value, -0)) return '-0';
	if (Number.isNaN(value)) return 'NaN';
	if (value === Infinity) return 'Infinity';
	if (value === -Infinity) return '-Infinity';
	// The shortest decimal that reads back as the same double.
	return String(value);
}

/**
 * `value` as a JavaScript expression that evaluates to an equal value: numbers, strings,
 * booleans, `null`, `undefined`, arrays and plain objects of them. Anything else (a function, a
 * class instance, a Map, a Date, a circular reference) throws a {@link LiteralError} naming its
 * path, so that nothing is silently changed on its way to the browser. An object reached twice
 * is written twice (equal values, no longer the same object).
 */
export function toLiteral(value: unknown, path = 'value', within: Set<object> = new Set()): string {
	switch (typeof value) {
		case 'number':
			return number(value);
		case 'string':
		case 'boolean':
			return JSON.stringify(value);
		case 'undefined':
			return 'undefined';
		case 'object':
			break;
		default:
			throw new LiteralError(path, `a ${typeof value} cannot be computed at build time`);
	}
	if (value === null) return 'null';
	if (within.has(value)) throw new LiteralError(path, 'a circular reference');
	within.add(value);
	try {
		return Array.isArray(value)
			? arrayLiteral(value, path, within)
			: objectLiteral(value, path, within);
	} finally {
		within.delete(value);
	}
}

function arrayLiteral(value: unknown[], path: string, within: Set<object>): string {
	const items: string[] = [];
	for (let k = 0; k < value.length; k++) {
		if (!(k in value)) throw new LiteralError(`${path}[${k}]`, 'a hole in an array');
		items.push(toLiteral(value[k], `${path}[${k}]`, within));
	}
	return `[${items.join(',')}]`;
}

function objectLiteral(value: object, path: string, within: Set<object>): string {
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== null) {
		const name = (prototype as { constructor?: { name?: string } }).constructor?.name ?? 'object';
		throw new LiteralError(path, `a ${name} is not a plain object`);
	}
	if (Object.getOwnPropertySymbols(value).length > 0) {
		throw new LiteralError(path, 'symbol keys cannot be written');
	}
	const entries = Object.entries(value).map(([key, item]) => {
		// In a literal, `__proto__: …` sets the prototype instead of making a property.
		if (key === '__proto__') throw new LiteralError(path, 'a key named __proto__');
		return `${JSON.stringify(key)}:${toLiteral(item, `${path}.${key}`, within)}`;
	});
	return `{${entries.join(',')}}`;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * A module that exports these values (a module namespace's entries) as literals; `default` as
 * the default export.
 */
export function literalModule(exports: Record<string, unknown>, name: string): string {
	return Object.entries(exports)
		.map(([key, value]) => {
			const literal = toLiteral(value, `${name}: export ${key}`);
			if (key === 'default') return `export default ${literal};\n`;
			if (!identifier.test(key)) throw new LiteralError(name, `export "${key}" is not a name`);
			return `export const ${key} = ${literal};\n`;
		})
		.join('');
}
