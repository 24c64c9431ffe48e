import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import {
	requireDiscountRate,
	requireMoney,
	requirePeriods,
	requireShare,
	requireShareUplift
} from './validate';

describe('loyalty input rules', () => {
	it('accept values in range', () => {
		expect(() => requireMoney('spend', 0)).not.toThrow();
		expect(() => requireShare('margin', 1)).not.toThrow();
		expect(() => requireDiscountRate('i', 0)).not.toThrow();
		expect(() => requirePeriods('horizon', 600)).not.toThrow();
		expect(() => requireShareUplift('retentionUplift', -0.8, 0.8)).not.toThrow();
	});

	it.each([
		['spend', () => requireMoney('spend', -1)],
		['margin', () => requireShare('margin', 1.01)],
		['i', () => requireDiscountRate('i', -1)],
		['horizon', () => requirePeriods('horizon', 1.5)],
		['retentionUplift', () => requireShareUplift('retentionUplift', 0.3, 0.8)]
	])('name the field %s when out of range', (field, check) => {
		expect(check).toThrow(ModelInputError);
		expect(check).toThrow(expect.objectContaining({ field }));
	});
});
