/**
 * Splits text pasted from a spreadsheet (or a CSV file, or a PDF) into a grid of cells, keeping the
 * line each row came from so that messages can name it.
 *
 * A spreadsheet copies cells separated by tabs; a CSV file by commas or, in much of Europe,
 * semicolons; text from a PDF by spaces. The separator is the first of tab, semicolon, comma that
 * occurs in the text (a comma inside a quoted field or used as a thousands separator in a tab
 * table does not count), else runs of spaces. Double quotes around a cell are removed ("" inside is
 * a quote). Blank lines are skipped. Size limits are checked before any work, so a 10 MB paste is
 * refused at once.
 */
import { MAX_PASTE_CHARS } from './paste-limit';

export { MAX_PASTE_CHARS };

export type Delimiter = '\t' | ';' | ',' | ' ';

/** One non-blank line of the paste: its 1-based line number and its cells (trimmed). */
export interface GridRow {
	readonly line: number;
	readonly fields: readonly string[];
}

export type PasteGrid =
	| { readonly kind: 'grid'; readonly rows: readonly GridRow[]; readonly delimiter: Delimiter }
	| { readonly kind: 'empty' }
	| { readonly kind: 'too-large'; readonly limit: number }
	| { readonly kind: 'too-many-rows'; readonly limit: number }
	| { readonly kind: 'too-many-columns'; readonly limit: number; readonly line: number };

/** Most non-blank lines read. */
export const MAX_PASTE_ROWS = 600;
/** Most cells on a line. */
export const MAX_PASTE_COLUMNS = 601;

/** The separator: tab, then semicolon, then comma outside quotes, else spaces. */
function detectDelimiter(text: string): Delimiter {
	if (text.includes('\t')) return '\t';
	const unquoted = text.replace(/"[^"]*"/g, '');
	if (unquoted.includes(';')) return ';';
	if (unquoted.includes(',')) return ',';
	return ' ';
}

/** Splits one line on the separator, honouring double quotes. */
function splitLine(line: string, delimiter: Delimiter): string[] {
	if (delimiter === ' ') return line.trim().split(/[ \u00a0\u3000]+/);
	if (!line.includes('"')) return line.split(delimiter).map((field) => field.trim());
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (quoted) {
			if (char === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field.trim() === '') {
			field = '';
			quoted = true;
		} else if (char === delimiter) {
			fields.push(field.trim());
			field = '';
		} else field += char;
	}
	fields.push(field.trim());
	return fields;
}

/**
 * Reads pasted text into rows of trimmed cells.
 *
 * @example
 * readPasteGrid('cohort\tm0\tm1\nJan\t100\t80\n') //=> { kind: 'grid', delimiter: '\t',
 * //   rows: [{ line: 1, fields: ['cohort', 'm0', 'm1'] }, { line: 2, fields: ['Jan', '100', '80'] }] }
 */
export function readPasteGrid(text: string): PasteGrid {
	if (text.length > MAX_PASTE_CHARS) return { kind: 'too-large', limit: MAX_PASTE_CHARS };
	const normalized = text.replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(normalized);
	const rows: GridRow[] = [];
	const lines = normalized.split(/\r\n|\r|\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.trim() === '') continue;
		if (rows.length === MAX_PASTE_ROWS) return { kind: 'too-many-rows', limit: MAX_PASTE_ROWS };
		const fields = splitLine(line, delimiter);
		while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
		if (fields.length > MAX_PASTE_COLUMNS)
			return { kind: 'too-many-columns', limit: MAX_PASTE_COLUMNS, line: i + 1 };
		rows.push({ line: i + 1, fields });
	}
	return rows.length === 0 ? { kind: 'empty' } : { kind: 'grid', rows, delimiter };
}
