import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/charts/export';
import en from '$lib/i18n/messages/en/segments';
import zh from '$lib/i18n/messages/zh/segments';
import { classifySegments, rfmScores, type CustomerRecord } from '$lib/model/segments';
import { computeSegments, customerStats, sampleStats } from './compute';
import { membershipRows } from './membership';
import { presetInputs } from './presets';

describe('membershipRows', () => {
	const inputs = presetInputs(undefined, 'en');
	const view = computeSegments(sampleStats(inputs), inputs);

	it('gives every customer their segment and RFM code as the model computes them', () => {
		const rows = membershipRows(view, en);
		expect(rows[0]).toEqual([
			'Customer id',
			'Segment',
			'RFM code',
			'Purchases',
			'Total profit',
			'Profit per purchase'
		]);
		expect(rows).toHaveLength(501);
		const quadrant = classifySegments(view.customers);
		const rfm = rfmScores(view.customers);
		if (rfm.kind !== 'scores') throw new Error(rfm.kind);
		rows.slice(1).forEach((row, i) => {
			const customer = view.customers[i]!;
			expect(row[0]).toBe(customer.id);
			expect(row[1]).toBe(en.segments[quadrant.assignments[i]!].name);
			expect(row[2]).toBe(rfm.scores[i]!.code);
			expect(row[3]).toBe(customer.transactions);
			expect(row[4]).toBe(customer.profit);
			expect(row[5]).toBeCloseTo(customer.profit / customer.transactions, 12);
		});
	});

	it('writes headers and segment names in the page’s language, leaves RFM blank without recency, and never a formula', () => {
		const table: CustomerRecord[] = [
			{ id: '=HYPERLINK("x")', transactions: 2, profit: 50 },
			{ id: 'B', transactions: 1, profit: -5 }
		];
		const rows = membershipRows(computeSegments(customerStats(table), inputs), zh);
		expect(rows[0]![0]).toBe('客户编号');
		expect(rows[2]).toEqual(['B', '压力客户', '', 1, -5, -5]);
		const lines = toCsv(rows).split('\r\n');
		expect(lines[0]!.startsWith('\uFEFF客户编号,类别,RFM 组合')).toBe(true);
		expect(lines).toHaveLength(4);
		// an id a spreadsheet would run as a formula is written as text (OWASP CSV injection)
		expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",金子客户,,2,50,25`);
		expect(lines[2]).toBe('B,压力客户,,1,-5,-5');
	});
});
