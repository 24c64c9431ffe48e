/**
 * The paste box's text and what it reads as. Typing or pasting reads the table at once; a table
 * that reads cleanly goes into the calculator's inputs (in link form, or saved in the browser when
 * too large for a link), and one that does not stays in the box with its problems listed, while the
 * inputs — and so the results — keep the last table that could be read. When the inputs change from
 * outside (a preset, a share link, a saved scenario), the box shows their table. A paste too long to
 * read is not kept in the box at all: a browser takes many seconds to lay out megabytes of text in
 * a textarea, so the box is emptied before it is drawn and the page says why.
 */
import type { CellUnit, CohortTableResult } from '$lib/model/sbg/cohort-table';
import { MAX_PASTE_CHARS } from '$lib/model/sbg/paste-limit';
import { placeTable, tableText, type TableData } from './table';
import { tableReader } from './table-reader.svelte';
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

/** A reading before any: nothing to list (`show` gives the box its first text and reading). */
const unread: CohortTableResult = {
	kind: 'invalid',
	problem: null,
	issues: [],
	moreIssues: 0,
	layout: null
};

export class TableDraft {
	text = $state('');
	cellsAs = $state<CellsAs>('auto');
	/** The length of the last paste, when it was too long to keep (the box is then empty). */
	refused = $state<number | undefined>();
	/** How saving the last large table in the browser went (undefined: nothing saved). */
	stored = $state<StoreResult | undefined>();
	/**
	 * What the text reads as. The inputs' table shown by `show` reads as that table (what the box
	 * says of it: cohorts, periods, whether sizes were assumed), known without the reader's code
	 * (`table-reader.svelte.ts`); other text is read by the reader, and until its code is here the
	 * last reading stays.
	 */
	readonly read: CohortTableResult;
	/** The `table` input the box's text stands for. */
	#shown = '';
	/** The text `show` wrote and its reading, until the reader edits it. */
	#known: { readonly text: string; readonly read: CohortTableResult } | undefined;
	/** The last reading made (plain: written while `read` is computed). */
	#last: CohortTableResult | undefined;
	/** An edit waits for the reader's code. */
	#waiting = false;

	constructor(private readonly options: DraftOptions) {
		this.read = $derived.by((): CohortTableResult => {
			if (this.refused !== undefined) {
				return {
					kind: 'invalid',
					problem: { kind: 'too-large', limit: MAX_PASTE_CHARS },
					issues: [],
					moreIssues: 0,
					layout: null
				};
			}
			const known = this.#known;
			if (known && known.text === this.text && this.cellsAs === 'auto') return known.read;
			const reader = tableReader.reader;
			if (!reader) {
				void tableReader.load().catch(() => {});
				return this.#last ?? unread;
			}
			return (this.#last = reader.parseCohortTable(this.text, { unit: this.cellsAs }));
		});
	}

	/** Shows the table the inputs hold, unless the box already stands for it. */
	show(table: string, data: TableData): void {
		if (table === this.#shown) return;
		this.#shown = table;
		const text = tableText(data, this.options.heading());
		const { counts, labels, sizesKnown } = data;
		const unit: CellUnit = sizesKnown ? 'count' : 'percent';
		// what the reader makes of `text` as the box shows it (`draft.spec.ts` checks it)
		const read = { kind: 'table', table: { counts, labels, sizesKnown, unit }, layout: null };
		this.#known = { text, read: read as unknown as CohortTableResult };
		this.#last = this.#known.read;
		this.text = text;
		this.refused = undefined;
		this.stored = undefined;
	}

	/** The reader typed or pasted: read the text, and use the table if it can be read. */
	edit(text: string): void {
		const tooLong = text.length > MAX_PASTE_CHARS;
		this.refused = tooLong ? text.length : undefined;
		this.text = tooLong ? '' : text;
		this.#known = undefined;
		this.#use();
	}

	/**
	 * Puts the text's table into the inputs if it reads cleanly; without the reader's code, once it
	 * is here (the text the box then holds, unless the inputs' table was shown meanwhile).
	 */
	#use(): void {
		if (this.refused === undefined && !tableReader.reader) {
			if (this.#waiting) return;
			this.#waiting = true;
			tableReader.load().then(
				() => {
					this.#waiting = false;
					if (!this.#known) this.#use();
				},
				() => (this.#waiting = false)
			);
			return;
		}
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
