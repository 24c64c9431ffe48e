/**
 * The cohort-table reader as the paste box uses it, with what the box says of the cells it cannot
 * read (`TableIssues.svelte`): not part of the subscription page's first load
 * (`table-reader.svelte.ts` fetches it). The box starts with the inputs' table, whose reading is
 * known without it (`TableDraft.show`).
 */
import en from '$lib/i18n/messages/en/subscription-reader';
import zh from '$lib/i18n/messages/zh/subscription-reader';
import { readPasteGrid } from '$lib/model/sbg/paste-grid';

export { parseCohortTable } from '$lib/model/sbg/cohort-table';
export { default as TableIssues } from './TableIssues.svelte';
export { tableProblemText } from './cell-issues';

/** The words only the reader's findings use, in each language. */
export const readerWords = { en, zh };

/**
 * The labels in the first cell of each line, when the paste has a label column: the name each
 * cohort goes by in the messages.
 */
export function labelsByLine(text: string, hasLabels: boolean): ReadonlyMap<number, string> {
	const grid = hasLabels ? readPasteGrid(text) : undefined;
	if (!grid || grid.kind !== 'grid') return new Map();
	return new Map(grid.rows.map((row) => [row.line, row.fields[0] ?? '']));
}
