/**
 * "Download PNG": the chart on an opaque background of the page's colour (charts draw
 * transparent), its title above, the inputs that made it, the date and the page address below
 * (png-caption.ts), the same text in the file's metadata (png-text.ts). Loaded on the first click,
 * so none of it weighs on a page's first load.
 */
import { download } from './export';
import { captioned, inputsText, readInputs, type Caption } from './png-caption';
import { withPngText } from './png-text';

/** The words a caption is made of, in the page's language (messages keep.chart). */
export interface CaptionWords {
	readonly yes: string;
	readonly pair: (label: string, value: string) => string;
	readonly more: (count: number) => string;
	readonly separator: string;
	readonly made: (date: string) => string;
}

/** Saves `canvas` as a captioned PNG named `name`. */
export async function downloadChartPng(
	canvas: HTMLCanvasElement,
	options: {
		readonly name: string;
		readonly title: string;
		/** "Label: value" lines; by default the inputs of the calculator around the chart. */
		readonly madeFrom?: readonly string[];
		readonly locale: string;
		readonly words: CaptionWords;
	}
): Promise<void> {
	const { words } = options;
	const now = new Date();
	const date = new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeStyle: 'short' });
	const inputs = inputsText(
		options.madeFrom ?? readInputs(canvas, words),
		words.more,
		words.separator
	);
	const caption: Caption = {
		title: options.title,
		inputs,
		footer: [words.made(date.format(now)), location.href]
	};
	await downloadPng(canvas, options.name, caption, {
		created: now.toISOString(),
		address: location.href
	});
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
