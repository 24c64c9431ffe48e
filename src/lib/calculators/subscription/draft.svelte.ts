/**
 * The paste box's text and what it reads as. Typing or pasting reads the table at once; a table
 * that reads cleanly goes into the calculator's inputs (in link form, or saved in the browser when
 * too large for a link), and one that does not stays in the box with its problems listed, while the
 * inputs — and so the results — keep the last table that could be read. When the inputs change from
 * outside (a preset, a share link, a saved scenario), the box shows their table. A paste too long to
 * read is not kept in the box at all: a browser takes many seconds to lay out megabytes of text in
 * a textarea, so the box is emptied before it is drawn and the page says why.
 */
import {
	parseCohortTable,
	type CellUnit,
	type CohortTableResult
} from '$lib/model/sbg/cohort-table';
import { MAX_PASTE_CHARS } from '$lib/model/sbg/paste-grid';
import { placeTable, tableText, type TableData } from './table';
import type { StoreResult } from './table-store';

export type CellsAs = 'auto' | CellUnit;

export interface DraftOptions {
	/** The word over the label column when a table is written back ("cohort"). */
	readonly heading: () => string;
	/** Puts a readable table into the inputs. */
	readonly write: (table: string, labels: string) => void;
	/** Saves a table too large for a link in the browser, now or soon; `done` says how it went. */
	readonly store: (key: string, data: TableData, done: (result: StoreResult) => void) => void;
}

export class TableDraft {
	text = $state('');
	cellsAs = $state<CellsAs>('auto');
	/** The length of the last paste, when it was too long to keep (the box is then empty). */
	refused = $state<number | undefined>();
	/** How saving the last large table in the browser went (undefined: nothing saved). */
	stored = $state<StoreResult | undefined>();
	readonly read: CohortTableResult;
	/** The `table` input the box's text stands for. */
	#shown = '';

	constructor(private readonly options: DraftOptions) {
		this.read = $derived(
			this.refused === undefined
				? parseCohortTable(this.text, { unit: this.cellsAs })
				: {
						kind: 'invalid',
						problem: { kind: 'too-large', limit: MAX_PASTE_CHARS },
						issues: [],
						moreIssues: 0,
						layout: null
					}
		);
	}

	/** Shows the table the inputs hold, unless the box already stands for it. */
	show(table: string, data: TableData): void {
		if (table === this.#shown) return;
		this.#shown = table;
		this.text = tableText(data, this.options.heading());
		this.refused = undefined;
		this.stored = undefined;
	}

	/** The reader typed or pasted: read the text, and use the table if it can be read. */
	edit(text: string): void {
		const tooLong = text.length > MAX_PASTE_CHARS;
		this.refused = tooLong ? text.length : undefined;
		this.text = tooLong ? '' : text;
		const read = this.read; // read once: the box's messages use the same result
		if (read.kind !== 'table') return;
		const { counts, labels, sizesKnown } = read.table;
		const data = { counts, labels, sizesKnown };
		const place = placeTable(data);
		if (place.kind === 'stored') this.options.store(place.key, data, (r) => (this.stored = r));
		else this.stored = undefined;
		this.#shown = place.table;
		this.options.write(place.table, place.labels);
	}

	/** Reads the same text with the cells taken as another unit. */
	readAs(unit: CellsAs): void {
		this.cellsAs = unit;
		this.edit(this.text);
	}
}
