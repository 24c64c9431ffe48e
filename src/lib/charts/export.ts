/**
 * Chart downloads: the data as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * Chinese headers correctly; RFC 4180 quoting; text that a spreadsheet would run as a formula is
 * neutralised). The PNG, with a caption saying what it is, is png-export.ts, loaded on the first
 * click. The CSV and file-name parts are pure and unit-tested; the rest only runs on a click.
 */
import type { ChartSpec } from './chart.svelte';

export const bom = '\uFEFF';

/** Text a spreadsheet reads as a formula (or a formula after a tab or line feed trick). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field, quoted when it holds a comma, quote, or line break. Text starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (a scenario or state name such as `=HYPERLINK(…)`) gets a
 * leading apostrophe and quotes, as OWASP's CSV-injection guidance advises, so spreadsheet programs
 * show it as text instead of running it. Numbers are written as numbers, minus signs and all.
 */
export function csvField(value: string | number): string {
	if (typeof value === 'number')
		return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
	if (formulaStart.test(value)) return `"'${value.replaceAll('"', '""')}"`;
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows to CSV text with CRLF line ends and the BOM in front. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return bom + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A chart's table as rows: the label column, then one column per series, raw numbers. */
export function chartRows(spec: ChartSpec, labelHeader: string): (string | number)[][] {
	return [
		[labelHeader, ...spec.series.map((s) => s.label)],
		...spec.labels.map((label, row) => [label, ...spec.series.map((s) => s.data[row] ?? NaN)])
	];
}

/** A file name from parts: characters that file systems refuse become '-', spaces too. */
export function fileName(parts: readonly string[], extension: string): string {
	const clean = parts
		.map((part) =>
			part
				// eslint-disable-next-line no-control-regex -- control characters are refused by file systems
				.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-')
				.replace(/\s+/g, '-')
				.replace(/-{2,}/g, '-')
				.replace(/^[-.]+|[-.]+$/g, '')
		)
		.filter(Boolean)
		.join('_')
		.slice(0, 120);
	return `${clean || 'chart'}.${extension}`;
}

/** Offers a blob to the reader as a download. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(rows: readonly (readonly (string | number)[])[], name: string): void {
	download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), name);
}
