/**
 * The figures "Segmenting customers by value" quotes: an illustrative tea shop's year (ten
 * customers, purchases, total profit, days since last visit), segmented as the segments
 * calculator does. Imported by the article with `?build-time`
 * (src/lib/build-time/vite-plugin.ts): plain values in the browser.
 */
import { teaShopCustomers } from '$lib/calculators/segments/tea-shop';
import {
	classifySegments,
	paretoCurve,
	profitPerTransaction,
	rfmScores
} from '$lib/model/segments';
import { having } from './steps';

export const customers = teaShopCustomers.map((c) => ({ ...c }));
const classified = classifySegments(customers);
export const quadrant = {
	profitThreshold: classified.profitThreshold,
	frequencyThreshold: classified.frequencyThreshold
};
export const pareto = { topShare: having(paretoCurve(customers), 'topShare').topShare };
const scores = having(rfmScores(customers), 'scores').scores;
export const rfm = { scores: scores.map((s) => ({ code: s.code })) };
export const summary = Object.fromEntries(
	classified.segments.map((s) => [s.segment, { count: s.count, profitShare: s.profitShare }])
);
export const rows = customers.map((c, k) => ({
	...c,
	perPurchase: profitPerTransaction(c),
	segment: classified.assignments[k],
	rfm: scores[k]!.code
}));
export const e = rows.find((row) => row.id === 'E');
