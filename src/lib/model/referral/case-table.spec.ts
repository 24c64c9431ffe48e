import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../errors';
import { evaluate } from '../expr';
import { referralCaseTable } from './case-table';
import { expectInputUntouched } from '../testing';
import { softwareVendorCase, type ReferralCase } from './software-case';

// The five-year case of “The law of customer value multiplication” with our illustrative prices
// (software-case.ts).
const table = referralCaseTable(softwareVendorCase);
const [year1, year2, year3, year4, year5] = table.years;

describe('referralCaseTable: the software-vendor case, year by year', () => {
	it('loses money in year 1: acquisition (700) costs more than the first sale (500 × 0.8)', () => {
		expect(year1!.purchases).toEqual([
			{
				buyer: 'designFirm',
				product: 'designSoftware',
				kind: 'first',
				source: 'direct',
				amount: 500
			}
		]);
		expect(year1!.profit).toBe(0.8 * 500 - 700);
		expect(year1!.profit).toBeLessThan(0);
	});

	it('records who bought what as ids, with the source of each sale', () => {
		expect(year2!.purchases.map((line) => [line.buyer, line.product, line.source])).toEqual([
			['designFirm', 'designUpgrade', 'upsell'],
			['designFirm', 'drawingSoftware', 'crossSell'],
			['referral1', 'designSoftware', 'referral']
		]);
		expect(year4!.newCustomers).toEqual(['referral3', 'referral4']);
		expect(year5!.purchases).toHaveLength(10);
	});

	it('has the revenue by source and profit of each year', () => {
		expect(table.years.map((y) => y.revenue)).toEqual([
			{ direct: 500, upsell: 0, crossSell: 0, referral: 0 },
			{ direct: 0, upsell: 150, crossSell: 300, referral: 500 },
			{ direct: 0, upsell: 0, crossSell: 500, referral: 950 },
			{ direct: 0, upsell: 300, crossSell: 0, referral: 1950 },
			{ direct: 0, upsell: 900, crossSell: 100, referral: 1700 }
		]);
		expect(table.years.map((y) => y.profit)).toEqual([-300, 710, 1110, 1700, 2160]);
		expect(table.years.map((y) => y.cumulativeProfit)).toEqual([-300, 410, 1520, 3220, 5380]);
	});

	it('lowers the average acquisition cost every year after the first', () => {
		const average = table.years.map((y) => y.averageAcquisitionCost);
		expect(average[0]).toBe(700);
		expect(average[1]).toBeLessThan(average[0]!);
		for (let k = 1; k < average.length; k++)
			expect(average[k]).toBeLessThanOrEqual(average[k - 1]!);
		expect(average.map((x) => +x.toFixed(2))).toEqual([700, 375, 266.67, 180, 180]);
	});

	it('ends with referral sales above direct sales, in year 5 and in total', () => {
		expect(year5!.referralSales).toBeGreaterThan(year5!.ownSales);
		expect(year3!.referralSales).toBeGreaterThan(year3!.ownSales);
		expect(table.totals.referralSales).toBe(5100);
		expect(table.totals.ownSales).toBe(2750);
		expect(table.totals.profit).toBe(5380);
	});

	it('shows the arithmetic of its totals', () => {
		expect(table.steps.map((step) => step.id)).toEqual([
			'referralCase.ownSales',
			'referralCase.referralSales',
			'referralCase.totalProfit',
			'referralCase.averageAcquisitionCost'
		]);
		for (const step of table.steps) expect(evaluate(step.formula)).toBeCloseTo(step.value, 9);
	});
});

describe('referralCaseTable: other cases', () => {
	it('discounts cumulative profit by (1 + d)^(year − 1)', () => {
		const discounted = referralCaseTable({ ...softwareVendorCase, discountRate: 0.1 });
		expect(discounted.years[1]!.cumulativeProfit).toBeCloseTo(-300 + 710 / 1.1, 9);
		expect(evaluate(discounted.steps[2]!.formula)).toBeCloseTo(discounted.totals.profit, 9);
	});

	it('rejects unknown products or buyers and bad years, naming the purchase', () => {
		const unknown: ReferralCase = {
			...softwareVendorCase,
			purchases: [{ year: 1, buyer: 'designFirm', product: 'printer', kind: 'first' }]
		};
		expect(() => referralCaseTable(unknown)).toThrow(ModelInputError);
		expect(() => referralCaseTable(unknown)).toThrow(/purchases\[0\]/);
		const late = { ...softwareVendorCase, years: 4 };
		expect(() => referralCaseTable(late)).toThrow(/year/);
		const badReferrer = { ...softwareVendorCase, customers: [{ id: 'x', referredBy: 'nobody' }] };
		expect(() => referralCaseTable(badReferrer)).toThrow(/referredBy/);
	});

	it('does not mutate the case', () => {
		expectInputUntouched(referralCaseTable, softwareVendorCase);
	});
});
