import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralError, literalModule, toLiteral } from './literal';

/** Evaluates a literal the way the browser's bundle will. */
const read = (literal: string): unknown => new Function(`return (${literal});`)();

describe('toLiteral', () => {
	it('writes every double exactly, -0, infinities and NaN included', () => {
		for (const value of [0, -0, 1 / 3, 0.1 + 0.2, 5e-324, Number.MAX_VALUE, Infinity, -Infinity]) {
			expect(Object.is(read(toLiteral(value)), value)).toBe(true);
		}
		expect(read(toLiteral(NaN))).toBeNaN();
		fc.assert(
			fc.property(fc.double(), (value) => {
				expect(Object.is(read(toLiteral(value)), value)).toBe(true);
			})
		);
	});

	it('reads back nested data equal to what was written, undefined kept', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(read(toLiteral(value))).toStrictEqual(value);
			})
		);
		const value = { a: [1, 'two', { c: undefined, d: null, e: true }], 'not a name': -0 };
		const back = read(toLiteral(value)) as typeof value;
		expect(back).toStrictEqual(value);
		expect('c' in (back.a[2] as object)).toBe(true);
		expect(Object.is(back['not a name'], -0)).toBe(true);
	});

	it('writes an object reached twice as two equal objects', () => {
		const shared = { x: 1 };
		expect(read(toLiteral({ a: shared, b: shared }))).toStrictEqual({ a: { x: 1 }, b: { x: 1 } });
	});

	it('refuses what a literal cannot hold, naming where it is', () => {
		const circular: Record<string, unknown> = {};
		circular.self = circular;
		const cases: [unknown, RegExp][] = [
			[{ f: () => 1 }, /^value\.f: a function/],
			[{ list: [new Map()] }, /^value\.list\[0\]: a Map is not a plain object/],
			[new Date(0), /^value: a Date/],
			[1n, /a bigint/],
			[Symbol('s'), /a symbol/],
			[circular, /^value\.self: a circular reference/],
			// eslint-disable-next-line no-sparse-arrays -- the hole is the point
			[[1, , 3], /^value\[1\]: a hole/],
			[JSON.parse('{"__proto__": 1}'), /__proto__/]
		];
		for (const [value, message] of cases) {
			expect(() => toLiteral(value)).toThrow(LiteralError);
			expect(() => toLiteral(value)).toThrow(message);
		}
	});
});

describe('literalModule', () => {
	it('exports each value under its name, default as the default export', () => {
		const code = literalModule({ a: 1, b: [2], default: 'd' }, 'x.ts');
		expect(code).toBe('export const a = 1;\nexport const b = [2];\nexport default "d";\n');
	});

	it('names the module and export of a value it cannot write', () => {
		expect(() => literalModule({ compute: () => 1 }, 'figures/x.ts')).toThrow(
			/^figures\/x\.ts: export compute: a function/
		);
	});
});
