import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import {
	maxMoney,
	requireDiscountRate,
	requireGrowth,
	requireMoney,
	requirePeriods,
	requireRepresentable,
	requireShare,
	requireSignedMoney
} from './validate';

const rejects = (fn: () => void, field: string) => {
	expect(fn).toThrow(ModelInputError);
	expect(fn).toThrow(new RegExp(`^${field}:`));
};

describe('CLV input rules', () => {
	it.each([
		['requireMoney', requireMoney, [0, 1, maxMoney], [-0.01, maxMoney * 2, Number.NaN, Infinity]],
		['requireSignedMoney', requireSignedMoney, [-maxMoney, -5, 0, 5], [-maxMoney * 2, Number.NaN]],
		['requireShare', requireShare, [0, 0.5, 1], [-0.01, 1.01]],
		['requireDiscountRate', requireDiscountRate, [-0.99, 0, 0.12, 10], [-1, -2, 10.5]],
		['requireGrowth', requireGrowth, [-1, 0, 0.05], [-1.01, 11]],
		['requirePeriods', requirePeriods, [1, 5, 10_000], [0, 2.5, 10_001]]
	] as const)('%s accepts and rejects the right values', (_name, rule, good, bad) => {
		for (const value of good) expect(() => rule('x', value)).not.toThrow();
		for (const value of bad) rejects(() => rule('x', value), 'x');
	});

	it('requireRepresentable refuses Infinity and NaN with a custom rule', () => {
		expect(() => requireRepresentable('horizon', 1e300)).not.toThrow();
		expect(() => requireRepresentable('horizon', Infinity)).toThrow(
			expect.objectContaining({ field: 'horizon', rule: 'custom' })
		);
		rejects(() => requireRepresentable('horizon', Number.NaN), 'horizon');
	});
});
