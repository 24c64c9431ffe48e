import { describe, expect, it } from 'vitest';
import { classifySegments, profitPerTransaction, type SegmentId } from '$lib/model/segments';
import { sampleBase } from './compute';
import { marker, maxPlotPoints, quadrantPlot, type PlotInput } from './plot';
import { presetInputs } from './presets';

function inputFor(count: number): PlotInput {
	const inputs = { ...presetInputs(undefined, 'en'), count };
	const customers = sampleBase(inputs).customers;
	const quadrant = classifySegments(customers);
	return {
		transactions: customers.map((c) => c.transactions),
		perTransaction: customers.map(profitPerTransaction),
		assignments: quadrant.assignments,
		pressureThreshold: 0,
		profitThreshold: quadrant.profitThreshold,
		frequencyThreshold: quadrant.frequencyThreshold,
		typicalProfit: quadrant.profitThreshold
	};
}

/** Marker centres of a path (the first point of each marker), for checking positions. */
const markers = (path: string) => (path.match(/M/g) ?? []).length;

describe('quadrantPlot', () => {
	it('draws every customer, each in its segment’s path, inside the plotting area', () => {
		const input = inputFor(500);
		const plot = quadrantPlot(input, 640, 400);
		const total = (['gold', 'comet', 'stream', 'pressure'] as SegmentId[]).reduce(
			(n, s) => n + markers(plot.paths[s]),
			0
		);
		expect(total).toBe(500);
		expect(plot.shown).toBe(500);
		expect(plot.stride).toBe(1);
		const numbers = Object.values(plot.paths)
			.join(' ')
			.match(/-?\d+(\.\d+)?/g)!
			.map(Number);
		expect(numbers.every(Number.isFinite)).toBe(true);
		for (const tick of plot.xTicks) expect(tick.at).toBeGreaterThanOrEqual(plot.left);
		for (const tick of plot.yTicks) {
			expect(tick.at).toBeGreaterThanOrEqual(plot.top);
			expect(tick.at).toBeLessThanOrEqual(plot.bottom);
		}
	});

	it('puts the frequency line between the counts the rule separates', () => {
		const input = inputFor(500);
		const plot = quadrantPlot(input, 640, 400);
		// every gold/stream customer (frequent, n > threshold) sits right of the line, ±0.3 spread
		const counts = input.transactions;
		const t = input.frequencyThreshold;
		const below = Math.max(...counts.filter((n) => n <= t));
		const above = Math.min(...counts.filter((n) => n > t));
		const sx = (n: number) =>
			plot.left +
			(Math.log10(1 + n) / Math.log10(1 + Math.max(...counts) + 0.5)) * (plot.right - plot.left);
		expect(plot.frequencyLine).toBeGreaterThan(sx(below + 0.3));
		expect(plot.frequencyLine).toBeLessThan(sx(above - 0.3));
	});

	it('shows the zero line only when someone loses money', () => {
		expect(quadrantPlot(inputFor(200), 640, 400).zeroLine).not.toBeNull();
		const profitable: PlotInput = {
			transactions: [1, 2, 3],
			perTransaction: [5, 10, 20],
			assignments: ['pressure', 'stream', 'gold'],
			pressureThreshold: 0,
			profitThreshold: 10,
			frequencyThreshold: 2,
			typicalProfit: 10
		};
		expect(quadrantPlot(profitable, 640, 400).zeroLine).toBeNull();
	});

	it('draws the pressure line where it is set, below the profit line, inside the plot', () => {
		const input = { ...inputFor(500), pressureThreshold: 5 };
		const plot = quadrantPlot(input, 640, 400);
		expect(plot.pressureLine).toBeGreaterThan(plot.profitLine);
		expect(plot.pressureLine).toBeLessThan(plot.zeroLine!);
		const high = quadrantPlot({ ...input, pressureThreshold: 1e6 }, 640, 400);
		expect(high.pressureLine).toBeGreaterThanOrEqual(high.top);
	});

	it('keeps ticks apart and includes zero', () => {
		const plot = quadrantPlot(inputFor(1000), 360, 340);
		expect(plot.yTicks.some((tick) => tick.value === 0)).toBe(true);
		const gaps = plot.yTicks.slice(1).map((tick, i) => Math.abs(tick.at - plot.yTicks[i]!.at));
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(22);
	});

	it('samples every k-th customer above the point limit', () => {
		const n = maxPlotPoints * 2 + 1;
		const input: PlotInput = {
			transactions: Array.from({ length: n }, (_, i) => 1 + (i % 7)),
			perTransaction: Array.from({ length: n }, (_, i) => (i % 11) - 2),
			assignments: Array.from({ length: n }, () => 'stream' as const),
			pressureThreshold: 0,
			profitThreshold: 3,
			frequencyThreshold: 3,
			typicalProfit: 3
		};
		const plot = quadrantPlot(input, 800, 480);
		expect(plot.stride).toBe(3);
		expect(plot.shown).toBe(Math.ceil(n / 3));
		expect(markers(plot.paths.stream)).toBe(plot.shown);
		expect(plot.total).toBe(n);
	});

	it('draws each shape as a closed path', () => {
		expect(marker('square', 10, 10, 2)).toBe('M8.2 8.2h3.6v3.6h-3.6z');
		expect(marker('triangle', 10, 10, 2)).toBe('M10 7.6l2.2 4h-4.4z');
		expect(marker('diamond', 0, 0, 1)).toMatch(/z$/);
		expect(marker('triangle', 0, 0, 1)).toMatch(/z$/);
		expect(marker('circle', 5, 5, 2)).toBe('M3 5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0');
	});
});
