/**
 * Reading the rows of a pasted cohort table once its layout is known: each cell checked on its own
 * and against the cell before, percentages and shares turned into customer counts, and the
 * problems of a table whose rows are each valid.
 */
import type { CellIssue, CellReason, CellUnit, TableProblem } from './cohort-table';
import type { Cell } from './cohort-table-layout';
import { MAX_COUNT } from './cohorts';

const clip = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

/** What a row is read against: its cohort and the table's unit and layout. */
export interface RowContext {
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
export function readRow(
	row: readonly Cell[],
	context: RowContext,
	issues: CellIssue[]
): number[] | null {
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
export function tableProblem(counts: readonly (readonly number[])[]): TableProblem | null {
	const followed = counts.filter((row) => row.length > 1);
	if (followed.length === 0) return { kind: 'single-period' };
	if (followed.every((row) => row[row.length - 1] === row[0])) return { kind: 'all-retained' };
	if (followed.every((row) => row[1] === 0)) return { kind: 'all-lost' };
	return null;
}
