/**
 * Segment membership as a table to download: one row per customer with their id, segment and
 * RFM code, and the purchases and profit the segment comes from, under headers in the page's
 * language. The CSV itself is written by the site's one CSV writer (`$lib/charts/export`).
 */
import type segmentsEn from '$lib/i18n/messages/en/segments';
import type { SegmentsView } from './compute';

type Texts = Pick<typeof segmentsEn, 'membership' | 'segments'>;

/**
 * The rows of the membership table, header first (an RFM code is blank without recency).
 *
 * @example
 * membershipRows(view, en)[1] //=> ['C00001', 'Comet', '325', 3, 120.5, 40.166666666667]
 */
export function membershipRows(view: SegmentsView, t: Texts): (string | number)[][] {
	const h = t.membership.headers;
	const header = [h.id, h.segment, h.rfm, h.transactions, h.profit, h.perPurchase];
	const { customers, perTransaction, quadrant, rfmCodes } = view;
	const rows = customers.map((customer, i) => [
		customer.id,
		t.segments[quadrant.assignments[i]!].name,
		rfmCodes?.[i] ?? '',
		customer.transactions,
		customer.profit,
		perTransaction[i]!
	]);
	return [header, ...rows];
}
