import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { ModelInputError } from '../errors';
import { checkCustomerBase, DEFAULT_CUSTOMER_BASE, generateCustomerBase } from './generate';

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

	// Days since the last of n purchases on uniform days of a W-day window, rounded down: X =
	// ⌊W(1 − max U)⌋ has P(X ≥ k) = (1 − k/W)^n, so E[X] = Σ_k (1 − k/W)^n and E[X²] =
	// Σ_k (2k − 1)(1 − k/W)^n (k = 1 … W). Written out here, not taken from the generator.
	function exactSinceLast(windowDays: number, n: number) {
		let mean = 0;
		let square = 0;
		for (let k = 1; k <= windowDays; k++) {
			const tail = Math.pow(1 - k / windowDays, n);
			mean += tail;
			square += (2 * k - 1) * tail;
		}
		return { mean, sd: Math.sqrt(square - mean * mean) };
	}

	it('spreads one purchase evenly over the year: 182 days since it on average (issue 14)', () => {
		const params = { ...DEFAULT_CUSTOMER_BASE, count: 10_000, medianRepeatPurchases: 0 };
		const { customers } = generateCustomerBase(params, 11);
		expect(customers.every((customer) => customer.transactions === 1)).toBe(true);
		const { mean, sd } = exactSinceLast(365, 1);
		expect(mean).toBe(182); // ⌊365·U⌋ for U uniform: (0 + 1 + … + 364)/365
		const observed = customers.reduce((total, c) => total + c.recencyDays!, 0) / customers.length;
		// an exponential wait of mean 365/n, capped at the window, averaged 230 days
		expect(Math.abs(observed - mean)).toBeLessThan(3 * (sd / Math.sqrt(customers.length)));
	});

	it('has the exact mean days since the last purchase for every purchase count', () => {
		const params = { ...DEFAULT_CUSTOMER_BASE, count: 10_000, frequencySpread: 0, windowDays: 90 };
		const { customers } = generateCustomerBase({ ...params, medianRepeatPurchases: 2 }, 3);
		for (const n of [1, 2, 3, 4, 5]) {
			const group = customers.filter((customer) => customer.transactions === n);
			expect(group.length).toBeGreaterThan(500);
			const { mean, sd } = exactSinceLast(90, n);
			const observed = group.reduce((total, c) => total + c.recencyDays!, 0) / group.length;
			expect(Math.abs(observed - mean)).toBeLessThan(3 * (sd / Math.sqrt(group.length)));
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

	it('checkCustomerBase refuses exactly what the generator refuses, with the same error', () => {
		const caught = (run: () => unknown) => {
			try {
				run();
				return undefined;
			} catch (error) {
				return error;
			}
		};
		fc.assert(
			fc.property(
				fc.record({
					count: fc.oneof(fc.integer({ min: -5, max: 10_005 }), fc.double({ noNaN: false })),
					profitSpread: fc.double({ min: -1, max: 3 }),
					correlation: fc.double({ min: -1.5, max: 1.5 }),
					pressureShare: fc.double({ min: -0.5, max: 1.5 })
				}),
				fc.oneof(fc.integer({ min: -3, max: 2 ** 32 + 3 }), fc.constant(1.5)),
				(changes, seed) => {
					const params = { ...DEFAULT_CUSTOMER_BASE, ...changes };
					const checked = caught(() => checkCustomerBase(params, seed));
					const generated = caught(() => generateCustomerBase(params, seed));
					expect(checked).toEqual(generated);
					if (checked) expect(checked).toBeInstanceOf(ModelInputError);
				}
			),
			{ numRuns: 60 }
		);
	});
});
