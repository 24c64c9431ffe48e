import { describe, expect, it } from 'vitest';
import { clashes, cleanName, mergeScenarios, uniqueName } from './scenario-names';
import { scenario } from './test-fixtures';

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

describe('mergeScenarios at scale', () => {
	// Defect: the merge was quadratic (150k entries froze the tab for ~50 s). 30,000 scenarios of
	// one name cost ~1.3e9 steps that way (far past the test's time limit) and ~30,000 now.
	it('merges many clashing names in linear time', () => {
		const incoming = Array.from({ length: 30_000 }, (_, i) => scenario('Same', i % 1000));
		const merged = mergeScenarios([scenario('Same')], incoming, 'keep-both');
		expect(merged).toHaveLength(30_001);
		expect(new Set(merged.map((s) => s.name)).size).toBe(30_001);
		expect(merged.at(-1)!.name).toBe('Same (30001)');
	});

	it('replaces each existing scenario once and keeps incoming duplicates', () => {
		const merged = mergeScenarios(
			[scenario('A', 1)],
			[scenario('A', 2), scenario('A', 3), scenario('B', 4)],
			'replace'
		);
		expect(merged.map((s) => [s.name, s.values.m])).toEqual([
			['A', 2],
			['A (2)', 3],
			['B', 4]
		]);
	});
});
