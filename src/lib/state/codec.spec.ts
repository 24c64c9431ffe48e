import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScenario, encodeScenario, type Schema } from './codec';

interface Inputs extends Record<string, string | number> {
	m: number;
	r: number;
	n: number;
	unit: string;
}

const schema: Schema<Inputs> = {
	m: { kind: 'number', min: 0, max: 1e6 },
	r: { kind: 'number', min: 0, max: 0.99 },
	n: { kind: 'number', min: 1, max: 100, integer: true },
	unit: { kind: 'enum', values: ['month', 'year'] }
};
const defaults: Inputs = { m: 100, r: 0.8, n: 10, unit: 'year' };
const decode = (query: string) => decodeScenario(2, schema, new URLSearchParams(query), defaults);

describe('scenario codec', () => {
	it('uses defaults without a notice when the URL has no scenario', () => {
		expect(decode('')).toEqual({ values: defaults, fromLink: false });
		expect(decode('utm_source=x')).toEqual({ values: defaults, fromLink: false });
	});

	it('round-trips any valid scenario', () => {
		fc.assert(
			fc.property(
				fc.record({
					m: fc.double({ min: 0, max: 1e6, noNaN: true }),
					r: fc.double({ min: 0, max: 0.99, noNaN: true }),
					n: fc.integer({ min: 1, max: 100 }),
					unit: fc.constantFrom('month', 'year')
				}),
				(values) => {
					const decoded = decode(encodeScenario(2, schema, values).toString());
					expect(decoded.fromLink).toBe(true);
					expect(decoded.values.n).toBe(values.n);
					expect(decoded.values.unit).toBe(values.unit);
					expect(decoded.values.m).toBeCloseTo(values.m, 4);
					expect(decoded.values.r).toBeCloseTo(values.r, 9);
				}
			)
		);
	});

	it.each([
		['v=1&m=5', 'outdated'],
		['m=5', 'outdated'],
		['v=2&m=abc', 'invalid'],
		['v=2&m=-1', 'invalid'],
		['v=2&r=1.5', 'invalid'],
		['v=2&n=2.5', 'invalid'],
		['v=2&m=1e400', 'invalid'],
		['v=2&unit=week', 'invalid'],
		['v=2&m=Infinity', 'invalid']
	])('falls back to defaults with a notice for %s', (query, notice) => {
		expect(decode(query)).toEqual({ values: defaults, notice, fromLink: false });
	});

	it('keeps defaults for fields the link leaves out', () => {
		expect(decode('v=2&r=0.9').values).toEqual({ ...defaults, r: 0.9 });
	});
});
