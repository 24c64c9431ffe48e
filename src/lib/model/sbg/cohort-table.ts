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
 */
import { parseNumber } from '../segments/parse-number';
import { MAX_COUNT } from './cohorts';
import { readPasteGrid, type Delimiter, type GridRow } from './paste-grid';

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

/** A cell as read: its text, number (null if blank or unreadable), % sign, position. */
interface Cell {
	readonly text: string;
	readonly value: number | null;
	readonly percent: boolean;
	readonly line: number;
	readonly column: number;
}

const PERCENT = /[%％]\s*$/;

function readCell(text: string, delimiter: Delimiter, line: number, column: number): Cell {
	const percent = PERCENT.test(text);
	const bare = percent ? text.replace(PERCENT, '') : text;
	const value = bare === '' ? null : parseNumber(bare, delimiter);
	return { text, value, percent, line, column };
}

const isNumber = (text: string, delimiter: Delimiter) =>
	parseNumber(text.replace(PERCENT, ''), delimiter) !== null;

/** Ascending consecutive whole numbers (period numbers 0, 1, 2 … or years 2019, 2020 …). */
function consecutive(values: readonly (number | null)[]): boolean {
	return (
		values.length >= 2 &&
		values.every(
			(x, i) => x !== null && Number.isInteger(x) && (i === 0 || x === values[i - 1]! + 1)
		)
	);
}

/** Period numbers in a header: consecutive whole numbers, or a lone 0 or 1 after a text cell. */
function periodNumbers(row: GridRow, delimiter: Delimiter): boolean {
	const numbers = row.fields
		.slice(1)
		.filter((text) => text !== '' && isNumber(text, delimiter))
		.map((text) => parseNumber(text, delimiter));
	if (numbers.length === 1)
		return (numbers[0] === 0 || numbers[0] === 1) && !isNumber(row.fields[0]!, delimiter);
	return consecutive(numbers);
}

/** A header row: only text after the first cell, or the period numbers 0, 1, 2 … */
function looksLikeHeader(row: GridRow, delimiter: Delimiter): boolean {
	if (row.fields.length === 1) return !isNumber(row.fields[0]!, delimiter);
	const cells = row.fields.slice(1).filter((text) => text !== '');
	if (cells.length > 0 && cells.every((cell) => !isNumber(cell, delimiter))) return true;
	return periodNumbers(row, delimiter);
}

/** Whole numbers that read as years. */
const years = (numbers: readonly (number | null)[]) =>
	numbers.every((x) => x !== null && Number.isInteger(x) && x >= 1900 && x <= 2100);

/**
 * A label column: mostly text in the first cells; or a header whose first cell is a title over
 * period numbers; or consecutive numbers that are years or cannot be cohort sizes.
 */
function looksLikeLabels(
	rows: readonly GridRow[],
	header: GridRow | null,
	delimiter: Delimiter
): boolean {
	const firsts = rows.map((row) => row.fields[0] ?? '');
	if (rows.every((row) => row.fields.length < 2)) return false;
	const text = firsts.filter((cell) => cell !== '' && !isNumber(cell, delimiter)).length;
	if (text * 2 >= firsts.length) return true;
	if (header && !isNumber(header.fields[0] ?? '', delimiter) && header.fields[0] !== '')
		if (periodNumbers(header, delimiter)) return true;
	const numbers = firsts.map((cell) => parseNumber(cell, delimiter));
	if (!consecutive(numbers)) return false;
	if (years(numbers)) return true;
	// As sizes, the next cell would exceed them somewhere: they are cohort numbers.
	return rows.some((row, i) => (parseNumber(row.fields[1] ?? '', delimiter) ?? 0) > numbers[i]!);
}

/** The grid's data rows as cells, with the layout recognised. */
function layoutCells(
	rows: readonly GridRow[],
	delimiter: Delimiter,
	options: ParseOptions
): { layout: Omit<TableLayout, 'sizeColumn'>; cells: Cell[][]; labels: (string | null)[] } {
	const header =
		options.header === 'yes' ||
		(options.header !== 'no' && rows.length > 1 && looksLikeHeader(rows[0]!, delimiter));
	let data = header ? rows.slice(1) : rows;
	const headerRow = header ? rows[0]! : null;
	const labels =
		options.labels === 'yes' ||
		(options.labels !== 'no' && looksLikeLabels(data, headerRow, delimiter));
	const offset = labels ? 1 : 0;
	// One value per line is a series in a column, unless a header names several periods.
	const column =
		data.length > 1 &&
		data.every((row) => row.fields.length - offset <= 1) &&
		(headerRow === null || headerRow.fields.length - offset <= 1);
	if (column) {
		const cells = data.map((row) =>
			readCell(row.fields[offset] ?? '', delimiter, row.line, offset + 1)
		);
		return {
			layout: { delimiter, header, labels, column },
			cells: [cells],
			labels: [null]
		};
	}
	data = data.filter((row) => row.fields.slice(offset).some((text) => text !== ''));
	return {
		layout: { delimiter, header, labels, column },
		cells: data.map((row) =>
			row.fields.slice(offset).map((text, k) => readCell(text, delimiter, row.line, k + offset + 1))
		),
		labels: data.map((row) => (labels ? row.fields[0]! : null))
	};
}

/** The unit of the cells and whether the first column holds cohort sizes. */
function detectUnit(
	cells: readonly (readonly Cell[])[],
	forced: 'auto' | CellUnit
): { unit: CellUnit; sizeColumn: boolean } {
	const numeric = cells.flatMap((row) => row.filter((cell) => cell.value !== null));
	const anyPercent = numeric.some((cell) => cell.percent);
	const firsts = cells.map((row) => row[0]).filter((cell) => cell?.value != null) as Cell[];
	const sizeColumn =
		(forced === 'percent' || (forced === 'auto' && anyPercent)) &&
		firsts.length > 0 &&
		firsts.every((cell) => !cell.percent) &&
		cells.some((row) => row.slice(1).some((cell) => cell.percent)) &&
		(anyPercent || firsts.some((cell) => cell.value! > 100));
	if (forced !== 'auto') return { unit: forced, sizeColumn };
	if (anyPercent) return { unit: 'percent', sizeColumn };
	const all = (test: (x: number) => boolean) => numeric.every((cell) => test(cell.value!));
	const startsAt = (full: number) => firsts.length > 0 && firsts.every((c) => c.value === full);
	if (startsAt(1) && all((x) => x <= 1) && !all(Number.isInteger))
		return { unit: 'share', sizeColumn };
	if (startsAt(100) && all((x) => x <= 100) && !all(Number.isInteger))
		return { unit: 'percent', sizeColumn };
	return { unit: 'count', sizeColumn };
}

const clip = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

interface RowContext {
	readonly cohort: number;
	readonly unit: CellUnit;
	readonly sizeColumn: boolean;
	/** With a size column: the second column is the start (all 100%), not period 1. */
	readonly startColumn: boolean;
	readonly assumedSize: number;
	readonly anyPercent: boolean;
}

/** The age a cell stands for. */
const ageOf = (k: number, context: RowContext) =>
	context.sizeColumn && context.startColumn ? Math.max(0, k - 1) : k;

/** The first problem with one numeric cell, judged on its own. */
function cellReason(cell: Cell, k: number, context: RowContext): CellIssue['reason'] | null {
	const value = cell.value!;
	const isSize = context.sizeColumn && k === 0;
	const percentCell = context.unit !== 'count' && !isSize;
	if (context.anyPercent && percentCell && context.unit === 'percent' && !cell.percent)
		return 'mixed-units';
	if ((isSize || context.unit === 'count') && cell.percent) return 'mixed-units';
	if (value < 0) return 'negative';
	if ((isSize || context.unit === 'count') && !Number.isInteger(value)) return 'fractional-count';
	if ((isSize || context.unit === 'count') && value > MAX_COUNT) return 'too-large';
	const full = context.unit === 'share' ? 1 : 100;
	if (percentCell && value > full) return 'above-100-percent';
	return null;
}

/** Converts one row to counts, pushing its issues; null if any. */
function readRow(row: readonly Cell[], context: RowContext, issues: CellIssue[]): number[] | null {
	const before = issues.length;
	const issue = (k: number, reason: CellReason, extra: Partial<CellIssue> = {}) =>
		issues.push({
			line: row[k]!.line,
			column: row[k]!.column,
			cohort: context.cohort,
			age: ageOf(k, context),
			reason,
			text: clip(row[k]!.text),
			...extra
		});
	const end = row.length;
	const firstBlank = row.findIndex((cell) => cell.text === '');
	if (firstBlank === 0) issue(0, 'missing-start');
	else if (firstBlank > 0 && row.slice(firstBlank).some((cell) => cell.text !== ''))
		issue(firstBlank, 'gap');
	const length = firstBlank < 0 ? end : firstBlank;
	const written: number[] = [];
	for (let k = 0; k < length; k++) {
		const cell = row[k]!;
		if (cell.value === null) {
			issue(k, 'not-a-number');
			continue;
		}
		const reason = cellReason(cell, k, context);
		if (reason) issue(k, reason, reason === 'too-large' ? { limit: MAX_COUNT } : {});
		written.push(cell.value);
	}
	if (issues.length > before || length === 0) return null;
	const full = context.unit === 'share' ? 1 : 100;
	const size = context.sizeColumn
		? written[0]!
		: context.unit === 'count'
			? written[0]!
			: context.assumedSize;
	if (size === 0) issue(0, 'zero-start');
	else if (!context.sizeColumn && context.unit !== 'count' && written[0] !== full)
		issue(0, 'start-not-full', { expected: full });
	const counts = written.map((x, k) =>
		context.unit === 'count' || (context.sizeColumn && k === 0) ? x : (size * x) / full
	);
	for (let k = 1; k < counts.length; k++) {
		const drop = context.sizeColumn && k === 1;
		if (counts[k]! > counts[k - 1]! * (1 + 1e-12) && !drop)
			issue(k, 'rising', { previous: written[k - 1]! });
	}
	if (issues.length > before) return null;
	return context.sizeColumn && context.startColumn ? counts.slice(1) : counts;
}

/** The whole-table problems of rows that are each valid. */
function tableProblem(counts: readonly (readonly number[])[]): TableProblem | null {
	const followed = counts.filter((row) => row.length > 1);
	if (followed.length === 0) return { kind: 'single-period' };
	if (followed.every((row) => row[row.length - 1] === row[0])) return { kind: 'all-retained' };
	if (followed.every((row) => row[1] === 0)) return { kind: 'all-lost' };
	return null;
}

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
