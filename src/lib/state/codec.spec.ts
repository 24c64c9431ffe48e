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
	presetKey,
	versionKey,
	type Basis,
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

describe('short links that start from a preset', () => {
	const presets: Basis<Inputs>[] = [
		{ id: 'a', inputs: { m: 100, r: 0.8, n: 10, unit: 'year' } },
		{ id: 'b', inputs: { m: 250, r: 0.9, n: 20, unit: 'year' } }
	];
	const short = (values: Inputs) => encodeScenario(2, schema, values, { presets }).toString();
	const read = (query: string, fallback = defaults) =>
		decodeScenario(2, schema, new URLSearchParams(query), fallback, presets);

	it('names the nearest preset and carries only what differs from it', () => {
		const query = new URLSearchParams(short(sent));
		expect(query.get(presetKey)).toBe('b');
		expect([...query.keys()]).toEqual([versionKey, checkKey, presetKey, 'unit']);
		expect(query.get('unit')).toBe('month');
	});

	it('a preset unchanged is the version, the check code and its id', () => {
		expect(short(presets[0]!.inputs)).toMatch(/^v=2&k=[0-9a-z]+&p=a$/);
	});

	it('writes the whole scenario when no preset makes it shorter', () => {
		const far: Inputs = { m: 1, r: 0.1, n: 2, unit: 'month' };
		expect(short(far)).toBe(link(far));
	});

	it('round-trips any valid scenario exactly, whatever the defaults of the page that opens it', () => {
		const arbitrary = fc.record({
			m: fc.oneof(fc.constantFrom(100, 250), fc.integer({ min: 0, max: 1e6 })),
			r: fc.oneof(
				fc.constantFrom(0.8, 0.9),
				fc.integer({ min: 0, max: 99 }).map((x) => x / 100)
			),
			n: fc.integer({ min: 1, max: 100 }),
			unit: fc.constantFrom('month', 'year')
		});
		fc.assert(
			fc.property(arbitrary, arbitrary, (values, otherDefaults) => {
				const decoded = read(short(values), otherDefaults);
				expect(decoded).toEqual({ values, fromLink: true });
			})
		);
	});

	it('a link cut short or edited is applied on its preset and says which setting to check', () => {
		const values: Inputs = { m: 250, r: 0.5, n: 30, unit: 'year' };
		const whole = short(values);
		expect(whole).toMatch(/&p=b&r=0\.5&n=30$/);
		const cut = read(whole.slice(0, whole.indexOf('&n=')));
		expect(cut.values).toEqual({ ...values, n: 20 });
		expect(cut.notice).toEqual({ reason: 'unchecked', last: 'r' });
		expect(read(whole.replace('n=30', 'n=31')).notice).toEqual({ reason: 'unchecked', last: 'n' });
		expect(read(whole.replace(/&r=.*$/, '')).notice).toEqual({ reason: 'unchecked' });
	});

	it('a link whose preset has other values now is applied with a notice', () => {
		const query = short({ ...presets[1]!.inputs, n: 30 });
		const changed = [presets[0]!, { id: 'b', inputs: { ...presets[1]!.inputs, m: 260 } }];
		const decoded = decodeScenario(2, schema, new URLSearchParams(query), defaults, changed);
		expect(decoded.values.m).toBe(260);
		expect(decoded.notice).toEqual({ reason: 'unchecked', last: 'n' });
	});

	it('a preset this version does not have, or a page without presets: the defaults, naming p', () => {
		const query = short(sent);
		expect(read(query.replace('p=b', 'p=zzz'))).toEqual({
			values: defaults,
			notice: { reason: 'invalid', fields: [presetKey] },
			fromLink: false
		});
		expect(decodeScenario(2, schema, new URLSearchParams(query), defaults).notice).toEqual({
			reason: 'invalid',
			fields: [presetKey]
		});
	});

	it('still opens whole links, with or without a check code', () => {
		expect(read(link())).toEqual({ values: sent, fromLink: true });
		expect(read('v=2&m=250&r=0.9&n=20&unit=month')).toEqual({ values: sent, fromLink: true });
	});

	it('a field out of range in a short link loads the defaults and names it', () => {
		expect(read(short(sent).replace('unit=month', 'unit=week')).notice).toEqual({
			reason: 'invalid',
			fields: ['unit']
		});
	});
});
