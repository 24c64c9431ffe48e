/**
 * The one place that talks to chart.js. `chart(() => spec)` is a Svelte attachment for a <canvas>:
 * it loads chart.js (only the registered parts, see chartjs.ts) when the canvas first comes near the
 * viewport, creates the chart once, updates it in place from an inner effect when the spec changes
 * (no animation, so input → redrawn chart fits in a frame), follows theme changes, and destroys it.
 * Printing draws every chart, seen or not: the Print button and Ctrl+P wait for them (state/print.ts),
 * and once chart.js has loaded, `beforeprint` draws the rest synchronously. `chartDrawn(canvas)`
 * draws one on demand (a PNG download of a chart not yet scrolled to).
 */
import type { Chart } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { beforePrinting } from '$lib/state/print';
import { onceNear } from '$lib/ui/when-near';
import type { SeriesRole } from './palette';

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
	/**
	 * Bars along the y axis (a tornado chart): the labels go down the left, the values (`yFormat`,
	 * `yTitle`, `yMin`, `yMax`) along the bottom. `xTitle` still names the labels.
	 */
	readonly horizontal?: boolean;
	/** Writes each bar's value (`yFormat`) at its end; `NaN` bars are left out. */
	readonly valueLabels?: boolean;
}

/** chart.js and the spec → configuration code, loaded together on demand (chartjs.ts). */
type ChartJs = typeof import('./chartjs');
/** Once loaded: later charts are created synchronously (e.g. in `beforeprint`). */
let loaded: ChartJs | undefined;
let loading: Promise<ChartJs> | undefined;

function loadChartJs(): Promise<ChartJs> {
	loading ??= import('./chartjs').then((module) => (loaded = module));
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

		// Set once chart.js has loaded (`build`); the effects below draw nothing before that.
		let configure: ChartJs['configure'] | undefined;

		const build = (chartJs: ChartJs) => {
			if (destroyed || instance) return;
			configure = chartJs.configure;
			instance = new chartJs.Chart(
				canvas,
				untrack(() => chartJs.configure(getSpec(), canvas))
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
			if (!instance || !configure) return;
			const next = configure(spec, canvas);
			instance.data = next.data;
			instance.options = next.options!;
			instance.update('none');
		});

		// Re-read colours and type size when the theme (toggle or system setting) or a root class
		// (presentation mode) changes.
		const refresh = () => {
			if (!instance || !configure) return;
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
