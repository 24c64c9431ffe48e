/**
 * What the heat map's two tables show, kept free of Svelte: a cell's text (its count, or its share
 * of the cohort when the table holds shares), and a paste that cannot be read laid out as a grid
 * with its unusable cells found by line and column. Large tables show their first rows and columns.
 */
import { formatNumber, formatPercent } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { CellIssue } from '$lib/model/sbg/cohort-table';
import { readPasteGrid, type PasteGrid } from '$lib/model/sbg/paste-grid';

/** Rows and columns drawn at most. */
export const MAX_ROWS = 80;
export const MAX_COLUMNS = 80;

/** A cell's text: its count when the cohorts' sizes are known, else its share of the cohort. */
export function heatCellText(
	count: number,
	start: number,
	counts: boolean,
	locale: Locale
): string {
	return counts
		? formatNumber(count, locale, { digits: 0 })
		: formatPercent(count / start, locale, { digits: 1 });
}

/** A paste that cannot be read, and its unusable cells. */
export interface InvalidPaste {
	readonly text: string;
	readonly issues: readonly CellIssue[];
}

export interface RawGrid {
	/** The paste's first lines. */
	readonly lines: readonly Extract<PasteGrid, { kind: 'grid' }>['rows'][number][];
	/** Columns shown. */
	readonly wide: number;
	/** The unusable cells, by `line:column` (both 1-based). */
	readonly bad: ReadonlyMap<string, CellIssue>;
	/** Whether rows or columns were left out. */
	readonly clipped: boolean;
}

/** The paste as a grid, with its unusable cells by line and column; undefined if it is no grid. */
export function rawGrid(invalid: InvalidPaste): RawGrid | undefined {
	const grid = readPasteGrid(invalid.text);
	if (grid.kind !== 'grid') return undefined;
	const bad = new Map(invalid.issues.map((issue) => [`${issue.line}:${issue.column}`, issue]));
	const lines = grid.rows.slice(0, MAX_ROWS);
	const wide = Math.min(MAX_COLUMNS, Math.max(...lines.map((row) => row.fields.length)));
	return { lines, wide, bad, clipped: grid.rows.length > MAX_ROWS || wide === MAX_COLUMNS };
}
