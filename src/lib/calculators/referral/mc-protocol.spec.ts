import { describe, expect, it } from 'vitest';
import { projectReferral, referralPresets, simulateReferral } from '$lib/model/referral';
import { bandOf, simulatedHeadline } from './mc-protocol';

describe('simulatedHeadline', () => {
	// the software vendor in a market of 40 customers: the cap binds
	const params = { ...referralPresets['software-vendor'].params, marketCap: 40 };
	const projection = projectReferral(params);
	const summary = simulateReferral(params, 5, 2000);
	const band = bandOf(summary);
	const last = params.horizon - 1;

	it('takes value and customers from the simulated means', () => {
		expect(projection.saturation.binds).toBe(true);
		const headline = simulatedHeadline(band, params, projection.totals);
		expect(headline.runs).toBe(2000);
		expect(headline.totalValue).toBe(summary.cumulativeProfit.mean[last]);
		expect(headline.customers).toBe(summary.everAcquired.mean[last]);
		expect(band.acquiredError).toBe(summary.everAcquired.standardError[last]);
		// (E[total] + N₀·A)/V_own, with the first customers' own value, which the cap leaves alone
		const own = projection.totals.ownValue;
		const n0a = params.initialCustomers * params.acquisitionCost;
		expect(headline.multiplier).toBeCloseTo((headline.totalValue + n0a) / own, 12);
	});

	it('has no multiplier when the first customers bring no own value', () => {
		const totals = projection.totals;
		expect(simulatedHeadline(band, params, { ...totals, ownValue: 0 }).multiplier).toBeUndefined();
		expect(simulatedHeadline(band, params, { ...totals, ownValue: -5 }).multiplier).toBeUndefined();
	});

	it('says the figures differ only past both 1% and 3 standard errors', () => {
		// the vendor's short chains: the averaged model is within 0.5% of the simulation
		expect(simulatedHeadline(band, params, projection.totals).differs).toBe(false);
		const off = { ...projection.totals, customersAcquired: band.acquired * 1.05 };
		expect(band.acquiredError * 3).toBeLessThan(band.acquired * 0.05);
		expect(simulatedHeadline(band, params, off).differs).toBe(true);
		// one first customer, K = 0.75, market 50, 30 periods: 3.10 customers against 2.81 (issue 14)
		const steep = {
			...params,
			horizon: 30,
			lag: 1,
			marketCap: 50,
			first: { ...params.first, retention: 0.8, referralRate: 0.3, conversion: 0.5 },
			referred: null
		};
		const steepBand = bandOf(simulateReferral(steep, 5, 4000));
		expect(simulatedHeadline(steepBand, steep, projectReferral(steep).totals).differs).toBe(true);
	});
});
