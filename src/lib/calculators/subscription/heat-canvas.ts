/**
 * The heat map of a cohort table drawn on a canvas: where each cell goes (and which cell is under a
 * point), the colour ramp from the page's surface to the heat colour, and the drawing itself — one
 * `fillRect` per cell, and on an edit of one cell only that cell's row. Kept free of Svelte so the
 * geometry and the drawing can be tested with a recording context.
 */

/** Gap between cells, CSS px. */
export const GAP = 2;
/** Tables with at most this many periods write each cell's number (they may scroll sideways). */
export const NUMBERED_COLUMNS = 24;
/** Narrowest cell of a table too wide for numbers, CSS px; below this the map scrolls sideways. */
export const MIN_CELL = 10;
/** How dark the fullest cell is: its share of the heat colour over the surface. */
export const STRENGTH = 0.65;
/** Steps of the colour ramp (shares are rounded to the nearest 1%). */
export const STEPS = 100;

export interface HeatLayout {
	/** x of the first column, y of the first row (after the labels and the header). */
	readonly left: number;
	readonly top: number;
	readonly cellWidth: number;
	readonly cellHeight: number;
	/** Space between a number and its cell's edge, CSS px. */
	readonly pad: number;
	readonly rows: number;
	readonly columns: number;
	/** Whether each cell's number is written in it. */
	readonly numbers: boolean;
	/** The whole picture, CSS px. */
	readonly width: number;
	readonly height: number;
	/** Label every `rowStep`-th row and `columnStep`-th column, so labels do not overlap. */
	readonly rowStep: number;
	readonly columnStep: number;
}

export interface LayoutInput {
	readonly rows: number;
	readonly columns: number;
	/** Width the map may take before it scrolls sideways, CSS px. */
	readonly available: number;
	/** Widest row label, widest cell number and widest column number, CSS px. */
	readonly labelWidth: number;
	readonly numberWidth: number;
	readonly headerWidth: number;
	/** Font size, CSS px. */
	readonly fontSize: number;
}

/** Where the rows and columns go. */
export function heatLayout(input: LayoutInput): HeatLayout {
	const { rows, columns, fontSize } = input;
	const pad = Math.round(fontSize * 0.5);
	const left = Math.ceil(input.labelWidth) + pad;
	const line = Math.round(fontSize * 1.5);
	const top = line + GAP;
	const numbers = columns <= NUMBERED_COLUMNS;
	const roomy = Math.ceil(Math.max(input.numberWidth, input.headerWidth)) + 2 * pad;
	const fit = Math.floor((input.available - left) / Math.max(1, columns)) - GAP;
	const cellWidth = numbers ? roomy : Math.max(MIN_CELL, Math.min(fit, roomy));
	const cellHeight = numbers ? line : Math.max(8, Math.min(16, Math.round(cellWidth * 0.6)));
	return {
		left,
		top,
		cellWidth,
		cellHeight,
		pad,
		rows,
		columns,
		numbers,
		width: left + columns * (cellWidth + GAP),
		height: top + rows * (cellHeight + GAP),
		rowStep: Math.max(1, Math.ceil(line / (cellHeight + GAP))),
		columnStep: Math.max(1, Math.ceil((input.headerWidth + pad) / (cellWidth + GAP)))
	};
}

export interface Rect {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

/** The cell of cohort `row`, period `column`. */
export function cellRect(layout: HeatLayout, row: number, column: number): Rect {
	return {
		x: layout.left + column * (layout.cellWidth + GAP),
		y: layout.top + row * (layout.cellHeight + GAP),
		width: layout.cellWidth,
		height: layout.cellHeight
	};
}

/** The cell under the point (x, y) in CSS px from the canvas's corner (a gap counts as the cell before it). */
export function cellAt(
	layout: HeatLayout,
	x: number,
	y: number
): { readonly row: number; readonly column: number } | undefined {
	if (x < layout.left || y < layout.top) return undefined;
	const column = Math.floor((x - layout.left) / (layout.cellWidth + GAP));
	const row = Math.floor((y - layout.top) / (layout.cellHeight + GAP));
	if (row >= layout.rows || column >= layout.columns) return undefined;
	return { row, column };
}

export type Rgb = readonly [number, number, number];

/** `high` over `low` at `share` (0–1), as `color-mix(in srgb, high share, low)` gives it. */
export function mixColor(high: Rgb, low: Rgb, share: number): string {
	const p = Math.min(1, Math.max(0, share));
	const channel = (i: 0 | 1 | 2) => Math.round(high[i] * p + low[i] * (1 - p));
	return `rgb(${channel(0)} ${channel(1)} ${channel(2)})`;
}

/** The fill of each ramp step 0…STEPS: from the surface (an empty cohort) to the fullest cell. */
export function shadeRamp(high: Rgb, low: Rgb, strength = STRENGTH): string[] {
	return Array.from({ length: STEPS + 1 }, (_, i) => mixColor(high, low, (i / STEPS) * strength));
}

/** The ramp step of a share of the cohort still active; anything not a share is the surface. */
export function shadeStep(share: number): number {
	if (!Number.isFinite(share)) return 0;
	return Math.min(STEPS, Math.max(0, Math.round(share * STEPS)));
}

/** What the map shows. A row that did not change is the same array as before. */
export interface HeatPicture {
	readonly rows: readonly (readonly number[])[];
	/** Each row's label. */
	readonly labels: readonly string[];
	/** Periods held back from the fit (the last ones of each cohort). */
	readonly holdout: number;
	/** A cell's text: its count or its share of the cohort. */
	readonly text: (count: number, start: number) => string;
	/** Column header text. */
	readonly header: (column: number) => string;
}

export interface HeatColours {
	/** The ramp (`shadeRamp`). */
	readonly ramp: readonly string[];
	/** Numbers and the held-back outline; labels. */
	readonly text: string;
	readonly muted: string;
	readonly font: string;
}

/** The part of the 2D context the map uses (a recording stand-in in tests). */
export type HeatContext = Pick<
	CanvasRenderingContext2D,
	| 'clearRect'
	| 'fillRect'
	| 'strokeRect'
	| 'fillText'
	| 'setLineDash'
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'font'
	| 'textAlign'
	| 'textBaseline'
>;

/** Draws one cohort's cells (its band cleared first; the row label is left alone). */
export function drawRow(
	ctx: HeatContext,
	layout: HeatLayout,
	picture: HeatPicture,
	colours: HeatColours,
	row: number
): void {
	const cells = picture.rows[row] ?? [];
	const band = cellRect(layout, row, 0);
	ctx.clearRect(layout.left, band.y, layout.width - layout.left, layout.cellHeight);
	const start = cells[0] ?? NaN;
	const fitted = cells.length - 1 - picture.holdout;
	const shown = Math.min(cells.length, layout.columns);
	for (let k = 0; k < shown; k++) {
		const { x, y, width, height } = cellRect(layout, row, k);
		ctx.fillStyle = colours.ramp[shadeStep(cells[k]! / start)]!;
		ctx.fillRect(x, y, width, height);
	}
	if (layout.numbers) {
		ctx.font = colours.font;
		ctx.fillStyle = colours.text;
		ctx.textAlign = 'right';
		ctx.textBaseline = 'middle';
		for (let k = 0; k < shown; k++) {
			const { x, y, width, height } = cellRect(layout, row, k);
			ctx.fillText(picture.text(cells[k]!, start), x + width - layout.pad, y + height / 2);
		}
	}
	if (fitted < shown - 1) {
		ctx.strokeStyle = colours.text;
		ctx.lineWidth = layout.numbers ? 2 : 1.5;
		ctx.setLineDash(layout.numbers ? [4, 3] : [2, 2]);
		for (let k = Math.max(0, fitted + 1); k < shown; k++) {
			const { x, y, width, height } = cellRect(layout, row, k);
			const inset = ctx.lineWidth / 2;
			ctx.strokeRect(x + inset, y + inset, width - 2 * inset, height - 2 * inset);
		}
		ctx.setLineDash([]);
	}
}

/** Draws the whole map: column numbers, row labels and every row. */
export function drawAll(
	ctx: HeatContext,
	layout: HeatLayout,
	picture: HeatPicture,
	colours: HeatColours
): void {
	ctx.clearRect(0, 0, layout.width, layout.height);
	ctx.font = colours.font;
	ctx.fillStyle = colours.muted;
	ctx.textAlign = 'right';
	ctx.textBaseline = 'middle';
	for (let k = 0; k < layout.columns; k += layout.columnStep) {
		const { x, width } = cellRect(layout, 0, k);
		ctx.fillText(picture.header(k), x + width - (layout.numbers ? layout.pad : 0), layout.top / 2);
	}
	ctx.textAlign = 'left';
	for (let c = 0; c < layout.rows; c += layout.rowStep) {
		const { y, height } = cellRect(layout, c, 0);
		ctx.fillText(picture.labels[c] ?? '', 0, y + height / 2);
	}
	for (let c = 0; c < layout.rows; c++) drawRow(ctx, layout, picture, colours, c);
}
