import { describe, expect, it } from 'vitest';
import { referralCaseTable } from './case-table';
import { projectReferral } from './expected';
import { resolveReferralParams } from './params';
import { softwareVendorCase, softwareVendorParams } from './software-case';

describe('softwareVendorCase', () => {
	it('is marked illustrative and follows the seed: five years, one firm, four referrals', () => {
		expect(softwareVendorCase.illustrative).toBe(true);
		expect(softwareVendorCase.years).toBe(5);
		expect(
			softwareVendorCase.customers.filter((c) => c.referredBy === null).map((c) => c.id)
		).toEqual(['designFirm']);
		expect(softwareVendorCase.customers.filter((c) => c.referredBy !== null)).toHaveLength(4);
	});

	it('has the firm buy the all-in-one suite and a new library in year 5', () => {
		const firmYear5 = softwareVendorCase.purchases.filter(
			(p) => p.year === 5 && p.buyer === 'designFirm'
		);
		expect(firmYear5.map((p) => p.product)).toEqual(['allInOneSuite', 'newClipArtLibrary']);
	});
});

describe('softwareVendorParams: the case as parameters of the general model', () => {
	const projection = projectReferral(softwareVendorParams);
	const table = referralCaseTable(softwareVendorCase);

	it('is valid input, with the same prices and costs as the case', () => {
		expect(() => resolveReferralParams(softwareVendorParams)).not.toThrow();
		expect(softwareVendorParams.acquisitionCost).toBe(softwareVendorCase.acquisitionCost);
		expect(softwareVendorParams.first.firstPurchase).toBe(500);
	});

	it('keeps the lessons: a year-1 loss, falling acquisition cost, referral sales above own sales', () => {
		const { series, totals } = projection;
		expect(series.cumulativeProfit[0]).toBe(table.years[0]!.profit);
		for (let t = 1; t < 5; t++) {
			expect(series.averageAcquisitionCost[t]).toBeLessThan(series.averageAcquisitionCost[t - 1]!);
		}
		const own = totals.revenue.direct + totals.revenue.upsell + totals.revenue.crossSell;
		expect(totals.revenue.referral).toBeGreaterThan(own);
		expect(series.revenue.referral[4]).toBeGreaterThan(
			series.revenue.direct[4]! + series.revenue.upsell[4]! + series.revenue.crossSell[4]!
		);
	});

	it('approximates the case: about four referrals and five-year totals within 25%', () => {
		const { totals } = projection;
		expect(totals.referredCustomers).toBeGreaterThan(3.5);
		expect(totals.referredCustomers).toBeLessThan(4.5);
		const near = (model: number, seed: number) => Math.abs(model - seed) / seed;
		expect(near(totals.totalValue, table.totals.profit)).toBeLessThan(0.25);
		expect(near(totals.revenue.referral, table.totals.referralSales)).toBeLessThan(0.25);
		expect(
			near(totals.revenue.upsell + totals.revenue.crossSell + 500, table.totals.ownSales)
		).toBeLessThan(0.25);
	});
});
