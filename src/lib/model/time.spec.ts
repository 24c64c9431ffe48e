import fc from 'fast-check';
import { doubleIn } from './arbitraries';
import { describe, expect, it } from 'vitest';
import { ModelInputError } from './errors';
import { evaluate } from './expr';
import {
	convertDiscountRate,
	convertRetention,
	convertSpend,
	horizonPeriods,
	periodsPerYear,
	timeUnits,
	type Conversion
} from './time';

const relClose = (actual: number, expected: number, tol = 1e-9) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));

const expectStepsEvaluate = (result: Conversion) => {
	for (const step of result.steps) relClose(evaluate(step.formula), step.value);
};

describe('periodsPerYear', () => {
	it('counts 12 months, 4 quarters and 1 year per year', () => {
		expect(periodsPerYear).toEqual({ month: 12, quarter: 4, year: 1 });
		expect(timeUnits).toEqual(['month', 'quarter', 'year']);
	});
});

describe('convertDiscountRate', () => {
	it('compounds 10% a year to 0.7974% a month, not 10%/12', () => {
		// (1 + 0.10)^(1/12) − 1 = 0.0079741404… (compound-interest identity; issue example "0.797%")
		const result = convertDiscountRate(0.1, 'year', 'month');
		expect(result.value).toBeCloseTo(0.0079741404, 10);
		expect(result.value).not.toBeCloseTo(0.1 / 12, 5);
		expect(result.steps[0]!.id).toBe('periodDiscountRate');
		expectStepsEvaluate(result);
	});

	it('compounds 10% a year to 2.4114% a quarter', () => {
		// (1.1)^(1/4) − 1 = 0.0241136890… (same identity)
		relClose(convertDiscountRate(0.1, 'year', 'quarter').value, 0.024113689084445);
	});

	it('round-trips month → year → month and leaves year → year unchanged', () => {
		const monthly = convertDiscountRate(0.1, 'year', 'month').value;
		relClose(convertDiscountRate(monthly, 'month', 'year').value, 0.1);
		expect(convertDiscountRate(0.07, 'year', 'year').value).toBe(0.07);
		expect(convertRetention(0.8, 'month', 'month').value).toBe(0.8);
	});

	it('shows the exponent as the fraction 1/12 with the annual rate substituted', () => {
		const { formula } = convertDiscountRate(0.1, 'year', 'month').steps[0]!;
		expect(formula).toEqual({
			op: 'sub',
			args: [
				{
					op: 'pow',
					base: {
						op: 'paren',
						arg: {
							op: 'add',
							args: [
								{ op: 'const', value: 1 },
								{ op: 'var', name: 'i_year', value: 0.1, format: 'rate' }
							]
						}
					},
					exp: { op: 'div', num: { op: 'const', value: 1 }, den: { op: 'const', value: 12 } }
				},
				{ op: 'const', value: 1 }
			]
		});
	});

	it('rejects a rate of −100% or less, naming the field', () => {
		expect(() => convertDiscountRate(-1, 'year', 'month')).toThrow(ModelInputError);
		expect(() => convertDiscountRate(Number.NaN, 'year', 'month')).toThrow(
			expect.objectContaining({ field: 'discountRate', rule: 'finite' })
		);
	});
});

describe('convertRetention', () => {
	it('turns 80% a year into 98.158% a month', () => {
		// 0.8^(1/12) = 0.98157652987… (geometric retention, survival r^t)
		const result = convertRetention(0.8, 'year', 'month');
		expect(result.value).toBeCloseTo(0.98157653, 8);
		expect(result.steps[0]!.id).toBe('periodRetention');
		expectStepsEvaluate(result);
	});

	it('turns 95% a month into 0.95^12 = 54.04% a year and keeps 0 and 1 fixed', () => {
		relClose(convertRetention(0.95, 'month', 'year').value, Math.pow(0.95, 12));
		expect(convertRetention(0, 'year', 'month').value).toBe(0);
		expect(convertRetention(1, 'year', 'quarter').value).toBe(1);
	});

	it('rejects retention outside [0, 1]', () => {
		expect(() => convertRetention(1.2, 'year', 'month')).toThrow(/retention/);
		expect(() => convertRetention(-0.1, 'year', 'month')).toThrow(ModelInputError);
	});
});

describe('convertSpend', () => {
	it.each([
		{ spend: 1200, from: 'year', to: 'month', expected: 100 },
		{ spend: 1200, from: 'year', to: 'quarter', expected: 300 },
		{ spend: 100, from: 'month', to: 'year', expected: 1200 },
		{ spend: 300, from: 'quarter', to: 'month', expected: 100 },
		{ spend: 100, from: 'month', to: 'quarter', expected: 300 },
		{ spend: 50, from: 'year', to: 'year', expected: 50 }
	] as const)('$spend per $from is $expected per $to', ({ spend, from, to, expected }) => {
		const result = convertSpend(spend, from, to);
		relClose(result.value, expected);
		expectStepsEvaluate(result);
	});

	it('rejects negative spend', () => {
		expect(() => convertSpend(-1, 'year', 'month')).toThrow(/spend/);
	});
});

describe('horizonPeriods', () => {
	it('counts 5 years as 60 months, 20 quarters, 5 years; 2.5 years as 30 months', () => {
		expect(horizonPeriods(5, 'month').value).toBe(60);
		expect(horizonPeriods(5, 'quarter').value).toBe(20);
		expect(horizonPeriods(5, 'year').value).toBe(5);
		expect(horizonPeriods(2.5, 'month').value).toBe(30);
		expectStepsEvaluate(horizonPeriods(2.5, 'month'));
	});

	it('rejects a horizon that is not a whole number of periods', () => {
		expect(horizonPeriods(0.25, 'month').value).toBe(3);
		expect(() => horizonPeriods(0.1, 'month')).toThrow(ModelInputError);
		expect(() => horizonPeriods(2.5, 'year')).toThrow(/years/);
	});
});

describe('conversion properties', () => {
	const unit = fc.constantFrom(...timeUnits);

	it('discount conversion preserves the growth of money over a year', () => {
		fc.assert(
			fc.property(doubleIn(-0.5, 2), unit, (rate, to) => {
				const perPeriod = convertDiscountRate(rate, 'year', to).value;
				relClose(Math.pow(1 + perPeriod, periodsPerYear[to]), 1 + rate, 1e-12);
			})
		);
	});

	it('retention conversion preserves survival over a year and every step evaluates', () => {
		fc.assert(
			fc.property(doubleIn(0, 1), unit, unit, (r, from, to) => {
				const result = convertRetention(r, from, to);
				expectStepsEvaluate(result);
				relClose(
					Math.pow(result.value, periodsPerYear[to]),
					Math.pow(r, periodsPerYear[from]),
					1e-12
				);
			})
		);
	});
});
