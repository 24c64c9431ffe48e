import { describe, expect, it } from 'vitest';
import { classifySegments } from '$lib/model/segments';
import { computeSegments, customerStats } from './compute';
import { presetInputs } from './presets';
import { readTable, type TableRead } from './table';
import { exampleCsv, exampleHref } from './table-example';
import { teaShopCustomers } from './tea-shop';

function table(result: TableRead) {
	if (result.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(result)}`);
	return result;
}

describe('the example table', () => {
	it('is the article’s tea shop, in both languages, showing all four segments', () => {
		for (const locale of ['en', 'zh'] as const) {
			const read = table(readTable(exampleCsv(locale)));
			expect(read.rows.map((row) => row.id)).toEqual(teaShopCustomers.map((c) => c.id));
			expect(read.badRows).toEqual([]);
			expect(read.hasRecency).toBe(true);
			const inputs = presetInputs(undefined, locale);
			const { quadrant } = computeSegments(customerStats(read.rows), inputs);
			expect(quadrant.segments.every((s) => s.count > 0)).toBe(true);
			// The article classifies the same customers directly; the calculator must agree with it.
			expect(quadrant.assignments).toEqual(classifySegments(teaShopCustomers).assignments);
			const href = exampleHref(locale);
			expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
			const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
			expect(text).toBe('\uFEFF' + exampleCsv(locale));
		}
	});
});
