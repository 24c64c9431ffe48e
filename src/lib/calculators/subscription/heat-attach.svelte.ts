/**
 * The heat map's canvas in the page: an attachment that draws the map (heat-canvas.ts) sized to the
 * box around it and the device's pixels, in the theme's colours; redraws only the rows that changed
 * when only numbers did, and everything on a change of size, theme, type or printing; and finds the
 * cell under the pointer for the tooltip.
 */
import type { Locale } from '$lib/i18n/locales';
import {
	GAP,
	cellAt,
	drawAll,
	drawRow,
	heatLayout,
	shadeRamp,
	type HeatColours,
	type HeatLayout,
	type HeatPicture,
	type Rgb
} from './heat-canvas';

/** What the map shows, read in the drawing's effect (so that each part of it is tracked). */
export interface HeatSource {
	/** A row that did not change is the same array as before (then it is not redrawn). */
	readonly rows: HeatPicture['rows'];
	/** The same array while the labels do not change. */
	readonly labels: HeatPicture['labels'];
	readonly holdout: number;
	/** Columns drawn. */
	readonly columns: number;
	readonly sizesKnown: boolean;
	readonly locale: Locale;
	readonly text: HeatPicture['text'];
}

/** The cell under the pointer, and where the pointer is (viewport px). */
export interface HeatHover {
	readonly row: number;
	readonly column: number;
	readonly x: number;
	readonly y: number;
}

/** A CSS colour as the browser draws it, in sRGB. */
function rgbOf(css: string): Rgb {
	const probe = document.createElement('canvas');
	probe.width = probe.height = 1;
	const ctx = probe.getContext('2d', { willReadFrequently: true });
	if (!ctx) return [0, 0, 0];
	ctx.fillStyle = css;
	ctx.fillRect(0, 0, 1, 1);
	const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
	return [r!, g!, b!];
}

/** The theme's colours and type, read from the canvas's style (see HeatMap's style sheet). */
function coloursOf(canvas: HTMLCanvasElement): HeatColours & { fontSize: number } {
	const style = getComputedStyle(canvas);
	const fontSize = parseFloat(style.fontSize) || 14;
	return {
		ramp: shadeRamp(rgbOf(style.color), rgbOf(style.borderTopColor)),
		text: style.outlineColor,
		muted: style.textDecorationColor,
		font: `${style.fontWeight} ${fontSize}px ${style.fontFamily}`,
		fontSize
	};
}

export class HeatCanvas {
	/** The tooltip's cell, while the pointer is over one. */
	hover = $state<HeatHover>();
	/** The map as last laid out, for finding the cell under the pointer. */
	#layout: HeatLayout | undefined;
	readonly #source: () => HeatSource;

	constructor(source: () => HeatSource) {
		this.#source = source;
	}

	/** On a pointer's move or press over the canvas: the cell under it, if any. */
	readonly point = (event: PointerEvent) => {
		const cell = this.#layout && cellAt(this.#layout, event.offsetX, event.offsetY);
		this.hover = cell && { ...cell, x: event.clientX, y: event.clientY };
	};

	readonly leave = () => {
		this.hover = undefined;
	};

	/** Attachment (`{@attach heat.attach}`): draws the map on its canvas and keeps it drawn. */
	readonly attach = (canvas: HTMLCanvasElement) => {
		const ctx = canvas.getContext('2d');
		if (!ctx) return;
		const box = canvas.closest<HTMLElement>('.heat-wrap') ?? canvas.parentElement!;
		let available = $state(box.clientWidth);
		/** Bumped when the theme, the type or the pixel ratio may have changed. */
		let look = $state(0);
		const sizes = new ResizeObserver(() => (available = box.clientWidth));
		sizes.observe(box);
		const restyle = () => look++;
		const root = new MutationObserver(restyle);
		root.observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme', 'class']
		});
		const scheme = matchMedia('(prefers-color-scheme: dark)');
		scheme.addEventListener('change', restyle);
		// printing puts the page in the light scheme (print.css)
		const printing = matchMedia('print');
		printing.addEventListener('change', restyle);
		addEventListener('resize', restyle);
		void document.fonts?.ready.then(restyle);

		let drawn:
			| {
					picture: HeatPicture;
					colours: HeatColours;
					layout: HeatLayout;
					available: number;
					look: number;
					sizesKnown: boolean;
					locale: Locale;
			  }
			| undefined;

		$effect(() => {
			const { rows, labels, holdout, columns, sizesKnown, locale, text } = this.#source();
			const picture: HeatPicture = { rows, labels, holdout, text, header: String };
			const now = { available, look, columns, sizesKnown, locale };
			if (
				drawn &&
				drawn.available === now.available &&
				drawn.look === now.look &&
				drawn.layout.columns === now.columns &&
				drawn.layout.rows === rows.length &&
				drawn.picture.labels === labels &&
				drawn.picture.holdout === holdout &&
				drawn.sizesKnown === now.sizesKnown &&
				drawn.locale === now.locale
			) {
				// numbers only: the rows that changed
				const before = drawn.picture.rows;
				for (let c = 0; c < rows.length; c++)
					if (rows[c] !== before[c]) drawRow(ctx, drawn.layout, picture, drawn.colours, c);
				drawn = { ...drawn, picture };
				return;
			}
			const colours = coloursOf(canvas);
			ctx.font = colours.font;
			const widest = (texts: readonly string[]) =>
				texts.reduce((w, text) => Math.max(w, ctx.measureText(text).width), 0);
			const largest = rows.reduce((m, row) => Math.max(m, row[0] ?? 0), 0);
			const layout = heatLayout({
				rows: rows.length,
				columns,
				available: now.available,
				labelWidth: widest(labels),
				numberWidth: widest([text(largest, largest), text(largest * 0.999, largest)]),
				headerWidth: widest([String(Math.max(0, columns - 1))]),
				fontSize: colours.fontSize
			});
			const ratio = devicePixelRatio || 1;
			const width = Math.round(layout.width * ratio);
			const height = Math.round(layout.height * ratio);
			if (canvas.width !== width || canvas.height !== height) {
				canvas.width = width;
				canvas.height = height;
			}
			canvas.style.width = `${layout.width}px`;
			canvas.style.height = `${layout.height}px`;
			ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
			drawAll(ctx, layout, picture, colours);
			this.#layout = layout;
			drawn = { picture, colours, layout, ...now };
			canvas.dataset.drawn = '';
			// where the cells are, for tests that read a cell's pixels
			canvas.dataset.grid = [
				layout.left,
				layout.top,
				layout.cellWidth,
				layout.cellHeight,
				GAP
			].join(' ');
		});

		return () => {
			sizes.disconnect();
			root.disconnect();
			scheme.removeEventListener('change', restyle);
			printing.removeEventListener('change', restyle);
			removeEventListener('resize', restyle);
		};
	};
}
