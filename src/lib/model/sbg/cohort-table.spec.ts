import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { describe, expect, it } from 'vitest';
import {
	formatCohortTable,
	MAX_CELL_ISSUES,
	parseCohortTable,
	type CellReason,
	type CohortTableResult
} from './cohort-table';
import { REGULAR } from './test-fixtures';

function table(result: CohortTableResult) {
	if (result.kind !== 'table') throw new Error(`invalid: ${JSON.stringify(result)}`);
	return result;
}

function issues(result: CohortTableResult) {
	if (result.kind !== 'invalid') throw new Error('expected an invalid table');
	return result.issues;
}

/** The first issue of a paste, as [line, column, reason]. */
const firstIssue = (text: string): [number, number, CellReason] => {
	const [issue] = issues(parseCohortTable(text));
	return [issue!.line, issue!.column, issue!.reason];
};

describe('parseCohortTable: what it reads', () => {
	it('a spreadsheet triangle with header and labels', () => {
		const text =
			'Cohort\tMonth 0\tMonth 1\tMonth 2\n2024-01\t1,200\t900\t780\n2024-02\t1000\t760\t\n2024-03\t800\t\t\n';
		const result = table(parseCohortTable(text));
		expect(result.table).toEqual({
			labels: ['2024-01', '2024-02', '2024-03'],
			counts: [[1200, 900, 780], [1000, 760], [800]],
			unit: 'count',
			sizesKnown: true
		});
		expect(result.layout).toMatchObject({
			delimiter: '\t',
			header: true,
			labels: true,
			sizeColumn: false
		});
	});

	it('CSV with period numbers as the header and years as labels', () => {
		const result = table(parseCohortTable('year,0,1,2\n2019,500,300,240\n2020,450,280\n'));
		expect(result.table.labels).toEqual(['2019', '2020']);
		expect(result.table.counts).toEqual([
			[500, 300, 240],
			[450, 280]
		]);
		expect(result.layout.header).toBe(true);
	});

	it('a single survival series, as a row or as a column', () => {
		expect(table(parseCohortTable(REGULAR.join('\t'))).table.counts).toEqual([REGULAR]);
		const column = table(parseCohortTable(`active\n${REGULAR.join('\n')}`));
		expect(column.table.counts).toEqual([REGULAR]);
		expect(column.layout.column).toBe(true);
		const numbered = REGULAR.map((n, t) => `${t}\t${n}`).join('\n');
		expect(table(parseCohortTable(`Year\tActive\n${numbered}`)).table.counts).toEqual([REGULAR]);
	});

	it('percentages of the starting size (with or without the sign) and shares: sizes assumed', () => {
		const percent = table(parseCohortTable('100%\t63.1%\t46.8%\n100%\t60%'));
		expect(percent.table.unit).toBe('percent');
		expect(percent.table.sizesKnown).toBe(false);
		expect(percent.table.counts[0]![1]).toBeCloseTo(631, 9);
		const bare = table(parseCohortTable('100\t63.1\t46.8', { assumedSize: 2000 }));
		expect(bare.table.unit).toBe('percent');
		expect(bare.table.counts[0]).toEqual([2000, 1262, 936].map((x) => expect.closeTo(x, 9)));
		const shares = table(parseCohortTable('1\t0.631\t0.468'));
		expect(shares.table.unit).toBe('share');
		expect(shares.table.counts[0]![2]).toBeCloseTo(468, 9);
		// whole numbers starting at 100 are counts (a cohort of 100 customers)
		expect(table(parseCohortTable('100\t63\t47')).table.unit).toBe('count');
		expect(table(parseCohortTable('100\t63\t47', { unit: 'percent' })).table.sizesKnown).toBe(
			false
		);
	});

	it('a size column followed by percentages, with or without the 100% start column', () => {
		const withStart = table(parseCohortTable('Jan\t1200\t100%\t75%\t60%\nFeb\t800\t100%\t70%'));
		expect(withStart.table.counts).toEqual(
			[
				[1200, 900, 720],
				[800, 560]
			].map((row) => row.map((x) => expect.closeTo(x, 9)))
		);
		expect(withStart.table.sizesKnown).toBe(true);
		expect(withStart.layout.sizeColumn).toBe(true);
		const fromPeriodOne = table(parseCohortTable('Jan\t1200\t75%\t60%\nFeb\t800\t70%'));
		expect(fromPeriodOne.table.counts).toEqual(
			[
				[1200, 900, 720],
				[800, 560]
			].map((row) => row.map((x) => expect.closeTo(x, 9)))
		);
	});

	it('header and labels can be forced when the guess is wrong', () => {
		const result = table(parseCohortTable('7\t5\t4\n6\t4', { labels: 'yes', header: 'no' }));
		expect(result.table.labels).toEqual(['7', '6']);
		expect(result.table.counts).toEqual([[5, 4], [4]]);
	});
});

describe('parseCohortTable: bad input, cell by cell', () => {
	it('counts that rise with age name the cell and the count before it', () => {
		const [issue] = issues(parseCohortTable('Jan\t100\t80\t85'));
		expect(issue).toEqual({
			line: 1,
			column: 4,
			cohort: 0,
			age: 2,
			reason: 'rising',
			text: '85',
			previous: 80
		});
	});

	it('negative and fractional counts', () => {
		expect(firstIssue('100\t-5\t3')).toEqual([1, 2, 'negative']);
		expect(firstIssue('x\t0\t1\n1000\t800.5\t600')).toEqual([2, 2, 'fractional-count']);
	});

	it('percentages above 100 and rows that do not start at 100%', () => {
		expect(firstIssue('100%\t120%\t50%')).toEqual([1, 2, 'above-100-percent']);
		const [start] = issues(parseCohortTable('95%\t80%\t70%'));
		expect(start).toMatchObject({ reason: 'start-not-full', expected: 100, column: 1 });
	});

	it('text in cells, gaps, a missing start, a cohort of 0, mixed units', () => {
		expect(firstIssue('A\t100\t8O\t60\nB\t90\t70')).toEqual([1, 3, 'not-a-number']);
		expect(firstIssue('A\t100\t\t60\nB\t90\t70')).toEqual([1, 3, 'gap']);
		expect(firstIssue('A\t\t80\t60\nB\t90\t70')).toEqual([1, 2, 'missing-start']);
		expect(firstIssue('A\t0\t0\nB\t90\t70')).toEqual([1, 2, 'zero-start']);
		expect(firstIssue('100%\t80\t60%')).toEqual([1, 2, 'mixed-units']);
		const [huge] = issues(parseCohortTable('2e12\t1e12'));
		expect(huge).toMatchObject({ column: 1, reason: 'too-large', limit: 1e12 });
	});

	it('lists every bad cell (up to the cap) and counts the rest', () => {
		const rows = Array.from({ length: 60 }, (_, i) => `c${i}\t100\tbad`).join('\n');
		const result = parseCohortTable(rows);
		if (result.kind !== 'invalid') throw new Error();
		expect(result.issues).toHaveLength(MAX_CELL_ISSUES);
		expect(result.moreIssues).toBe(10);
		expect(result.issues[3]).toMatchObject({
			line: 4,
			column: 3,
			cohort: 3,
			reason: 'not-a-number'
		});
	});

	it('whole-table problems: a single period, all retained, all lost, empty, too large', () => {
		const problem = (text: string) => {
			const result = parseCohortTable(text);
			return result.kind === 'invalid' ? result.problem?.kind : 'table';
		};
		expect(problem('cohort\t0\t1\nA\t100\nB\t90')).toBe('single-period');
		expect(problem('100')).toBe('single-period');
		expect(problem('A\t100\t100\t100\nB\t90\t90')).toBe('all-retained');
		expect(problem('100%\t100%\t100%')).toBe('all-retained');
		expect(problem('A\t100\t0\t0\nB\t90\t0')).toBe('all-lost');
		expect(problem('\n  \n')).toBe('empty');
		expect(problem('1\t'.repeat(5_000_000))).toBe('too-large');
	});

	it('property: a table written by formatCohortTable reads back unchanged', () => {
		const row = fc
			.tuple(fc.integer({ min: 1, max: 100_000 }), fc.array(doubleIn(0, 1), { maxLength: 15 }))
			.map(([size, keeps]) => {
				const counts = [size];
				for (const keep of keeps) counts.push(Math.floor(counts[counts.length - 1]! * keep));
				return counts;
			});
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (counts) => {
				const result = parseCohortTable(formatCohortTable(counts));
				const followed = counts.filter((r) => r.length > 1);
				const fittable =
					followed.length > 0 &&
					!followed.every((r) => r[r.length - 1] === r[0]) &&
					!followed.every((r) => r[1] === 0);
				if (fittable) expect(table(result).table.counts).toEqual(counts);
				else expect(result.kind).toBe('invalid');
			})
		);
	});
});
