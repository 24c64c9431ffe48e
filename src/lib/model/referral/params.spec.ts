import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import { deepFreeze } from '../testing';
import { testBehaviour, testParams } from './fixtures';
import { resolveReferralParams, type ReferralParams } from './params';

function errorOf(params: ReferralParams): ModelInputError {
	try {
		resolveReferralParams(params);
	} catch (error) {
		if (error instanceof ModelInputError) return error;
		throw error;
	}
	throw new Error('expected a ModelInputError');
}

describe('resolveReferralParams', () => {
	it('fills in referred customers like the first ones when `referred` is null', () => {
		const resolved = resolveReferralParams(testParams());
		expect(resolved.referred).toEqual(testBehaviour());
	});

	it("keeps the referred customers' own behaviour", () => {
		const referred = testBehaviour({ retention: 0.9 });
		expect(resolveReferralParams(testParams({ referred })).referred).toBe(referred);
	});

	it('does not mutate its input', () => {
		const params = deepFreeze(testParams());
		const copy = structuredClone(params);
		resolveReferralParams(params);
		expect(params).toEqual(copy);
	});

	it.each([
		{ change: { lag: 0 }, field: 'lag', rule: 'range' },
		{ change: { lag: 1.5 }, field: 'lag', rule: 'integer' },
		{ change: { horizon: 0 }, field: 'horizon', rule: 'range' },
		{ change: { horizon: 601 }, field: 'horizon', rule: 'range' },
		{ change: { initialCustomers: 10, marketCap: 5 }, field: 'marketCap', rule: 'range' },
		{ change: { marketCap: Infinity }, field: 'marketCap', rule: 'finite' },
		{ change: { generations: 1 }, field: 'generations', rule: 'range' },
		{ change: { generations: 13 }, field: 'generations', rule: 'range' },
		{ change: { grossMargin: 1.2 }, field: 'grossMargin', rule: 'range' },
		{ change: { discountRate: -0.1 }, field: 'discountRate', rule: 'range' },
		{ change: { acquisitionCost: -1 }, field: 'acquisitionCost', rule: 'range' },
		{ change: { referralReward: NaN }, field: 'referralReward', rule: 'finite' }
	] as const)('rejects $field ($rule) for $change', ({ change, field, rule }) => {
		const error = errorOf(testParams(change as Partial<ReferralParams>));
		expect(error.field).toBe(field);
		expect(error.rule).toBe(rule);
	});

	it.each([
		{ field: 'first.retention', change: { retention: 1.1 } },
		{ field: 'first.retention', change: { retention: -0.1 } },
		{ field: 'first.referralRate', change: { referralRate: -1 } },
		{ field: 'first.conversion', change: { conversion: 2 } },
		{ field: 'referred.crossSell', change: { crossSell: -5 } },
		{ field: 'referred.upsellGrowth', change: { upsellGrowth: 2 } }
	] as const)('rejects $field (range) for a customer with $change', ({ field, change }) => {
		const who = field.startsWith('first.') ? 'first' : 'referred';
		const error = errorOf(testParams({ [who]: testBehaviour(change) }));
		expect(error.field).toBe(field);
		expect(error.rule).toBe('range');
	});

	it('names the limit the UI should explain: lag at least 1, market cap at least N₀', () => {
		expect(errorOf(testParams({ lag: 0 })).min).toBe(1);
		expect(errorOf(testParams({ initialCustomers: 10, marketCap: 5 })).min).toBe(10);
	});

	it('accepts a cap equal to the first customers and the limits of every range', () => {
		const edge = testParams({
			initialCustomers: 3,
			marketCap: 3,
			horizon: 600,
			lag: 600,
			generations: 2,
			grossMargin: 1,
			first: testBehaviour({ retention: 1, conversion: 1, referralRate: 0 })
		});
		expect(() => resolveReferralParams(edge)).not.toThrow();
	});
});
