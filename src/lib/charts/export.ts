/**
 * Chart downloads: the data as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * Chinese headers correctly; RFC 4180 quoting) and the picture as PNG on the page's background.
 * The CSV and file-name parts are pure and unit-tested; the rest only runs on a click.
 */
import type { ChartSpec } from './chart.svelte';

export const bom = '\uFEFF';

/** One CSV field, quoted when it holds a comma, quote, or line break. */
export function csvField(value: string | number): string {
	const text =
		typeof value === 'number'
			? Number.isFinite(value)
				? String(Number(value.toPrecision(12)))
				: ''
			: value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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

/** The canvas as a PNG on an opaque background of the page's colour (charts draw transparent). */
export function downloadPng(canvas: HTMLCanvasElement, name: string): Promise<void> {
	const copy = document.createElement('canvas');
	copy.width = canvas.width;
	copy.height = canvas.height;
	const context = copy.getContext('2d');
	if (context) {
		context.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
		context.fillRect(0, 0, copy.width, copy.height);
		context.drawImage(canvas, 0, 0);
	}
	return new Promise((resolve, reject) =>
		copy.toBlob((blob) => {
			if (!blob) return reject(new Error('The browser could not encode the chart as PNG.'));
			download(blob, name);
			resolve();
		}, 'image/png')
	);
}
