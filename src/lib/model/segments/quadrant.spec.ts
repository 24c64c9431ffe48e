import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../expr';
import { ModelInputError } from '../errors';
import type { CustomerRecord } from './customer';
import { DEFAULT_CUSTOMER_BASE, generateCustomerBase } from './generate';
import { paretoCurve } from './pareto';
import { classifyCustomer, classifySegments, SEGMENT_IDS, treatmentOf } from './quadrant';
import { doubleIn } from '../arbitraries';
import { expectInputUntouched } from '../testing';

const four: CustomerRecord[] = [
	{ id: 'a', transactions: 10, profit: 1000 }, // p = 100, n = 10
	{ id: 'b', transactions: 1, profit: 200 }, // p = 200, n = 1
	{ id: 'c', transactions: 10, profit: 50 }, // p = 5, n = 10
	{ id: 'd', transactions: 1, profit: -30 } // p = −30, n = 1
];

const customer = fc.record({
	id: fc.string(),
	transactions: fc.integer({ min: 0, max: 100 }),
	profit: doubleIn(-1e5, 1e5)
});
/** Customer bases of 1 to 60 customers. */
const customerBases = fc.array(customer, { minLength: 1, maxLength: 60 });
/** Profit lines (a threshold per transaction), positive or negative. */
const lines = doubleIn(-1e3, 1e3);

describe('classifyCustomer', () => {
	const limits = { pressure: 0, profit: 50, frequency: 3 };
	it.each([
		[80, 6, 'gold'],
		[80, 3, 'comet'],
		[50, 6, 'stream'],
		[50, 3, 'comet'],
		[0.01, 1, 'comet'],
		[0, 9, 'pressure'],
		[-5, 9, 'pressure'],
		[-5, 1, 'pressure']
	] as const)('p = %d, n = %d with lines 0, 50 and 3 → %s', (p, n, expected) => {
		expect(classifyCustomer(p, n, limits)).toBe(expected);
	});

	it('moves the pressure line where the reader puts it', () => {
		expect(classifyCustomer(4, 9, { ...limits, pressure: 5 })).toBe('pressure');
		expect(classifyCustomer(6, 9, { ...limits, pressure: 5 })).toBe('stream');
		expect(classifyCustomer(-2, 9, { ...limits, pressure: -3 })).toBe('stream');
	});
});

describe('the pressure rule', () => {
	// Issue 18: split at the medians, about a quarter of any base used to land in "pressure" and get
	// "let them go" advice although none of them lost money.
	const profitable = fc.array(
		fc.record({
			id: fc.string(),
			transactions: fc.integer({ min: 1, max: 100 }),
			profit: doubleIn(0.01, 1e5)
		}),
		{ minLength: 1, maxLength: 60 }
	);

	it('puts nobody in pressure when everyone makes money on each purchase (default line 0)', () => {
		fc.assert(
			fc.property(profitable, (rows) => {
				const pressure = classifySegments(rows).segments.find((s) => s.segment === 'pressure')!;
				expect(pressure.count).toBe(0);
			})
		);
		const { customers } = generateCustomerBase({ ...DEFAULT_CUSTOMER_BASE, pressureShare: 0 }, 1);
		expect(classifySegments(customers).assignments).not.toContain('pressure');
	});

	it('makes pressure exactly the customers at or below the line, whatever the other splits', () => {
		fc.assert(
			fc.property(
				customerBases,
				lines,
				fc.option(lines, { nil: undefined }),
				fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
				(rows, line, profitThreshold, frequencyThreshold) => {
					const result = classifySegments(rows, {
						pressureThreshold: line,
						profitThreshold,
						frequencyThreshold
					});
					rows.forEach((row, i) => {
						const atOrBelow = row.profit / Math.max(1, row.transactions) <= line;
						expect(result.assignments[i] === 'pressure').toBe(atOrBelow);
					});
				}
			)
		);
	});

	it('counts the generated loss-makers, and only them, as pressure by default', () => {
		const { customers } = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 7);
		const result = classifySegments(customers);
		const losing = customers.filter((c) => c.profit <= 0).length;
		expect(losing).toBe(50); // 10% of 500
		expect(result.segments.find((s) => s.segment === 'pressure')!.count).toBe(losing);
	});

	it('advises letting go only of customers who do not make money', () => {
		// c (p = 5) and e (p = 2) make a little on each purchase; d (p = −30) loses money
		const rows = [...four, { id: 'e', transactions: 4, profit: 8 }];
		const pressureOf = (result: ReturnType<typeof classifySegments>) =>
			result.segments.find((s) => s.segment === 'pressure')!;
		const lossLine = pressureOf(classifySegments(rows));
		expect(lossLine).toMatchObject({ count: 1, losing: 1, treatment: 'cut-cost-or-let-go' });
		// a line above zero that takes in both kinds: tell them apart, let nobody go wholesale
		const mixed = classifySegments(rows, { pressureThreshold: 5 });
		expect(pressureOf(mixed)).toMatchObject({ count: 3, losing: 1, treatment: 'sort-out-losses' });
		expect(mixed.pressureThreshold).toBe(5);
		// without the loss-maker every pressure customer still makes money: keep them
		const thin = classifySegments(
			rows.filter((row) => row.id !== 'd'),
			{ pressureThreshold: 5 }
		);
		expect(pressureOf(thin)).toMatchObject({ count: 2, losing: 0, treatment: 'stop-discounting' });
		expect(treatmentOf('gold', { line: 5, count: 2, losing: 0 })).toBe('protect-and-reward');
		expect(() => classifySegments(rows, { pressureThreshold: Infinity })).toThrow(
			expect.objectContaining({ field: 'pressureThreshold' })
		);
	});

	it('follows the members: let go only if none makes money, keep only if all do', () => {
		fc.assert(
			fc.property(customerBases, lines, (rows, line) => {
				const result = classifySegments(rows, { pressureThreshold: line });
				const members = rows.filter((_, i) => result.assignments[i] === 'pressure');
				const losing = members.filter((r) => r.profit / Math.max(1, r.transactions) <= 0);
				const pressure = result.segments.find((s) => s.segment === 'pressure')!;
				expect(pressure.losing).toBe(losing.length);
				if (pressure.treatment === 'cut-cost-or-let-go') expect(losing.length).toBe(members.length);
				else if (pressure.treatment === 'stop-discounting') expect(losing).toHaveLength(0);
				else {
					expect(pressure.treatment).toBe('sort-out-losses');
					expect(losing.length).toBeGreaterThan(0);
					expect(losing.length).toBeLessThan(members.length);
				}
				if (line <= 0) expect(pressure.treatment).toBe('cut-cost-or-let-go');
			})
		);
		expect(treatmentOf('pressure', { line: 3, count: 0, losing: 0 })).toBe('stop-discounting');
		expect(treatmentOf('pressure', { line: 0, count: 0, losing: 0 })).toBe('cut-cost-or-let-go');
	});
});

describe('classifySegments', () => {
	it('sorts the worked example into the four segments around the medians', () => {
		// p sorted: −30, 5, 100, 200 → median (5 + 100) / 2 = 52.5
		// n sorted: 1, 1, 10, 10 → median (1 + 10) / 2 = 5.5
		const result = classifySegments(four);
		expect(result.profitThreshold).toBe(52.5);
		expect(result.frequencyThreshold).toBe(5.5);
		expect(result.assignments).toEqual(['gold', 'comet', 'stream', 'pressure']);
		// net profit 1000 + 200 + 50 − 30 = 1220; gold share 1000 / 1220
		expect(result.netProfit).toBe(1220);
		const gold = result.segments.find((s) => s.segment === 'gold')!;
		expect(gold).toMatchObject({ count: 1, customerShare: 0.25, totalProfit: 1000 });
		expect(gold.profitShare).toBeCloseTo(1000 / 1220, 12);
		expect(gold.treatment).toBe('protect-and-reward');
		const pressure = result.segments.find((s) => s.segment === 'pressure')!;
		expect(pressure.profitShare).toBeCloseTo(-30 / 1220, 12);
		expect(pressure.treatment).toBe('cut-cost-or-let-go');
	});

	it('uses thresholds the user sets', () => {
		const result = classifySegments(four, { profitThreshold: 150, frequencyThreshold: 0 });
		// everyone is "frequent" (n > 0); only b has p > 150; d loses money → pressure
		expect(result.assignments).toEqual(['stream', 'gold', 'stream', 'pressure']);
		expect(result.steps[0]).toMatchObject({
			id: 'segments.threshold.profitPerTransaction',
			value: 150
		});
	});

	it('leaves profit shares null when the net profit is not positive', () => {
		const result = classifySegments([{ id: 'x', transactions: 1, profit: -5 }]);
		expect(result.segments.every((s) => s.profitShare === null)).toBe(true);
	});

	it('validates thresholds and customers', () => {
		expect(() => classifySegments([])).toThrow(ModelInputError);
		expect(() => classifySegments(four, { profitThreshold: NaN })).toThrow(
			expect.objectContaining({ field: 'profitThreshold' })
		);
	});

	it('does not mutate its input', () => {
		expectInputUntouched(classifySegments, four);
	});

	it('counts sum to N, shares sum to 1 and every step evaluates to its value', () => {
		fc.assert(
			fc.property(customerBases, lines, (rows, line) => {
				const result = classifySegments(rows, { pressureThreshold: line });
				const counts = result.segments.reduce((acc, s) => acc + s.count, 0);
				expect(counts).toBe(rows.length);
				expect(result.assignments).toHaveLength(rows.length);
				const shares = result.segments.reduce((acc, s) => acc + s.customerShare, 0);
				expect(shares).toBeCloseTo(1, 9);
				for (const step of result.steps) {
					expect(Number.isFinite(step.value)).toBe(true);
					expect(evaluate(step.formula)).toBeCloseTo(step.value, 9);
				}
			})
		);
	});

	it('puts a generated base into all four segments, in SEGMENT_IDS order', () => {
		const { customers } = generateCustomerBase(DEFAULT_CUSTOMER_BASE, 2024);
		const result = classifySegments(customers);
		expect(result.segments.map((s) => s.segment)).toEqual(SEGMENT_IDS);
		expect(result.segments.every((s) => s.count > 0)).toBe(true);
		const total = result.segments.reduce((acc, s) => acc + s.totalProfit, 0);
		expect(total).toBeCloseTo(result.netProfit, 6);
	});
});

describe('segmentation as a whole', () => {
	// The calculator's "changes nothing" property: reading the same customers in another order (a
	// sorted export, a pasted table) must not move anyone between segments or bend the Pareto curve.
	const table = fc
		.array(customer, { minLength: 1, maxLength: 60 })
		.chain((rows) =>
			fc.tuple(
				fc.constant(rows),
				fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })
			)
		);

	it('gives the same segments and Pareto curve whatever the order of the customers', () => {
		fc.assert(
			fc.property(table, lines, ([rows, shuffled], line) => {
				const a = classifySegments(rows, { pressureThreshold: line });
				const b = classifySegments(shuffled, { pressureThreshold: line });
				// numerically equal: a median of 0 and −0 may come out as either, which is the same line
				expect(b.profitThreshold === a.profitThreshold).toBe(true);
				expect(b.frequencyThreshold === a.frequencyThreshold).toBe(true);
				for (const [i, segment] of a.segments.entries()) {
					expect(b.segments[i]!.count).toBe(segment.count);
					const scale = Math.max(1, Math.abs(segment.totalProfit));
					expect(Math.abs(b.segments[i]!.totalProfit - segment.totalProfit)).toBeLessThan(
						1e-9 * scale
					);
				}
				const curveA = paretoCurve(rows);
				const curveB = paretoCurve(shuffled);
				expect(curveB.kind).toBe(curveA.kind);
				if (curveA.kind === 'curve' && curveB.kind === 'curve') {
					expect(curveB.topShare).toBeCloseTo(curveA.topShare, 9);
					expect(curveB.points.length).toBe(curveA.points.length);
				}
			})
		);
	});
});
