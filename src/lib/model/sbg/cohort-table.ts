/**
 * Reading a cohort table pasted from a spreadsheet: rows are cohorts (customers who started in the
 * same period), columns are periods since the start, cells say how many of them are still active.
 *
 * What is accepted (each choice can be forced through `options` when the guess is wrong):
 *
 * - a header row (period names, or the numbers 0, 1, 2 …) and a label column (cohort names such as
 *   "2023-01", or consecutive years) are recognised and set aside;
 * - cells are counts of customers (`1000, 631, …`), percentages of the starting size (`100%, 63.1%`,
 *   or `100, 63.1` without the sign when the first column is all 100), or shares (`1, 0.631`); with
 *   percentages or shares the cohort sizes are unknown and `assumedSize` customers per cohort are
 *   used (the fitted α and β do not depend on it; standard errors and money values do);
 * - a first column of counts followed by percentages is read as cohort size + percentages (a
 *   second column of 100% is then the start, otherwise the percentages begin at period 1);
 * - blank cells at the end of a row: the cohort is younger (the usual triangle);
 * - one row, or one column, is a single survival series.
 *
 * Every cell that cannot be used is reported with its line and column in the paste, its cohort and
 * age, and a reason code with parameters, so the page can say in either language what to fix. The
 * table is refused while any cell is wrong: the page keeps the last valid result.
 *
 * The layout is recognised in `cohort-table-layout.ts`, the rows read in `cohort-table-rows.ts`.
 */
import { detectUnit, layoutCells } from './cohort-table-layout';
import { readRow, tableProblem } from './cohort-table-rows';
import { readPasteGrid, type Delimiter } from './paste-grid';

/** How the cells were written. */
export type CellUnit = 'count' | 'percent' | 'share';

/** A cohort table ready for the model. */
export interface CohortTable {
	/** One per cohort: the label from the paste, or null. */
	readonly labels: readonly (string | null)[];
	/** counts[c][t]: customers of cohort c active at age t (fractional from percentages). */
	readonly counts: readonly (readonly number[])[];
	readonly unit: CellUnit;
	/** False when the cells were percentages or shares without sizes (`assumedSize` was used). */
	readonly sizesKnown: boolean;
}

/** Why a cell cannot be used. */
export type CellReason =
	| 'not-a-number'
	| 'negative'
	| 'fractional-count'
	| 'above-100-percent'
	/** More customers than at the previous age (`previous` holds that value). */
	| 'rising'
	/** A blank cell followed by a value in the same row. */
	| 'gap'
	/** The first cell of a row with values is blank. */
	| 'missing-start'
	/** A cohort of 0 customers. */
	| 'zero-start'
	/** A percentage or share row that does not start at 100% (`expected` 100 or 1). */
	| 'start-not-full'
	/** A count among percentages, or a percentage among counts. */
	| 'mixed-units'
	/** A count above `limit` (10¹² customers). */
	| 'too-large';

export interface CellIssue {
	/** 1-based line of the paste. */
	readonly line: number;
	/** 1-based cell on that line (the label column counts). */
	readonly column: number;
	/** 0-based cohort (data row) and age (period since start) of the cell. */
	readonly cohort: number;
	readonly age: number;
	readonly reason: CellReason;
	/** The cell as pasted (at most 24 characters). */
	readonly text: string;
	readonly previous?: number;
	readonly expected?: number;
	readonly limit?: number;
}

/** Why the table as a whole cannot be used. */
export type TableProblem =
	| { readonly kind: 'empty' }
	| { readonly kind: 'too-large'; readonly limit: number }
	| { readonly kind: 'too-many-rows'; readonly limit: number }
	| { readonly kind: 'too-many-columns'; readonly limit: number; readonly line: number }
	/** Every cohort has only its starting count: nothing to fit. */
	| { readonly kind: 'single-period' }
	/** Nobody left in any period. */
	| { readonly kind: 'all-retained' }
	/** Nobody renewed even once. */
	| { readonly kind: 'all-lost' };

/** What was recognised, so the page can say how the paste was read. */
export interface TableLayout {
	readonly delimiter: Delimiter;
	readonly header: boolean;
	readonly labels: boolean;
	/** A column of cohort sizes before percentages. */
	readonly sizeColumn: boolean;
	/** One column of values read as a single series. */
	readonly column: boolean;
}

export type CohortTableResult =
	| { readonly kind: 'table'; readonly table: CohortTable; readonly layout: TableLayout }
	| {
			readonly kind: 'invalid';
			readonly problem: TableProblem | null;
			/** Up to MAX_CELL_ISSUES issues, in reading order. */
			readonly issues: readonly CellIssue[];
			/** Issues beyond those listed. */
			readonly moreIssues: number;
			readonly layout: TableLayout | null;
	  };

export interface ParseOptions {
	readonly header?: 'auto' | 'yes' | 'no';
	readonly labels?: 'auto' | 'yes' | 'no';
	readonly unit?: 'auto' | CellUnit;
	/** Customers per cohort assumed for percentages and shares (default 1,000). */
	readonly assumedSize?: number;
}

/** Issues listed at most; the rest are counted. */
export const MAX_CELL_ISSUES = 50;

/**
 * Reads a pasted cohort table.
 *
 * @example
 * parseCohortTable('cohort\t0\t1\t2\nJan\t1000\t631\t468\nFeb\t900\t580\n')
 * //=> { kind: 'table', table: { labels: ['Jan', 'Feb'], counts: [[1000, 631, 468], [900, 580]],
 * //     unit: 'count', sizesKnown: true }, layout: { delimiter: '\t', header: true, labels: true,
 * //     sizeColumn: false, column: false } }
 */
export function parseCohortTable(text: string, options: ParseOptions = {}): CohortTableResult {
	const assumedSize = options.assumedSize ?? 1000;
	const grid = readPasteGrid(text);
	if (grid.kind !== 'grid')
		return { kind: 'invalid', problem: grid, issues: [], moreIssues: 0, layout: null };
	const { layout: partial, cells, labels } = layoutCells(grid.rows, grid.delimiter, options);
	const { unit, sizeColumn } = detectUnit(cells, options.unit ?? 'auto');
	const anyPercent = cells.some((row) => row.some((cell) => cell.percent && cell.value !== null));
	const startColumn = sizeColumn && cells.every((row) => row.length < 2 || row[1]!.value === 100);
	const layout: TableLayout = { ...partial, sizeColumn };
	const issues: CellIssue[] = [];
	const counts: number[][] = [];
	cells.forEach((row, cohort) => {
		const context = { cohort, unit, sizeColumn, startColumn, assumedSize, anyPercent };
		const read = readRow(row, context, issues);
		if (read) counts.push(read);
	});
	if (issues.length > 0)
		return {
			kind: 'invalid',
			problem: null,
			issues: issues.slice(0, MAX_CELL_ISSUES),
			moreIssues: Math.max(0, issues.length - MAX_CELL_ISSUES),
			layout
		};
	const problem = counts.length === 0 ? { kind: 'empty' as const } : tableProblem(counts);
	if (problem) return { kind: 'invalid', problem, issues: [], moreIssues: 0, layout };
	const sizesKnown = unit === 'count' || sizeColumn;
	return { kind: 'table', table: { labels, counts, unit, sizesKnown }, layout };
}

/**
 * Writes counts back as tab-separated text (a header of ages, one row per cohort), the form a
 * preset is shown in the paste box.
 *
 * @example
 * formatCohortTable([[1000, 631], [900]], ['Jan']) //=> 'cohort\t0\t1\nJan\t1000\t631\n#2\t900'
 */
export function formatCohortTable(
	counts: readonly (readonly number[])[],
	labels: readonly (string | null)[] = []
): string {
	const width = Math.max(...counts.map((row) => row.length));
	const header = ['cohort', ...Array.from({ length: width }, (_, t) => String(t))].join('\t');
	const rows = counts.map((row, c) => [labels[c] ?? `#${c + 1}`, ...row.map(String)].join('\t'));
	return [header, ...rows].join('\n');
}
