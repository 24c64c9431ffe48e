/**
 * How a pasted cohort table is laid out: whether its first row is a header and its first column
 * holds cohort labels, whether it is a single series in one column, and whether its cells are
 * counts, percentages or shares (with a first column of cohort sizes before percentages).
 */
import { parseNumber } from '../segments/parse-number';
import type { CellUnit, ParseOptions, TableLayout } from './cohort-table';
import type { Delimiter, GridRow } from './paste-grid';

/** A cell as read: its text, number (null if blank or unreadable), % sign, position. */
export interface Cell {
	readonly text: string;
	readonly value: number | null;
	readonly percent: boolean;
	readonly line: number;
	readonly column: number;
}

/** A trailing percent sign, half- or full-width. */
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
export function layoutCells(
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
export function detectUnit(
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
