/**
 * Splitting a delimited text table into lines and cells, and finding its delimiter.
 *
 * Cells follow RFC 4180: a cell may be quoted ("…"), with "" for a quote inside. A transaction log
 * or a customer summary never needs a line break inside a cell, so a quoted cell that does not close
 * on its own line is reported as an unbalanced quote, with the line where it opens — instead of
 * silently swallowing the rows after it, as a general CSV reader would. That rule also lets us read
 * line by line, which keeps the line numbers of bad rows exact and a million rows fast (Papa Parse,
 * used elsewhere on the site, reports row indexes rather than lines, which is what we need here).
 */
import type { ImportError } from './problems';

export type Delimiter = ',' | ';' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * The cells of one line, or null when a quoted cell does not close on it.
 *
 * @example
 * splitLine('a,"b,""c""",d', ',') //=> ['a', 'b,"c"', 'd']
 */
export function splitLine(line: string, delimiter: string): string[] | null {
	if (!line.includes('"')) return line.split(delimiter);
	const cells: string[] = [];
	let i = 0;
	for (;;) {
		// skip spaces before an opening quote
		let j = i;
		while (line[j] === ' ') j++;
		if (line[j] === '"') {
			let value = '';
			let k = j + 1;
			for (;;) {
				const close = line.indexOf('"', k);
				if (close < 0) return null;
				value += line.slice(k, close);
				if (line[close + 1] === '"') {
					value += '"';
					k = close + 2;
				} else {
					k = close + 1;
					break;
				}
			}
			const next = line.indexOf(delimiter, k);
			// anything between the closing quote and the delimiter is kept (trimmed later)
			value += next < 0 ? line.slice(k) : line.slice(k, next);
			cells.push(value);
			if (next < 0) return cells;
			i = next + delimiter.length;
		} else {
			const next = line.indexOf(delimiter, i);
			cells.push(next < 0 ? line.slice(i) : line.slice(i, next));
			if (next < 0) return cells;
			i = next + delimiter.length;
		}
	}
}

/**
 * Calls `visit` with each line's text and number (1-based), for every line, blank ones included.
 * Handles \n, \r\n and \r line ends. Stops early when `visit` returns false.
 */
export function eachLine(
	text: string,
	visit: (line: string, number: number) => boolean | void
): void {
	const n = text.length;
	let start = 0;
	let number = 1;
	while (start < n) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = n;
		const line = text.slice(start, end);
		if (line.includes('\r')) {
			// \r\n, or lone \r line ends (old Mac files)
			const parts = line.split('\r');
			if (parts.at(-1) === '') parts.pop();
			for (const part of parts) if (visit(part, number++) === false) return;
		} else if (visit(line, number++) === false) return;
		start = end + 1;
	}
}

/**
 * Calls `visit` with the cells and line number of every data row: the lines after `headerLine`
 * that are not blank. Stops with `unbalanced-quote` at a row whose quote never closes, or with
 * `too-many-rows` at row `maxRows` + 1; `rows` is how many data rows were met.
 *
 * @example
 * eachDataRow('id;n\nA;1\n\nB;2', { delimiter: ';', headerLine: 1, maxRows: 10 }, visit)
 * //=> { rows: 2 } (visit called with ['A', '1'], 2 and ['B', '2'], 4)
 */
export function eachDataRow(
	text: string,
	options: { readonly delimiter: string; readonly headerLine: number; readonly maxRows: number },
	visit: (cells: string[], number: number) => void
): { rows: number; error?: ImportError } {
	let rows = 0;
	let error: ImportError | undefined;
	eachLine(text, (line, number) => {
		if (number <= options.headerLine || line.trim() === '') return;
		const cells = splitLine(line, options.delimiter);
		if (!cells) {
			error = { code: 'unbalanced-quote', line: number };
			return false;
		}
		if (++rows > options.maxRows) {
			error = { code: 'too-many-rows', limit: options.maxRows };
			return false;
		}
		visit(cells, number);
	});
	return error ? { rows, error } : { rows };
}

/**
 * The delimiter of a table: the candidate that gives the first non-blank lines (up to 20) the same
 * number of cells, at least two, most often; ties go to the one with more cells, then to the order
 * , ; tab |. A single-column table gets ','.
 *
 * @example
 * detectDelimiter('id;date;amount\nA;2024-03-05;12,50') //=> ';'
 */
export function detectDelimiter(text: string): Delimiter {
	const sample: string[] = [];
	eachLine(text, (line) => {
		if (line.trim() !== '') sample.push(line);
		return sample.length < 20;
	});
	let best: Delimiter = ',';
	let bestScore = 0;
	let bestCells = 1;
	for (const delimiter of DELIMITERS) {
		const counts = sample.map((line) => splitLine(line, delimiter)?.length ?? 0);
		const first = counts[0] ?? 0;
		if (first < 2) continue;
		const score = counts.filter((count) => count === first).length;
		if (score > bestScore || (score === bestScore && first > bestCells)) {
			best = delimiter;
			bestScore = score;
			bestCells = first;
		}
	}
	return best;
}
