/**
 * The one place that talks to chart.js. `chart(() => spec)` is a Svelte attachment for a <canvas>:
 * it loads chart.js (only the registered parts, see chartjs.ts) when the canvas first comes near the
 * viewport, creates the chart once, updates it in place from an inner effect when the spec changes
 * (no animation, so input → redrawn chart fits in a frame), follows theme changes, and destroys it.
 * Printing draws every chart, seen or not: the Print button and Ctrl+P wait for them (state/print.ts),
 * and once chart.js has loaded, `beforeprint` draws the rest synchronously. `chartDrawn(canvas)`
 * draws one on demand (a PNG download of a chart not yet scrolled to).
 */
import type { Chart, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { beforePrinting } from '$lib/state/print';
import { onceNear } from '$lib/ui/when-near';
import { chartTheme, seriesColor, type SeriesRole } from './palette';

export interface Series {
	readonly label: string;
	readonly data: readonly number[];
	readonly role: SeriesRole;
	/** Drawn as bars in a bar chart, otherwise as a line. Area fills below a line. */
	readonly style?: 'line' | 'area' | 'bar';
	readonly dashed?: boolean;
}

export interface ChartSpec {
	readonly type: 'line' | 'bar';
	readonly labels: readonly (string | number)[];
	readonly series: readonly Series[];
	readonly stacked?: boolean;
	readonly yFormat: (value: number) => string;
	readonly xTitle?: string;
	readonly yTitle?: string;
	/** A vertical marker at a label index (e.g. the payback period). */
	readonly marker?: { readonly index: number; readonly label: string } | null;
	readonly yMin?: number;
	readonly yMax?: number;
}

const markerPlugin: Plugin<'line' | 'bar'> = {
	id: 'clvMarker',
	afterDatasetsDraw(chart, _args, options) {
		const marker = (options as { marker?: ChartSpec['marker'] }).marker;
		if (!marker) return;
		const x = chart.scales.x!.getPixelForValue(marker.index);
		const { top, bottom } = chart.chartArea;
		const ctx = chart.ctx;
		ctx.save();
		ctx.strokeStyle = (options as { color?: string }).color ?? '#000';
		ctx.fillStyle = ctx.strokeStyle;
		ctx.setLineDash([4, 4]);
		ctx.lineWidth = 2;
		ctx.beginPath();
		ctx.moveTo(x, top);
		ctx.lineTo(x, bottom);
		ctx.stroke();
		ctx.setLineDash([]);
		ctx.font = `600 ${chart.options.font?.size ?? 12}px ${chart.options.font?.family ?? 'sans-serif'}`;
		ctx.textAlign = x > (chart.chartArea.left + chart.chartArea.right) / 2 ? 'right' : 'left';
		ctx.fillText(marker.label, x + (ctx.textAlign === 'left' ? 6 : -6), top + 14);
		ctx.restore();
	}
};

function datasets(spec: ChartSpec): ChartDataset<'line' | 'bar'>[] {
	return spec.series.map((s) => {
		const color = seriesColor[s.role];
		const bar = spec.type === 'bar' || s.style === 'bar';
		return {
			type: bar ? 'bar' : 'line',
			label: s.label,
			data: [...s.data],
			borderColor: color,
			backgroundColor: s.style === 'area' ? color + '55' : color,
			borderDash: s.dashed ? [6, 4] : [],
			borderWidth: bar ? 0 : 2.5,
			fill: s.style === 'area' ? (spec.stacked ? 'stack' : 'origin') : false,
			pointRadius: 0,
			pointHitRadius: 8,
			tension: 0
		} as ChartDataset<'line' | 'bar'>;
	});
}

/** chart.js's 12 px text, scaled with the root font size (so it grows in presentation mode). */
function fontSize(): number {
	const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
	return Math.round((12 * root) / 16);
}

function configure(spec: ChartSpec, canvas: HTMLCanvasElement): ChartConfiguration<'line' | 'bar'> {
	const theme = chartTheme(canvas);
	const font = { family: theme.font, size: fontSize() };
	const axis = (title?: string) => ({
		title: { display: !!title, text: title ?? '', color: theme.text, font },
		ticks: { color: theme.text, font },
		grid: { color: theme.grid }
	});
	return {
		type: spec.type,
		data: { labels: [...spec.labels], datasets: datasets(spec) },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			font,
			scales: {
				x: { ...axis(spec.xTitle), stacked: spec.stacked },
				y: {
					...axis(spec.yTitle),
					stacked: spec.stacked,
					min: spec.yMin,
					max: spec.yMax,
					ticks: { color: theme.text, font, callback: (value) => spec.yFormat(Number(value)) }
				}
			},
			plugins: {
				legend: { labels: { color: theme.text, usePointStyle: true, font } },
				tooltip: {
					bodyFont: font,
					titleFont: font,
					callbacks: {
						label: (item) => `${item.dataset.label}: ${spec.yFormat(item.parsed.y ?? 0)}`
					}
				},
				// @ts-expect-error -- options of our own inline plugin
				clvMarker: { marker: spec.marker, color: theme.text }
			}
		},
		plugins: [markerPlugin]
	};
}

type ChartClass = typeof import('chart.js').Chart;
/** chart.js, once loaded: later charts are created synchronously (e.g. in `beforeprint`). */
let loaded: ChartClass | undefined;
let loading: Promise<ChartClass> | undefined;

function loadChartJs(): Promise<ChartClass> {
	loading ??= import('./chartjs').then(({ Chart }) => (loaded = Chart));
	return loading;
}

/** How to draw each attached canvas now, for downloads. */
const drawers = new WeakMap<HTMLCanvasElement, () => Promise<void>>();

/** Draws the chart on `canvas` if it is not drawn yet; resolves once it is. */
export function chartDrawn(canvas: HTMLCanvasElement): Promise<void> {
	return drawers.get(canvas)?.() ?? Promise.resolve();
}

/** Attachment: `<canvas {@attach chart(() => spec)}>`. */
export function chart(getSpec: () => ChartSpec): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let instance = $state.raw<Chart<'line' | 'bar'> | undefined>();
		let destroyed = false;

		const build = (Chart: ChartClass) => {
			if (destroyed || instance) return;
			instance = new Chart(
				canvas,
				untrack(() => configure(getSpec(), canvas))
			);
			canvas.dataset.drawn = '';
		};
		/** Creates the chart: at once when chart.js is loaded, else after loading it. */
		const create = (): Promise<void> => {
			if (loaded) {
				build(loaded);
				return Promise.resolve();
			}
			return loadChartJs().then(build);
		};
		drawers.set(canvas, create);
		// Drawn when it nears the screen, or when the page is printed.
		const stopWatching = onceNear(canvas, () => void create(), '300px');
		const stopPrintWait = beforePrinting(create);

		$effect(() => {
			const spec = getSpec();
			if (!instance) return;
			const next = configure(spec, canvas);
			instance.data = next.data;
			instance.options = next.options!;
			instance.update('none');
		});

		// Re-read colours and type size when the theme (toggle or system setting) or a root class
		// (presentation mode) changes.
		const refresh = () => {
			if (!instance) return;
			const next = configure(untrack(getSpec), canvas);
			instance.options = next.options!;
			instance.update('none');
		};
		const observer = new MutationObserver(refresh);
		observer.observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme', 'class']
		});
		const scheme = matchMedia('(prefers-color-scheme: dark)');
		scheme.addEventListener('change', refresh);

		return () => {
			destroyed = true;
			stopWatching();
			stopPrintWait();
			drawers.delete(canvas);
			observer.disconnect();
			scheme.removeEventListener('change', refresh);
			instance?.destroy();
		};
	};
}
