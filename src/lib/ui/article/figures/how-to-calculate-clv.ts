/**
 * The figures "How to calculate CLV" quotes, computed with the model as the CLV calculator does.
 * Imported by the article with `?build-time` (src/lib/build-time/vite-plugin.ts): plain values
 * in the browser.
 */
import {
	clvSchedule,
	clvSideBySide,
	continuingValue,
	discountedClv,
	findClvPreset,
	growingDiscountedClv,
	retentionClv,
	retentionTimings,
	simpleClv,
	type RetentionTiming
} from '$lib/model/clv';
import clvEn from '$lib/i18n/messages/en/clv';
import clvZh from '$lib/i18n/messages/zh/clv';
import { expectedTimeToChurn } from '$lib/model/lifecycle';
import { splitTimingLabel } from '../timing-labels';
import { having, keepSteps } from './steps';

// The loyal car buyer of Lixiao CRM's guide, as the calculator's "car-buyer" preset
// (illustrative split). Every discounted value of this example uses the start-of-period
// convention (first year's margin today), like the calculator's headline.
const preset = findClvPreset('car-buyer');
if (!preset) throw new Error('no car-buyer preset');
export const car = { ...preset.inputs };
export const years = car.horizonYears;
export const carCount = 10;
export const carPrice = 30000;
export const cars = keepSteps(
	continuingValue({
		expectedTransactions: carCount,
		averagePurchase: carPrice,
		acquisitionCost: 0,
		referralNetIncome: 0
	}),
	'lifetimeRevenue'
);
export const service = keepSteps(
	simpleClv({ spendPerPeriod: 1500, periods: years, acquisitionCost: 0 }),
	'lifetimeRevenue'
);
export const interest = keepSteps(
	simpleClv({ spendPerPeriod: 500, periods: years, acquisitionCost: 0 }),
	'lifetimeRevenue'
);
const sideBySide = clvSideBySide(car);
export const side = {
	simple: keepSteps(sideBySide.simple, 'clv'),
	margin: keepSteps(sideBySide.margin, 'clv'),
	discounted: { value: sideBySide.discounted.value }
};
export const revenue = keepSteps(sideBySide.simple, 'lifetimeRevenue').steps[0]!.value;
export const retained = keepSteps(
	having(sideBySide.retention['start-of-period'].finite, 'value'),
	'clv'
);
export const yearlyMargin = car.spendPerPeriod * car.grossMargin;
export const discounted = {
	value: growingDiscountedClv({
		profit: yearlyMargin,
		growth: 0,
		periods: years,
		discountRate: car.annualDiscountRate,
		firstPeriod: 0,
		acquisitionCost: car.acquisitionCost
	}).value
};
/** What 1 received in year n is worth today at 8% a year, for the years the article quotes. */
export const worthToday = Object.fromEntries(
	[10, 30].map((n) => [
		n,
		discountedClv({
			profits: Array.from({ length: n }, (_, k) => (k === n - 1 ? 1 : 0)),
			discountRate: car.annualDiscountRate,
			firstPeriod: 1
		}).value
	])
);

// Fader & Hardie's three timings on the textbook customer: m = 100, r = 0.8, i = 0.12.
export const textbook = {
	margin: 100,
	retention: 0.8,
	discountRate: 0.12,
	horizon: 'infinite'
} as const;
const valuesOf = (customer: Omit<Parameters<typeof retentionClv>[0], 'timing'>) =>
	Object.fromEntries(
		retentionTimings.map((timing) => [
			timing,
			having(retentionClv({ ...customer, timing }), 'value').value
		])
	) as Record<RetentionTiming, number>;
export const timingValue = valuesOf(textbook);
export const largestTiming = retentionTimings.reduce((a, b) =>
	timingValue[b] > timingValue[a] ? b : a
);
export { retentionTimings };
/** The timings' labels, as the CLV calculator words them, and their short names, per language. */
const timingWords = (labels: Record<RetentionTiming, string>) => ({
	labels: Object.fromEntries(retentionTimings.map((timing) => [timing, labels[timing]])),
	names: Object.fromEntries(
		retentionTimings.map((timing) => [timing, splitTimingLabel(labels[timing]).name])
	)
});
export const timingWordsEn = timingWords(clvEn.timing);
export const timingWordsZh = timingWords(clvZh.timing);

// Self-check: another customer, m = 50, r = 90%, i = 10%.
export const otherValue = valuesOf({
	margin: 50,
	retention: 0.9,
	discountRate: 0.1,
	horizon: 'infinite'
});

// Mistake 2: 1/churn on a young cohort (Fader & Hardie 2007, "regular" customers, 1,000 at start).
export const startupChurn = 0.4;
export const firstYear = 631 / 1000;
export const seventhYear = 241 / 262;
/** Expected periods to churn at each retention the article quotes, by retention. */
export const lifetimes = Object.fromEntries(
	[1 - startupChurn, firstYear, seventhYear].map((retention) => [
		retention,
		having(
			expectedTimeToChurn({
				states: [
					{ id: 'active', name: 'active', revenue: 0, cost: 0 },
					{ id: 'lost', name: 'lost', revenue: 0, cost: 0, churned: true }
				],
				transitions: [
					[retention, 1 - retention],
					[0, 1]
				],
				discountRate: 0
			})[0]!,
			'periods'
		).periods
	])
);
export const survivalAfter7 = clvSchedule({
	margin: 1,
	retention: firstYear,
	discountRate: 0,
	timing: 'start-of-period',
	horizon: 8
}).survival[7];
