/**
 * Retention CLV (Gupta & Lehmann 2003; Fader & Hardie 2012) against the sums written out term by term and the three
 * textbook closed forms, at retention 0 and 0.99, discount 0, and 600 periods.
 */
import { describe, expect, it } from 'vitest';
import { marginMultiple, retentionClv, type RetentionTiming } from '../../src/lib/model/clv';
import { convertDiscountRate, convertRetention } from '../../src/lib/model/time';

const close = (actual: number, expected: number) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

/** The present value of margin m, term by term, for each timing (Fader & Hardie 2012). */
function bySum(m: number, r: number, i: number, timing: RetentionTiming, periods: number): number {
	let total = 0;
	for (let t = 0; t < periods; t++) {
		if (timing === 'start-of-period') total += (m * Math.pow(r, t)) / Math.pow(1 + i, t);
		else if (timing === 'end-of-period') total += (m * Math.pow(r, t + 1)) / Math.pow(1 + i, t + 1);
		else total += (m * Math.pow(r, t)) / Math.pow(1 + i, t + 1);
	}
	return total;
}

/** The closed forms: m(1+i)/(1+i−r), m·r/(1+i−r), m/(1+i−r). */
function closedForm(m: number, r: number, i: number, timing: RetentionTiming): number {
	const denominator = 1 + i - r;
	if (timing === 'start-of-period') return (m * (1 + i)) / denominator;
	if (timing === 'end-of-period') return (m * r) / denominator;
	return m / denominator;
}

const timings: readonly RetentionTiming[] = [
	'start-of-period',
	'end-of-period',
	'end-first-certain'
];
const value = (result: ReturnType<typeof retentionClv>) => {
	if (result.kind !== 'finite') throw new Error(`divergent: ${result.reason}`);
	return result.value;
};

describe('retention CLV against the written-out sums', () => {
	for (const timing of timings) {
		it.each([
			[0, 0.12, 1],
			[0, 0, 5],
			[0.99, 0, 600],
			[0.99, 0.01, 600],
			[0.5, 0, 600],
			[0.8, 0.12, 5],
			[1, 0, 600]
		])(`${timing}: r = %d, i = %d, %d periods`, (r, i, periods) => {
			const result = retentionClv({
				margin: 100,
				retention: r,
				discountRate: i,
				timing,
				horizon: periods
			});
			close(value(result), bySum(100, r, i, timing, periods));
		});

		it.each([
			[0, 0.12],
			[0, 0],
			[0.99, 0],
			[0.99, 0.12],
			[0.8, 0.12]
		])(`${timing}: r = %d, i = %d, infinite horizon`, (r, i) => {
			const result = retentionClv({
				margin: 100,
				retention: r,
				discountRate: i,
				timing,
				horizon: 'infinite'
			});
			close(value(result), closedForm(100, r, i, timing));
		});
	}

	it('has no finite infinite-horizon value at r = 1 and i = 0', () => {
		for (const timing of timings) {
			const result = retentionClv({
				margin: 100,
				retention: 1,
				discountRate: 0,
				timing,
				horizon: 'infinite'
			});
			expect(result.kind).toBe('divergent');
		}
	});

	it('reproduces the margin multiple table at the corners (Gupta & Lehmann 2003)', () => {
		// r/(1 + i − r), Gupta & Lehmann (2003), Table 1: 60% and 90% retention at 10% and 16%
		const table: [number, number, number][] = [
			[0.6, 0.1, 1.2],
			[0.6, 0.16, 1.0714],
			[0.9, 0.1, 4.5],
			[0.9, 0.16, 3.4615]
		];
		for (const [r, i, published] of table) {
			const result = marginMultiple({
				retention: r,
				discountRate: i,
				timing: 'end-of-period',
				horizon: 'infinite'
			});
			expect(value(result)).toBeCloseTo(published, 4);
		}
	});
});

describe('the same customer in monthly and annual units', () => {
	it('converts retention and discount by compounding: r^(1/12), (1 + i)^(1/12) − 1', () => {
		close(convertRetention(0.5, 'year', 'month').value, Math.pow(0.5, 1 / 12));
		close(convertDiscountRate(0.1, 'year', 'month').value, Math.pow(1.1, 1 / 12) - 1);
		close(convertRetention(0.99, 'month', 'year').value, Math.pow(0.99, 12));
	});

	it('values 50 years of months as the monthly sum, which the annual closed form bounds', () => {
		// m = 100 a month, r = 0.99 a month, 0 discount: Σ_{t<600} 100·0.99^t = 100(1 − 0.99^600)/0.01
		const monthly = retentionClv({
			margin: 100,
			retention: 0.99,
			discountRate: 0,
			timing: 'start-of-period',
			horizon: 600
		});
		close(value(monthly), (100 * (1 - Math.pow(0.99, 600))) / 0.01);
		// the same customer on annual periods, start of period: 1200 a year, r = 0.99^12
		const annual = retentionClv({
			margin: 1200,
			retention: Math.pow(0.99, 12),
			discountRate: 0,
			timing: 'start-of-period',
			horizon: 50
		});
		close(value(annual), (1200 * (1 - Math.pow(0.99, 600))) / (1 - Math.pow(0.99, 12)));
	});
});
