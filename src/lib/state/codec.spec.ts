import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schema as clvSchema, scenarioVersion as clvVersion } from '$lib/calculators/clv/fields';
import { presetInputs } from '$lib/calculators/clv/presets';
import {
	checkCode,
	checkKey,
	decodeQuery,
	decodeScenario,
	encodeScenario,
	maxQueryLength,
	versionKey,
	type Schema
} from './codec';

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
const sent: Inputs = { m: 250, r: 0.9, n: 20, unit: 'month' };
const link = (values = sent, omit: (keyof Inputs & string)[] = []) =>
	encodeScenario(2, schema, values, { omit }).toString();

describe('scenario codec', () => {
	it('uses defaults without a notice when the URL has no scenario', () => {
		expect(decode('')).toEqual({ values: defaults, fromLink: false });
		expect(decode('utm_source=x')).toEqual({ values: defaults, fromLink: false });
	});

	it('round-trips any valid scenario, with no notice', () => {
		fc.assert(
			fc.property(
				fc.record({
					m: fc.double({ min: 0, max: 1e6, noNaN: true }),
					r: fc.double({ min: 0, max: 0.99, noNaN: true }),
					n: fc.integer({ min: 1, max: 100 }),
					unit: fc.constantFrom('month', 'year')
				}),
				(values) => {
					const decoded = decode(link(values));
					expect(decoded.fromLink).toBe(true);
					expect(decoded.notice).toBeUndefined();
					expect(decoded.values.n).toBe(values.n);
					expect(decoded.values.unit).toBe(values.unit);
					expect(decoded.values.m).toBeCloseTo(values.m, 4);
					expect(decoded.values.r).toBeCloseTo(values.r, 9);
				}
			)
		);
	});

	it('writes the version, then the check code, then the fields', () => {
		const keys = [...new URLSearchParams(link()).keys()];
		expect(keys).toEqual([versionKey, checkKey, 'm', 'r', 'n', 'unit']);
		expect(Object.keys(schema)).not.toContain(versionKey);
		expect(Object.keys(schema)).not.toContain(checkKey);
	});

	it('tells an older link from a newer one and from a damaged one', () => {
		expect(decode('v=1&m=5').notice).toEqual({ reason: 'outdated', version: 1 });
		expect(decode('v=3&m=5').notice).toEqual({ reason: 'newer', version: 3 });
		expect(decode('m=5').notice).toEqual({ reason: 'corrupt' });
		expect(decode('v=two&m=5').notice).toEqual({ reason: 'corrupt' });
		expect(decode('v=&m=5').notice).toEqual({ reason: 'corrupt' });
		for (const query of ['v=1&m=5', 'v=3&m=5', 'm=5'])
			expect(decode(query)).toMatchObject({ values: defaults, fromLink: false });
	});

	it.each([
		['v=2&m=abc', ['m']],
		['v=2&m=-1&r=1.5', ['m', 'r']],
		['v=2&n=2.5', ['n']],
		['v=2&m=1e400', ['m']],
		['v=2&unit=week', ['unit']],
		['v=2&m=Infinity', ['m']],
		[`v=2&m=${'1'.repeat(50)}`, ['m']]
	])('loads the defaults for %s, naming the bad fields', (query, fields) => {
		expect(decode(query)).toEqual({
			values: defaults,
			notice: { reason: 'invalid', fields },
			fromLink: false
		});
	});

	it('applies a link that leaves fields at their defaults on purpose, silently', () => {
		expect(decode(link(sent, ['unit']))).toEqual({
			values: { ...sent, unit: 'year' },
			fromLink: true
		});
	});

	// The defect: `…&r=0.9` with the rest cut off was applied half, with no word to the reader.
	it('applies a link cut short, naming every setting that fell back to its default', () => {
		const whole = link();
		const cut = whole.slice(0, whole.indexOf('&n='));
		expect(decode(cut)).toEqual({
			values: { ...defaults, m: 250, r: 0.9 },
			notice: { reason: 'partial', fields: ['n', 'unit'], last: 'r' },
			fromLink: true
		});
	});

	it('says so when a link was cut inside its last value or edited by hand', () => {
		const whole = link();
		// The last field is an option: a cut leaves an unknown one.
		expect(decode(whole.slice(0, -2))).toEqual({
			values: defaults,
			notice: { reason: 'invalid', fields: ['unit'] },
			fromLink: false
		});
		// A number cut short is still a number: the check code gives it away.
		const short = link(sent, ['unit']);
		expect(short.endsWith('&n=20')).toBe(true);
		expect(decode(short.slice(0, -1))).toEqual({
			values: { ...sent, n: 2, unit: 'year' },
			notice: { reason: 'partial', fields: ['unit'], last: 'n' },
			fromLink: true
		});
		const edited = new URLSearchParams(whole);
		edited.set('m', '999');
		expect(decode(edited.toString())).toEqual({
			values: { ...sent, m: 999 },
			notice: { reason: 'edited', last: 'unit' },
			fromLink: true
		});
	});

	it('still opens a complete link made before links carried a check code', () => {
		expect(decode('v=2&m=250&r=0.9&n=20&unit=month')).toEqual({ values: sent, fromLink: true });
		expect(decode('v=2&r=0.9').notice).toEqual({
			reason: 'partial',
			fields: ['m', 'n', 'unit'],
			last: 'r'
		});
	});

	it('ignores parameters that are not its own (a messaging app’s, presentation mode)', () => {
		expect(decode(`${link()}&from=singlemessage&present=1`)).toEqual({
			values: sent,
			fromLink: true
		});
	});

	it('refuses a query longer than any link of the schema before parsing it', () => {
		const max = maxQueryLength(schema);
		const huge = `?${link()}&pad=${'x'.repeat(2_000_000)}`;
		expect(decodeQuery(2, schema, huge, defaults)).toEqual({
			values: defaults,
			notice: { reason: 'too-long', length: huge.length, max },
			fromLink: false
		});
		expect(decodeQuery(2, schema, `?${link()}`, defaults)).toEqual({
			values: sent,
			fromLink: true
		});
	});

	it('computes a stable check code', () => {
		// FNV-1a 32-bit of "a" is 0xe40c292c (published test vector).
		expect(checkCode('a')).toBe((0xe40c292c).toString(36));
		expect(checkCode('')).toBe((0x811c9dc5).toString(36));
	});
});

describe('the CLV link of the issue', () => {
	const whole = encodeScenario(clvVersion, clvSchema, {
		...presetInputs('', 'en'),
		retention: 0.96
	}).toString();
	const decodeClv = (query: string) =>
		decodeScenario(clvVersion, clvSchema, new URLSearchParams(query), presetInputs('', 'en'));

	it('cut after retention=0.96: applied, and the settings that fell back are named', () => {
		const cut = whole.slice(0, whole.indexOf('retention=0.96') + 'retention=0.96'.length);
		const decoded = decodeClv(cut);
		expect(decoded.values.retention).toBe(0.96);
		expect(decoded.notice).toEqual({
			reason: 'partial',
			fields: [
				'discount',
				'acquisition',
				'years',
				'horizon',
				'timing',
				'growth',
				'purchases',
				'referral'
			],
			last: 'retention'
		});
	});

	it('whole: applied silently', () => {
		expect(decodeClv(whole)).toMatchObject({ fromLink: true });
		expect(decodeClv(whole).notice).toBeUndefined();
	});
});
