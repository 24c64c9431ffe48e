import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { ModelInputError } from '../errors';
import { DEFAULT_CUSTOMER_BASE, generateCustomerBase } from './generate';

const pearson = (xs: number[], ys: number[]) => {
	const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
	const my = ys.reduce((a, b) => a + b, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	xs.forEach((x, i) => {
		sxy += (x - mx) * (ys[i]! - my);
		sxx += (x - mx) ** 2;
		syy += (ys[i]! - my) ** 2;
	});
	return sxy / Math.sqrt(sxx * syy);
};

describe('generateCustomerBase', () => {
	it('is deterministic for a seed, and differs between seeds', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				fc.integer({ min: 1, max: 200 }),
				(seed, count) => {
					const params = { ...DEFAULT_CUSTOMER_BASE, count };
					expect(generateCustomerBase(params, seed)).toEqual(generateCustomerBase(params, seed));
				}
			),
			{ numRuns: 30 }
		);
		const a = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 1).customers;
		const b = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 2).customers;
		expect(a).not.toEqual(b);
	});

	it('makes the requested number of customers with unique ids and sane fields', () => {
		const { customers } = generateCustomerBase({ ...DEFAULT_CUSTOMER_BASE, count: 1000 }, 7);
		expect(customers).toHaveLength(1000);
		expect(new Set(customers.map((c) => c.id)).size).toBe(1000);
		for (const customer of customers) {
			expect(Number.isInteger(customer.transactions)).toBe(true);
			expect(customer.transactions).toBeGreaterThanOrEqual(1);
			expect(Number.isFinite(customer.profit)).toBe(true);
			expect(customer.recencyDays).toBeGreaterThanOrEqual(0);
			expect(customer.recencyDays).toBeLessThanOrEqual(365);
		}
	});

	it('makes exactly round(share × count) loss-makers', () => {
		// round(0.1 × 500) = 50; round(0.333 × 100) = 33
		const base = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 3).customers;
		expect(base.filter((c) => c.profit < 0)).toHaveLength(50);
		const other = generateCustomerBase(
			{ ...DEFAULT_CUSTOMER_BASE, count: 100, pressureShare: 0.333 },
			3
		).customers;
		expect(other.filter((c) => c.profit < 0)).toHaveLength(33);
	});

	it('follows the requested correlation in sign', () => {
		const logs = (correlation: number) => {
			const params = {
				...DEFAULT_CUSTOMER_BASE,
				count: 3000,
				pressureShare: 0,
				medianRepeatPurchases: 20,
				correlation
			};
			const { customers } = generateCustomerBase(params, 11);
			return pearson(
				customers.map((c) => Math.log(c.profit / c.transactions)),
				customers.map((c) => Math.log(c.transactions))
			);
		};
		expect(logs(0.8)).toBeGreaterThan(0.5);
		expect(logs(-0.8)).toBeLessThan(-0.5);
		expect(Math.abs(logs(0))).toBeLessThan(0.1);
	});

	it('has a median profit per transaction near the requested one when nobody loses money', () => {
		const params = { ...DEFAULT_CUSTOMER_BASE, count: 4001, pressureShare: 0 };
		const perTransaction = generateCustomerBase(params, 5)
			.customers.map((c) => c.profit / c.transactions)
			.sort((a, b) => a - b);
		expect(perTransaction[2000]).toBeGreaterThan(40 * 0.93);
		expect(perTransaction[2000]).toBeLessThan(40 * 1.07);
	});

	it('shows the lognormal mean as a step: median × e^(σ²/2)', () => {
		// 40 × e^(0.8² / 2) = 40 × e^0.32 = 55.0851...
		const { steps } = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 1);
		expect(steps[0]!.id).toBe('generate.meanProfitPerTransaction');
		expect(steps[0]!.value).toBeCloseTo(40 * Math.exp(0.32), 9);
		expect(evaluate(steps[0]!.formula)).toBeCloseTo(steps[0]!.value, 9);
	});

	it('validates its inputs and does not mutate them', () => {
		const params = { ...DEFAULT_CUSTOMER_BASE };
		const copy = structuredClone(params);
		generateCustomerBase(params, 1);
		expect(params).toEqual(copy);
		expect(() => generateCustomerBase({ ...params, count: 0 }, 1)).toThrow(ModelInputError);
		expect(() => generateCustomerBase({ ...params, count: 2.5 }, 1)).toThrow(
			expect.objectContaining({ field: 'count', rule: 'integer' })
		);
		expect(() => generateCustomerBase({ ...params, correlation: 1.5 }, 1)).toThrow(
			expect.objectContaining({ field: 'correlation' })
		);
		expect(() => generateCustomerBase(params, -1)).toThrow(
			expect.objectContaining({ field: 'seed' })
		);
	});
});
