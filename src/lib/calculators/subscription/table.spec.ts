import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_TABLE_CHARS, parseCohortTable } from '$lib/model/sbg';
import {
	labelsText,
	placeTable,
	readLabels,
	resolveTable,
	storedKey,
	tableKey,
	tableText,
	validLabels,
	validTableField,
	type TableData
} from './table';

// Fader & Hardie (2007), Table 1: the regular customers, years 0–12.
const regular = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
const none = () => undefined;

/** A triangle of `cohorts` rows, each losing `loss` customers a period, 1,000 to start. */
const triangle = (cohorts: number, loss: number) =>
	Array.from({ length: cohorts }, (_, c) =>
		Array.from({ length: cohorts - c }, (_, t) => 1000 * (c + 1) - loss * t)
	);

describe('where a table goes', () => {
	it('puts a small table into the link, and reads it back with its labels', () => {
		const data: TableData = {
			counts: [regular, regular.slice(0, 6)],
			labels: ['2019', null],
			sizesKnown: true
		};
		const place = placeTable(data);
		expect(place).toMatchObject({ kind: 'link', labels: '2019\n' });
		const back = resolveTable(place.table, place.labels, none);
		expect(back).toEqual({ ...data, source: 'link' });
	});

	it('keeps a table too long for a link in the browser, under a key that names only it', () => {
		const big: TableData = { counts: triangle(60, 7), labels: [], sizesKnown: true };
		const place = placeTable(big);
		expect(place.kind).toBe('stored');
		if (place.kind !== 'stored') return;
		expect(place.length).toBeGreaterThan(MAX_LINK_TABLE_CHARS);
		expect(storedKey(place.table)).toBe(place.key);
		expect(place.key).toBe(tableKey(big));
		expect(tableKey({ ...big, counts: triangle(60, 8) })).not.toBe(place.key);
		expect(resolveTable(place.table, '', none)).toBeUndefined();
		expect(resolveTable(place.table, '', (key) => (key === place.key ? big : undefined))).toEqual({
			...big,
			source: 'stored'
		});
	});

	it('sends the table to the browser when its labels are too long for the link', () => {
		const labels = Array.from({ length: 30 }, (_, c) => `A rather long cohort name ${c}`);
		const counts = labels.map(() => [100, 90]);
		expect(placeTable({ counts, labels, sizesKnown: true }).kind).toBe('stored');
	});

	it('refuses link fields it cannot read', () => {
		expect(validTableField('1ckrs.a9.4j')).toBe(true);
		expect(validTableField('@abc123')).toBe(true);
		expect(validTableField('@AB')).toBe(false);
		expect(validTableField('1ckrs.a9.zzzzz')).toBe(false); // rises: a count below zero
		expect(validTableField('hello')).toBe(false);
		expect(validLabels('a\nb')).toBe(true);
		expect(validLabels('x'.repeat(601))).toBe(false);
	});
});

describe('labels', () => {
	it('carries real labels only, one line per cohort', () => {
		expect(labelsText([null, '#2', null])).toBe('');
		expect(labelsText(['Jan  2024', null])).toBe('Jan 2024\n');
		expect(readLabels('Jan 2024\n', 3)).toEqual(['Jan 2024', null, null]);
		expect(readLabels('', 2)).toEqual([null, null]);
	});
});

describe('the paste box text', () => {
	it('writes a table the parser reads back exactly, counts or percentages', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }), {
					minLength: 1,
					maxLength: 6
				}),
				fc.boolean(),
				(losses, sizesKnown) => {
					const counts = losses.map((row, c) => {
						let n = 1000 + 37 * c;
						return [n, ...row.map((loss) => (n = Math.max(0, n - loss)))];
					});
					if (counts.every((row) => row.every((n) => n === row[0]))) return; // nobody leaves
					if (counts.every((row) => row[1] === 0)) return; // nobody renews
					const shown = sizesKnown
						? counts
						: counts.map((row) => row.map((n) => (1000 * n) / row[0]!));
					const data = { counts: shown, labels: counts.map((_, c) => `C${c}`), sizesKnown };
					const read = parseCohortTable(tableText(data, 'cohort'));
					expect(read.kind).toBe('table');
					if (read.kind !== 'table') return;
					expect(read.table.labels).toEqual(data.labels);
					expect(read.table.sizesKnown).toBe(sizesKnown);
					read.table.counts.forEach((row, c) =>
						row.forEach((n, t) => expect(n).toBeCloseTo(shown[c]![t]!, 6))
					);
				}
			)
		);
	});
});
