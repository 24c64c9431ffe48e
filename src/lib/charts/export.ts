/**
 * Chart downloads: the data as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * Chinese headers correctly; RFC 4180 quoting; text that a spreadsheet would run as a formula is
 * neutralised) and the picture as PNG on the page's background, with a caption saying what it is
 * (see png-caption.ts). The CSV and file-name parts are pure and unit-tested; the rest only runs on
 * a click.
 */
import type { ChartSpec } from './chart.svelte';
import { captioned, type Caption } from './png-caption';
import { withPngText } from './png-text';

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

/** What the PNG's metadata records besides the caption. */
export interface PngSource {
	/** ISO date and time the picture was made. */
	readonly created: string;
	/** The page address, which reopens the scenario. */
	readonly address: string;
}

/**
 * The chart as a PNG on an opaque background of the page's colour (charts draw transparent), with
 * its caption drawn around it and written into the file's metadata (Title, Description, Creation
 * Time, Source).
 */
export async function downloadPng(
	canvas: HTMLCanvasElement,
	name: string,
	caption: Caption,
	source: PngSource
): Promise<void> {
	const page = getComputedStyle(document.body);
	const chart = getComputedStyle(canvas);
	const picture = captioned(canvas, caption, {
		background: page.backgroundColor || '#ffffff',
		text: page.color || '#000000',
		muted: chart.color || page.color,
		font: page.fontFamily || 'sans-serif',
		scale: canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1
	});
	const blob = await new Promise<Blob>((resolve, reject) =>
		picture.toBlob(
			(b) => (b ? resolve(b) : reject(new Error('The browser could not encode the chart.'))),
			'image/png'
		)
	);
	const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), {
		Title: caption.title,
		Description: caption.inputs,
		'Creation Time': source.created,
		Source: source.address,
		Software: 'CLV Lab'
	});
	download(new Blob([bytes as BlobPart], { type: 'image/png' }), name);
}
