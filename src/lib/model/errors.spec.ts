import { describe, expect, it } from 'vitest';
import {
	ModelInputError,
	maxMoney,
	requireDiscountRate,
	requireGrowth,
	requireInteger,
	requireMoney,
	requirePeriods,
	requireRange,
	requireRepresentable,
	requireSeed,
	requireShare,
	requireShareUplift,
	requireSignedMoney
} from './errors';

const rejects = (fn: () => void, field: string) => {
	expect(fn).toThrow(ModelInputError);
	expect(fn).toThrow(new RegExp(`^${field}:`));
};

describe('input rules', () => {
	it.each([
		['requireMoney', requireMoney, [0, 1, maxMoney], [-0.01, maxMoney * 2, Number.NaN, Infinity]],
		['requireSignedMoney', requireSignedMoney, [-maxMoney, -5, 0, 5], [-maxMoney * 2, Number.NaN]],
		['requireShare', requireShare, [0, 0.5, 1], [-0.01, 1.01]],
		['requireDiscountRate', requireDiscountRate, [-0.99, 0, 0.12, 10], [-1, -2, 10.5]],
		['requireGrowth', requireGrowth, [-1, 0, 0.05], [-1.01, 11]],
		['requirePeriods', requirePeriods, [1, 5, 10_000], [0, 2.5, 10_001]],
		['requireSeed', requireSeed, [0, 42, 2 ** 32 - 1], [-1, 0.5, 2 ** 32, Number.NaN]]
	] as const)('%s accepts and rejects the right values', (_name, rule, good, bad) => {
		for (const value of good) expect(() => rule('x', value)).not.toThrow();
		for (const value of bad) rejects(() => rule('x', value), 'x');
	});

	it('requirePeriods takes a model’s own longest horizon', () => {
		expect(() => requirePeriods('horizon', 600, 600)).not.toThrow();
		expect(() => requirePeriods('horizon', 601, 600)).toThrow(
			expect.objectContaining({ field: 'horizon', rule: 'range', min: 1, max: 600 })
		);
	});

	it('requireShareUplift keeps base + uplift within 0 and 1', () => {
		expect(() => requireShareUplift('retentionUplift', -0.8, 0.8)).not.toThrow();
		expect(() => requireShareUplift('retentionUplift', 0.25, 0.75)).not.toThrow();
		expect(() => requireShareUplift('retentionUplift', 0.3, 0.8)).toThrow(
			expect.objectContaining({ field: 'retentionUplift', min: -0.8, max: expect.closeTo(0.2) })
		);
		rejects(() => requireShareUplift('retentionUplift', -0.9, 0.8), 'retentionUplift');
	});

	it('errors carry the rule and the limits the UI explains', () => {
		expect(() => requireMoney('spend', -1)).toThrow(
			expect.objectContaining({ field: 'spend', rule: 'range', min: 0, max: maxMoney })
		);
		expect(() => requireRange('k', -1, 0, Infinity)).toThrow(
			expect.objectContaining({ rule: 'min', min: 0, max: Infinity })
		);
		expect(() => requireRange('k', 2, -Infinity, 1)).toThrow(
			expect.objectContaining({ rule: 'max' })
		);
		expect(() => requireInteger('n', 1.5, 1, 10)).toThrow(
			expect.objectContaining({ rule: 'integer', min: 1, max: 10 })
		);
		expect(() => requireShare('margin', Number.NaN)).toThrow(
			expect.objectContaining({ rule: 'finite' })
		);
	});

	it('requireRepresentable refuses Infinity and NaN with a custom rule', () => {
		expect(() => requireRepresentable('horizon', 1e300)).not.toThrow();
		expect(() => requireRepresentable('horizon', Infinity)).toThrow(
			expect.objectContaining({ field: 'horizon', rule: 'custom' })
		);
		rejects(() => requireRepresentable('horizon', Number.NaN), 'horizon');
	});
});
