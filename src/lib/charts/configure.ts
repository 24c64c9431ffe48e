/**
 * How a `ChartSpec` becomes a chart.js configuration: datasets, axes in the theme's colours, the
 * type size (which grows in presentation mode) and the site's two inline plugins (a vertical
 * marker, values written at the bars' ends). Loaded with chart.js (chartjs.ts re-exports it), when
 * the first chart comes near, so none of it is on a page's first load.
 */
import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { ChartSpec } from './chart.svelte';
import { chartTheme, seriesColor } from './palette';

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

const valueLabelPlugin: Plugin<'line' | 'bar'> = {
	id: 'clvValueLabels',
	afterDatasetsDraw(chart, _args, options) {
		const { format, horizontal, color } = options as {
			format?: (value: number) => string;
			horizontal?: boolean;
			color?: string;
		};
		if (!format) return;
		const ctx = chart.ctx;
		ctx.save();
		ctx.fillStyle = color ?? '#000';
		ctx.font = `600 ${chart.options.font?.size ?? 12}px ${chart.options.font?.family ?? 'sans-serif'}`;
		chart.data.datasets.forEach((dataset, d) => {
			const meta = chart.getDatasetMeta(d);
			if (meta.hidden) return;
			meta.data.forEach((element, k) => {
				const value = Number(dataset.data[k]);
				if (!Number.isFinite(value)) return;
				const bar = element as unknown as { x: number; y: number; base: number };
				const text = format(value);
				if (horizontal) {
					const after = value >= 0;
					ctx.textAlign = after ? 'left' : 'right';
					ctx.textBaseline = 'middle';
					ctx.fillText(text, bar.x + (after ? 4 : -4), bar.y);
				} else {
					ctx.textAlign = 'center';
					ctx.textBaseline = value >= 0 ? 'bottom' : 'top';
					ctx.fillText(text, bar.x, bar.y + (value >= 0 ? -4 : 4));
				}
			});
		});
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

/** Options of the site's own inline plugins (chart.js's types know only its own). */
function ownPlugins(spec: ChartSpec, color: string): Record<string, unknown> {
	return {
		clvMarker: { marker: spec.marker, color },
		clvValueLabels: spec.valueLabels
			? { format: spec.yFormat, horizontal: spec.horizontal, color }
			: {}
	};
}

/** chart.js's 12 px text, scaled with the root font size (so it grows in presentation mode). */
function fontSize(): number {
	const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
	return Math.round((12 * root) / 16);
}

export function configure(
	spec: ChartSpec,
	canvas: HTMLCanvasElement
): ChartConfiguration<'line' | 'bar'> {
	const theme = chartTheme(canvas);
	const font = { family: theme.font, size: fontSize() };
	const axis = (title?: string) => ({
		title: { display: !!title, text: title ?? '', color: theme.text, font },
		ticks: { color: theme.text, font },
		grid: { color: theme.grid }
	});
	// With bars along y, the labels run down the y axis and the values along x.
	const [labelAxis, valueAxis] = spec.horizontal ? (['y', 'x'] as const) : (['x', 'y'] as const);
	return {
		type: spec.type,
		data: { labels: [...spec.labels], datasets: datasets(spec) },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			indexAxis: labelAxis,
			interaction: { mode: 'index', intersect: false },
			font,
			scales: {
				// Bars along y: their labels name themselves, and a title turned on its side is
				// unreadable in Chinese; the chart's table heads the column instead.
				[labelAxis]: { ...axis(spec.horizontal ? undefined : spec.xTitle), stacked: spec.stacked },
				[valueAxis]: {
					...axis(spec.yTitle),
					stacked: spec.stacked,
					min: spec.yMin,
					max: spec.yMax,
					// room beyond the longest bars for the values written at their ends
					grace: spec.valueLabels ? '25%' : 0,
					ticks: {
						color: theme.text,
						font,
						// values along a narrow x axis: fewer ticks, never turned on their side
						...(spec.horizontal ? { maxRotation: 0, autoSkip: true, autoSkipPadding: 8 } : {}),
						callback: (value: number | string) => spec.yFormat(Number(value))
					}
				}
			},
			plugins: {
				legend: { labels: { color: theme.text, usePointStyle: true, font } },
				tooltip: {
					bodyFont: font,
					titleFont: font,
					callbacks: {
						label: (item) =>
							`${item.dataset.label}: ${spec.yFormat((spec.horizontal ? item.parsed.x : item.parsed.y) ?? 0)}`
					}
				},
				...ownPlugins(spec, theme.text)
			}
		},
		plugins: [markerPlugin, valueLabelPlugin]
	};
}
