import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import { profitPerTransaction, requireCustomers } from './customer';

describe('profitPerTransaction', () => {
	it('divides total profit by transactions', () => {
		// 200 / 4 = 50
		expect(profitPerTransaction({ id: 'a', transactions: 4, profit: 200 })).toBe(50);
	});

	it('counts a customer with no transactions as one, so a booked loss stays a loss', () => {
		expect(profitPerTransaction({ id: 'a', transactions: 0, profit: -30 })).toBe(-30);
	});
});

describe('requireCustomers', () => {
	it('refuses an empty table', () => {
		expect(() => requireCustomers([])).toThrow(ModelInputError);
	});

	it('names the row and field that is wrong', () => {
		const customers = [
			{ id: 'a', transactions: 1, profit: 1 },
			{ id: 'b', transactions: -1, profit: 1 }
		];
		expect(() => requireCustomers(customers)).toThrow(
			expect.objectContaining({ field: 'customers[1].transactions', rule: 'min' })
		);
		expect(() => requireCustomers([{ id: 'a', transactions: 1, profit: NaN }])).toThrow(
			expect.objectContaining({ field: 'customers[0].profit', rule: 'finite' })
		);
		expect(() =>
			requireCustomers([{ id: 'a', transactions: 1, profit: 1, recencyDays: -2 }])
		).toThrow(expect.objectContaining({ field: 'customers[0].recencyDays' }));
	});
});
