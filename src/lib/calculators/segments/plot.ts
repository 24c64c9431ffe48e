/**
 * Geometry of the quadrant plot, in pixels: scales, ticks, threshold lines and one SVG path per
 * segment holding every point's marker. One path per segment keeps the page fast with thousands
 * of customers (four DOM nodes, not thousands). Pure; the component only draws what this returns.
 *
 * Both axes are stretched so that the many small customers and the few large ones fit: purchases
 * on log(1 + n), profit per transaction on asinh(p / s) (logarithmic for large |p|, linear near 0,
 * and defined for losses).
 */
import { seriesColor } from '$lib/charts/palette';
import { SEGMENT_IDS, type SegmentId } from '$lib/model/segments';

export interface PlotInput {
	readonly transactions: readonly number[];
	readonly perTransaction: readonly number[];
	readonly assignments: readonly SegmentId[];
	readonly pressureThreshold: number;
	readonly profitThreshold: number;
	readonly frequencyThreshold: number;
	/** A typical profit per transaction (the median), which sets where the y axis turns linear. */
	readonly typicalProfit: number;
}

export interface Tick {
	readonly value: number;
	/** Pixel position along its axis. */
	readonly at: number;
}

export interface QuadrantPlot {
	readonly width: number;
	readonly height: number;
	/** The plotting area. */
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
	readonly xTicks: readonly Tick[];
	readonly yTicks: readonly Tick[];
	/** x of the line that splits frequent from infrequent customers. */
	readonly frequencyLine: number;
	/** y of the profit line (it splits gold from stream, right of the frequency line). */
	readonly profitLine: number;
	/** y of the pressure line (pressure customers at or below it, across the plot). */
	readonly pressureLine: number;
	/** y of zero profit, when losses are on the plot. */
	readonly zeroLine: number | null;
	/** One path per segment, every marker of the segment in it. */
	readonly paths: Readonly<Record<SegmentId, string>>;
	/** Customers drawn, and customers in the table. */
	readonly shown: number;
	readonly total: number;
	/** Every how many customers one is drawn (1 = all). */
	readonly stride: number;
}

/** At most this many markers are drawn; beyond it every k-th customer is (the tables use all). */
export const maxPlotPoints = 5000;

export const margin = { top: 12, right: 14, bottom: 46, left: 64 } as const;

/** Marker shapes: gold circle, comet triangle, stream square, pressure diamond. */
export const markerShape: Readonly<
	Record<SegmentId, 'circle' | 'triangle' | 'square' | 'diamond'>
> = { gold: 'circle', comet: 'triangle', stream: 'square', pressure: 'diamond' };

const r1 = (x: number) => Math.round(x * 10) / 10;

type Shape = (typeof markerShape)[SegmentId];

/**
 * A marker as a start offset from its centre and a tail of relative path commands, so that each
 * of thousands of markers costs only its start point (the tail is the same string every time).
 */
function shapeOf(shape: Shape, r: number): { dx: number; dy: number; tail: string } {
	const f = (x: number) => r1(x * r);
	switch (shape) {
		case 'circle':
			return { dx: -r, dy: 0, tail: `a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0` };
		case 'square':
			return { dx: -0.9 * r, dy: -0.9 * r, tail: `h${f(1.8)}v${f(1.8)}h${f(-1.8)}z` };
		case 'triangle':
			return { dx: 0, dy: -1.2 * r, tail: `l${f(1.1)} ${f(2)}h${f(-2.2)}z` };
		case 'diamond':
			return {
				dx: 0,
				dy: -1.3 * r,
				tail: `l${f(1.2)} ${f(1.3)}l${f(-1.2)} ${f(1.3)}l${f(-1.2)} ${f(-1.3)}z`
			};
	}
}

/** SVG path data of one marker of `shape` centred at (x, y) with size r. */
export function marker(shape: Shape, x: number, y: number, r: number): string {
	const { dx, dy, tail } = shapeOf(shape, r);
	return `M${r1(x + dx)} ${r1(y + dy)}${tail}`;
}

/** A repeatable number in [0, 1) for customer i, to spread points at the same count sideways. */
const spread = (i: number) => {
	const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
	return x - Math.floor(x);
};

/** Keeps ticks at least `gap` pixels apart, walking outwards from the first candidate. */
function thin(candidates: readonly Tick[], gap: number): Tick[] {
	const kept: Tick[] = [];
	for (const tick of candidates) {
		if (kept.every((other) => Math.abs(other.at - tick.at) >= gap)) kept.push(tick);
	}
	return kept.sort((a, b) => a.value - b.value);
}

/** 1, 2, 5, 10, 20, 50 … up to `max` (and their negatives when `signed`), 0 first. */
function niceValues(min: number, max: number, from: number): number[] {
	const values = [0];
	for (let power = from; power <= 12; power++) {
		for (const m of [1, 2, 5]) {
			const value = m * 10 ** power;
			if (value > Math.max(Math.abs(min), Math.abs(max)) * 1.001) return values;
			if (value <= max) values.push(value);
			if (-value >= min) values.push(-value);
		}
	}
	return values;
}

/**
 * Lays out the plot for a `width` × `height` box. The frequency line sits between the largest
 * count at or below the threshold and the smallest above it (counts are whole numbers and points
 * are spread ±0.3 sideways), so it separates exactly the customers the rule separates.
 */
export function quadrantPlot(input: PlotInput, width: number, height: number): QuadrantPlot {
	const { transactions, perTransaction, assignments } = input;
	const total = transactions.length;
	const left = margin.left;
	const right = Math.max(left + 10, width - margin.right);
	const top = margin.top;
	const bottom = Math.max(top + 10, height - margin.bottom);
	const whole = transactions.every(Number.isInteger);
	const jitter = whole ? 0.3 : 0;

	const ft = input.frequencyThreshold;
	let below = -Infinity;
	let above = Infinity;
	let nMax = 0;
	for (const n of transactions) {
		nMax = Math.max(nMax, n);
		if (n <= ft && n > below) below = n;
		if (n > ft && n < above) above = n;
	}
	const split =
		whole && Number.isFinite(below) && Number.isFinite(above) ? (below + above) / 2 : ft;
	const fx = (n: number) => Math.log10(1 + Math.max(0, n));
	const x0 = 0;
	const x1 = fx(Math.max(nMax + 0.5, split + 0.5, 2));
	const sx = (n: number) => left + ((fx(n) - x0) / (x1 - x0)) * (right - left);

	const pt = input.profitThreshold;
	const lines = [0, pt, input.pressureThreshold];
	const mean = perTransaction.reduce((sum, p) => sum + Math.abs(p), 0) / Math.max(1, total);
	const typical = Math.abs(input.typicalProfit) || mean;
	const scale = typical > 0 ? typical / 2 : Math.max(1, Math.abs(pt));
	const fy = (p: number) => Math.asinh(p / scale);
	let pMin = Math.min(...lines);
	let pMax = Math.max(...lines);
	for (const p of perTransaction) {
		if (p < pMin) pMin = p;
		if (p > pMax) pMax = p;
	}
	const pad = Math.max(0.05 * (fy(pMax) - fy(pMin)), 0.1);
	const y0 = fy(pMin) - pad;
	const y1 = fy(pMax) + pad;
	const sy = (p: number) => bottom - ((fy(p) - y0) / (y1 - y0)) * (bottom - top);

	const xTicks = thin(
		niceValues(0, Math.max(nMax, split), 0)
			.filter((n) => n >= 0)
			.map((value) => ({ value, at: sx(value) })),
		34
	);
	const from = Math.floor(Math.log10(scale)) - 1;
	const yTicks = thin(
		niceValues(pMin, pMax, from).map((value) => ({ value, at: sy(value) })),
		22
	);

	const stride = Math.max(1, Math.ceil(total / maxPlotPoints));
	const size = (total > 1500 ? 2.4 : total > 400 ? 3 : 3.6) * (width < 500 ? 0.75 : 1);
	const shapes = Object.fromEntries(
		SEGMENT_IDS.map((segment) => [segment, shapeOf(markerShape[segment], size)])
	) as Record<SegmentId, ReturnType<typeof shapeOf>>;
	const parts: Record<SegmentId, string[]> = { gold: [], comet: [], stream: [], pressure: [] };
	let shown = 0;
	for (let i = 0; i < total; i += stride) {
		const segment = assignments[i]!;
		const { dx, dy, tail } = shapes[segment];
		const n = transactions[i]! + (spread(i) * 2 - 1) * jitter;
		parts[segment].push('M' + r1(sx(n) + dx) + ' ' + r1(sy(perTransaction[i]!) + dy) + tail);
		shown++;
	}
	const paths = Object.fromEntries(
		SEGMENT_IDS.map((segment) => [segment, parts[segment].join('')])
	) as Record<SegmentId, string>;

	return {
		width,
		height,
		left,
		right,
		top,
		bottom,
		xTicks,
		yTicks,
		frequencyLine: sx(split),
		profitLine: sy(pt),
		pressureLine: sy(input.pressureThreshold),
		zeroLine: pMin < 0 ? sy(0) : null,
		paths,
		shown,
		total,
		stride
	};
}

/**
 * Segment colours: Okabe–Ito categorical colours from the site palette (pressure takes the cost
 * colour, as its customers cost money). Colour is never alone: each segment has its own shape.
 */
export const segmentColor: Readonly<Record<SegmentId, string>> = {
	gold: seriesColor.state2,
	comet: seriesColor.state5,
	stream: seriesColor.state3,
	pressure: seriesColor.cost
};
