import { describe, expect, it } from 'vitest';
import {
	cleanDate,
	fileFormat,
	maxFileBytes,
	maxScenarios,
	parseScenarioFile,
	parseScenarioFileInChunks,
	readStored,
	serializeScenarios,
	serializeUnreadable
} from './scenario-file';
import type { Schema } from './codec';
import { file, kind, scenario, schema, type Inputs } from './test-fixtures';

describe('parseScenarioFile', () => {
	it('round-trips what serializeScenarios writes', () => {
		const list = [scenario('A'), scenario('B', 20)];
		expect(parseScenarioFile(kind, serializeScenarios(kind, list))).toEqual({
			ok: true,
			scenarios: list
		});
	});

	it.each([
		['not JSON at all', 'not-json'],
		['{"format":"something-else","scenarios":[]}', 'not-scenarios'],
		['[1,2,3]', 'not-scenarios'],
		[JSON.stringify({ format: fileFormat, calculator: 'demo' }), 'not-scenarios'],
		[file([]), 'empty']
	])('refuses %s (%s)', (text, reason) => {
		expect(parseScenarioFile(kind, text)).toMatchObject({ ok: false, reason });
	});

	it('reads a scenario saved before a field was added with that field’s fallback', () => {
		const grown: Schema<Inputs & { n: number }> = {
			...schema,
			n: { kind: 'number', min: 0, max: 1e6, integer: true, fallback: 1000 }
		};
		const older = { ...kind, schema: grown };
		expect(parseScenarioFile(older, file([scenario('A')]))).toMatchObject({
			ok: true,
			scenarios: [{ name: 'A', values: { m: 10, unit: 'year', n: 1000 } }]
		});
		// without a fallback, a missing field still makes the scenario invalid
		const strict = {
			...kind,
			schema: { ...grown, n: { kind: 'number', min: 0, max: 1 } as const }
		};
		expect(parseScenarioFile(strict, file([scenario('A')]))).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
	});

	it('refuses a file from another calculator and names it', () => {
		expect(parseScenarioFile(kind, file([scenario('A')], { calculator: 'referral' }))).toEqual({
			ok: false,
			reason: 'other-calculator',
			calculator: 'referral'
		});
	});

	it('refuses the whole file when one scenario is out of range, naming it', () => {
		const text = file([
			scenario('Good'),
			{ ...scenario('Tampered'), values: { m: -5, unit: 'year' } }
		]);
		expect(parseScenarioFile(kind, text)).toEqual({
			ok: false,
			reason: 'invalid',
			name: 'Tampered'
		});
	});

	it.each([
		[{ m: 5 }, 'a missing field'],
		[{ m: 5, unit: 'week' }, 'an unknown option'],
		[{ m: 'Infinity', unit: 'year' }, 'a non-finite number'],
		[{ m: true, unit: 'year' }, 'a value of the wrong type']
	])('refuses %j (%s)', (values, _why) => {
		expect(parseScenarioFile(kind, file([{ ...scenario('X'), values }]))).toMatchObject({
			ok: false,
			reason: 'invalid',
			name: 'X'
		});
	});

	it('refuses scenarios from another version of the calculator, older or newer', () => {
		expect(parseScenarioFile(kind, file([{ ...scenario('Old'), version: 1 }]))).toEqual({
			ok: false,
			reason: 'outdated',
			name: 'Old',
			version: 1
		});
		expect(parseScenarioFile(kind, file([{ ...scenario('New'), version: 3 }]))).toEqual({
			ok: false,
			reason: 'newer',
			name: 'New',
			version: 3
		});
	});

	// Defect: `"saved": "not a date"` was kept and threw RangeError when the list was drawn.
	it('keeps a scenario whose saved date is not a date, without the date', () => {
		const parsed = parseScenarioFile(
			kind,
			file([
				{ ...scenario('No date'), saved: 'not a date' },
				{ ...scenario('Odd'), saved: { year: 2026 } },
				{ ...scenario('Fine'), saved: '2026-03-01T10:00:00Z' }
			])
		);
		expect(parsed.ok && parsed.scenarios.map((s) => s.saved)).toEqual([
			'',
			'',
			'2026-03-01T10:00:00.000Z'
		]);
		expect(cleanDate('2026-13-45')).toBe('');
		expect(cleanDate(Number.NaN)).toBe('');
	});

	it('numbers names that repeat inside one file', () => {
		const parsed = parseScenarioFile(kind, file([scenario('X', 1), scenario('X', 2)]));
		expect(parsed.ok && parsed.scenarios.map((s) => [s.name, s.values.m])).toEqual([
			['X', 1],
			['X (2)', 2]
		]);
	});

	it('refuses a file over the size limit, or with too many scenarios, before checking them', () => {
		const big = file([scenario('A')], { padding: 'x'.repeat(maxFileBytes) });
		expect(parseScenarioFile(kind, big)).toMatchObject({ ok: false, reason: 'too-large' });
		const many = file(Array.from({ length: maxScenarios + 1 }, (_, i) => scenario(`S${i}`)));
		expect(parseScenarioFile(kind, many)).toEqual({
			ok: false,
			reason: 'too-many',
			count: maxScenarios + 1,
			max: maxScenarios
		});
	});

	it('checks a long file in chunks, yielding to the browser between them', async () => {
		let pauses = 0;
		const pause = async () => void pauses++;
		const list = Array.from({ length: maxScenarios }, (_, i) => scenario(`S${i}`, i));
		const parsed = await parseScenarioFileInChunks(kind, file(list), pause);
		expect(parsed).toEqual({ ok: true, scenarios: list });
		expect(pauses).toBeGreaterThanOrEqual(maxScenarios / 50 - 1);
	});

	it('refuses entries without a name or values', () => {
		expect(parseScenarioFile(kind, file([scenario('A'), { name: '  ' }]))).toEqual({
			ok: false,
			reason: 'bad-entry',
			index: 1
		});
		expect(parseScenarioFile(kind, file([null]))).toMatchObject({ reason: 'bad-entry' });
	});

	it('applies the calculator’s whole-scenario check after the field checks', () => {
		const checked = { ...kind, check: (v: Inputs) => v.unit === 'year' || v.m <= 12 };
		expect(parseScenarioFile(checked, file([scenario('Fits', 500)]))).toMatchObject({ ok: true });
		const misfit = { ...scenario('Misfit'), values: { m: 500, unit: 'month' } };
		expect(parseScenarioFile(checked, file([misfit]))).toEqual({
			ok: false,
			reason: 'invalid',
			name: 'Misfit'
		});
	});

	it('accepts numbers written as strings, as in a share link, and returns numbers', () => {
		const parsed = parseScenarioFile(
			kind,
			file([{ ...scenario('S'), values: { m: '12.5', unit: 'month' } }])
		);
		expect(parsed).toMatchObject({ ok: true, scenarios: [{ values: { m: 12.5, unit: 'month' } }] });
	});
});

describe('readStored', () => {
	it('keeps the valid scenarios and keeps every other entry aside with its reason', async () => {
		const old = { ...scenario('Old'), version: 1 };
		const newer = { ...scenario('Newer'), version: 3 };
		const edited = { ...scenario('Edited'), values: { m: -1, unit: 'year' } };
		const text = file([scenario('A'), old, newer, edited, { name: 7 }, scenario('B')]);
		const read = await readStored(kind, text);
		expect(read.scenarios.map((s) => s.name)).toEqual(['A', 'B']);
		expect(read.unreadable).toEqual([
			{ reason: 'outdated', name: 'Old', version: 1, raw: old },
			{ reason: 'newer', name: 'Newer', version: 3, raw: newer },
			{ reason: 'invalid', name: 'Edited', raw: edited },
			{ reason: 'bad-entry', index: 4, raw: { name: 7 } }
		]);
	});

	it('keeps stored text that is not JSON, or not a scenario list, as it was', async () => {
		expect(await readStored(kind, null)).toEqual({ scenarios: [], unreadable: [] });
		expect(await readStored(kind, '{oops')).toEqual({
			scenarios: [],
			unreadable: [{ reason: 'not-json', index: 0, raw: '{oops' }]
		});
		expect(await readStored(kind, '{"list":[1]}')).toEqual({
			scenarios: [],
			unreadable: [{ reason: 'not-scenarios', index: 0, raw: { list: [1] } }]
		});
	});

	// Defect: two entries with one name crashed the panel (each_key_duplicate).
	it('numbers a stored name that repeats', async () => {
		const read = await readStored(kind, file([scenario('Same', 1), scenario('Same', 2)]));
		expect(read.scenarios.map((s) => [s.name, s.values.m])).toEqual([
			['Same', 1],
			['Same (2)', 2]
		]);
	});

	it('reads back what it keeps aside, so a later version can open it', async () => {
		const first = await readStored(kind, file([{ ...scenario('Later'), version: 3 }]));
		const damaged = await readStored(kind, 'not json');
		const aside = serializeUnreadable(kind, [...first.unreadable, ...damaged.unreadable]);
		const later = { ...kind, version: 3 };
		const reread = await readStored(later, aside);
		expect(reread.scenarios.map((s) => s.name)).toEqual(['Later']);
		expect(reread.unreadable).toEqual([{ reason: 'not-json', index: 0, raw: 'not json' }]);
	});
});
