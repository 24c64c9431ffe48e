/**
 * What can go wrong when reading a customer file, as codes with parameters. The UI turns each code
 * into a message in the page's language; nothing here is English text for people.
 */
import type { DecimalMark } from './numbers';

/** Largest file or pasted text accepted, in bytes (a million rows take about 40 MB). */
export const MAX_BYTES = 100 * 1024 * 1024;
/** Largest pasted text, in characters (longer pastes should come as a file). */
export const MAX_PASTE_CHARS = 20 * 1024 * 1024;
/** Most data rows read. */
export const MAX_ROWS = 2_000_000;
/** Bad rows listed one by one (all are counted). */
export const LISTED_BAD_ROWS = 20;

/** Why a whole file cannot be read. */
export type ImportError =
	/** Not text: a picture, an archive, a program… */
	| { readonly code: 'binary' }
	/** An Excel workbook (.xlsx/.xls) or another zip: save it as CSV first. */
	| { readonly code: 'spreadsheet' }
	| { readonly code: 'too-large'; readonly bytes: number; readonly limit: number }
	| { readonly code: 'too-many-rows'; readonly limit: number }
	/** Nothing but blank lines. */
	| { readonly code: 'empty' }
	/** A header and no data. */
	| { readonly code: 'header-only' }
	/** A quoted cell that does not close on its line; `line` is where it opens (1 = first line). */
	| { readonly code: 'unbalanced-quote'; readonly line: number }
	/**
	 * The header names neither a transaction log (customer, date[, amount]) nor a summary table
	 * (frequency, recency, T); `header` lists the cells so the columns can be chosen by hand.
	 */
	| {
			readonly code: 'missing-columns';
			readonly missing: readonly string[];
			readonly header: readonly string[];
	  }
	/** A chosen column number is not in the file. */
	| { readonly code: 'bad-mapping'; readonly column: number; readonly columns: number }
	/** Every data row was bad (see the bad rows for why). */
	| { readonly code: 'no-valid-rows' };

/** Why one row was left out. */
export type RowProblem =
	| 'missing-customer'
	| 'missing-date'
	| 'bad-date'
	| 'future-date'
	| 'missing-amount'
	| 'bad-amount'
	| 'negative-amount'
	| 'missing-value'
	| 'bad-number'
	| 'fractional-frequency'
	| 'negative-value'
	| 'recency-after-age'
	| 'recency-without-repeat'
	| 'duplicate-customer';

/** A row left out: its line in the file (1 = the first line), why, and which column if one. */
export interface BadRow {
	readonly line: number;
	readonly problem: RowProblem;
	/** The column's index in the file (0-based), when the problem is in one cell. */
	readonly column?: number;
}

/** What a reader found in a table's data rows: the decimal mark, the rows and the bad ones. */
export interface RowsRead {
	readonly decimal: DecimalMark;
	/** Data rows in the file (good and bad). */
	readonly rows: number;
	/** The first {@link LISTED_BAD_ROWS} bad rows. */
	readonly badRows: readonly BadRow[];
	readonly badRowCount: number;
}

/** The first {@link LISTED_BAD_ROWS} bad rows and how many there were in all. */
export class BadRows {
	readonly listed: BadRow[] = [];
	count = 0;

	add(line: number, problem: RowProblem, column?: number): void {
		this.count++;
		if (this.listed.length < LISTED_BAD_ROWS) {
			this.listed.push(column === undefined ? { line, problem } : { line, problem, column });
		}
	}
}
