/**
 * The figures "Customer value multiplication" quotes: the five-year software-vendor case of "The
 * law of customer value multiplication" (the prices are ours, illustrative), the referral
 * calculator's presets and an influence example. Imported by the article with `?build-time`
 * (src/lib/build-time/vite-plugin.ts): plain values in the browser.
 */
import { continuingValue, retentionClv } from '$lib/model/clv';
import {
	customerReferralValue,
	expectedHeadCount,
	referralCaseTable,
	referralPresets,
	softwareVendorCase,
	viralCoefficient
} from '$lib/model/referral';
import { having } from './steps';

const data0 = softwareVendorCase;
export const data = {
	grossMargin: data0.grossMargin,
	acquisitionCost: data0.acquisitionCost,
	referralReward: data0.referralReward
};
const caseTable = referralCaseTable(data0);
export const table = { years: caseTable.years, totals: caseTable.totals };
export const price = Object.fromEntries(data0.products.map((p) => [p.id, p.price]));
export const totals = caseTable.totals;
export const rewards =
	caseTable.years.reduce((sum, y) => sum + y.acquisitionSpend, 0) - data0.acquisitionCost;
export const firmPurchases = data0.purchases.filter((p) => p.buyer === 'designFirm').length;
export const averageMargin = (data0.grossMargin * totals.ownSales) / firmPurchases;
const continuing0 = continuingValue({
	expectedTransactions: firmPurchases,
	averagePurchase: averageMargin,
	acquisitionCost: data0.acquisitionCost,
	referralNetIncome: data0.grossMargin * totals.referralSales - rewards
});
export const continuing = { value: continuing0.value, steps: continuing0.steps };
export const bigger =
	Math.abs(totals.referralSales - totals.ownSales) < 0.1 * totals.ownSales
		? 'equal'
		: totals.referralSales > totals.ownSales
			? 'referred'
			: 'own';

// Referrals that refer in turn: the calculator's "software-chain" preset, K and 1/(1 − K).
const chainParams = referralPresets['software-chain'].params;
export const word = chainParams.first;
export const k = having(
	viralCoefficient(chainParams.first, chainParams.lag).lifetime,
	'value'
).value;
export const headCount = having(expectedHeadCount(chainParams), 'value').value;
// The five-year case fitted as a preset: an eager first customer, quieter referred ones.
const fitted0 = referralPresets['software-vendor'].params;
export const fitted = { first: { retention: fitted0.first.retention } };
export const k0 = having(viralCoefficient(fitted0.first, fitted0.lag).lifetime, 'value').value;
export const kr = having(viralCoefficient(fitted0.referred!, fitted0.lag).lifetime, 'value').value;
export const fittedHeadCount = having(expectedHeadCount(fitted0), 'value').value;
const halfParams = {
	...chainParams,
	first: { ...chainParams.first, referralRate: 0.5, conversion: 0.25, retention: 0.75 }
};
export const kHalf = having(
	viralCoefficient(halfParams.first, halfParams.lag).lifetime,
	'value'
).value;
export const headCountHalf = having(expectedHeadCount(halfParams), 'value').value;

// Influence: a small policy holder who brings in ten large policies (the original gives no
// amounts; ours are illustrative).
export const ownPolicy = having(
	retentionClv({
		margin: 60,
		retention: 0.8,
		discountRate: 0.08,
		timing: 'start-of-period',
		horizon: 'infinite'
	}),
	'value'
).value;
export const referredPolicies = 10;
export const influence = customerReferralValue(
	[
		{
			period: 1,
			count: referredPolicies,
			wouldJoinAnyway: false,
			margin: 1500,
			incentive: 0,
			acquisitionSaving: 400
		}
	],
	0.08
).value;
