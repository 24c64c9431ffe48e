import { describe, expect, it } from 'vitest';
import type { Schema } from './codec';
import {
	clashes,
	cleanName,
	fileFormat,
	mergeScenarios,
	parseScenarioFile,
	readStored,
	serializeScenarios,
	uniqueName,
	type SavedScenario
} from './scenario-file';

interface Inputs extends Record<string, string | number> {
	m: number;
	unit: string;
}

const schema: Schema<Inputs> = {
	m: { kind: 'number', min: 0, max: 1000 },
	unit: { kind: 'enum', values: ['month', 'year'] }
};
const kind = { calculator: 'demo', version: 2, schema };
const scenario = (name: string, m = 10): SavedScenario<Inputs> => ({
	name,
	version: 2,
	values: { m, unit: 'year' },
	saved: '2026-01-01T00:00:00.000Z'
});
const file = (scenarios: unknown[], extra: object = {}) =>
	JSON.stringify({ format: fileFormat, calculator: 'demo', scenarios, ...extra });

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

	it('refuses scenarios from another version of the calculator', () => {
		expect(parseScenarioFile(kind, file([{ ...scenario('Old'), version: 1 }]))).toEqual({
			ok: false,
			reason: 'outdated',
			name: 'Old'
		});
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
	it('keeps the valid scenarios and counts the others', () => {
		const text = file([scenario('A'), { ...scenario('Old'), version: 1 }, scenario('B')]);
		const read = readStored(kind, text);
		expect(read.scenarios.map((s) => s.name)).toEqual(['A', 'B']);
		expect(read.dropped).toBe(1);
	});

	it('treats nothing stored as an empty list and garbage as one dropped entry', () => {
		expect(readStored(kind, null)).toEqual({ scenarios: [], dropped: 0 });
		expect(readStored(kind, '{oops')).toEqual({ scenarios: [], dropped: 1 });
	});
});

describe('names', () => {
	it('cleans whitespace and length', () => {
		expect(cleanName('  Plan   B \n')).toBe('Plan B');
		expect(cleanName('x'.repeat(200))).toHaveLength(80);
		expect(cleanName('   ')).toBe('');
	});

	it('finds the first free suffix', () => {
		expect(uniqueName('Plan', [])).toBe('Plan');
		expect(uniqueName('Plan', ['Plan'])).toBe('Plan (2)');
		expect(uniqueName('Plan', ['Plan', 'Plan (2)'])).toBe('Plan (3)');
		expect(uniqueName('Plan (2)', ['Plan', 'Plan (2)'])).toBe('Plan (3)');
		expect(uniqueName('方案', ['方案'])).toBe('方案 (2)');
	});

	it('lists the incoming names already in use', () => {
		expect(clashes([scenario('A'), scenario('B')], [scenario('B'), scenario('C')])).toEqual(['B']);
	});
});

describe('mergeScenarios', () => {
	const existing = [scenario('A', 1), scenario('B', 2)];
	const incoming = [scenario('B', 20), scenario('C', 30)];

	it('keeps both on a clash, renaming the incoming one', () => {
		const merged = mergeScenarios(existing, incoming, 'keep-both');
		expect(merged.map((s) => [s.name, s.values.m])).toEqual([
			['A', 1],
			['B', 2],
			['B (2)', 20],
			['C', 30]
		]);
	});

	it('replaces on a clash only when asked to', () => {
		const merged = mergeScenarios(existing, incoming, 'replace');
		expect(merged.map((s) => [s.name, s.values.m])).toEqual([
			['A', 1],
			['B', 20],
			['C', 30]
		]);
	});

	it('does not mutate its inputs', () => {
		const before = JSON.stringify([existing, incoming]);
		mergeScenarios(existing, incoming, 'replace');
		expect(JSON.stringify([existing, incoming])).toBe(before);
	});

	it('handles duplicates inside one import', () => {
		const merged = mergeScenarios([], [scenario('X', 1), scenario('X', 2)], 'keep-both');
		expect(merged.map((s) => s.name)).toEqual(['X', 'X (2)']);
	});
});
