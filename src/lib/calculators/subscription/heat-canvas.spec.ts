import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	GAP,
	MIN_CELL,
	NUMBERED_COLUMNS,
	STEPS,
	cellAt,
	cellRect,
	drawAll,
	drawRow,
	heatLayout,
	mixColor,
	shadeRamp,
	shadeStep,
	type HeatColours,
	type HeatContext,
	type HeatPicture,
	type LayoutInput
} from './heat-canvas';

const input = (over: Partial<LayoutInput> = {}): LayoutInput => ({
	rows: 10,
	columns: 13,
	available: 1000,
	labelWidth: 30,
	numberWidth: 36,
	headerWidth: 16,
	fontSize: 14,
	...over
});

describe('heatLayout', () => {
	it('writes numbers in a table of few periods, with room for the widest', () => {
		const layout = heatLayout(input());
		expect(layout.numbers).toBe(true);
		// the widest number and 7 px (half the font size) either side
		expect(layout.cellWidth).toBe(36 + 2 * 7);
		expect(layout.left).toBe(30 + 7);
		expect(layout.width).toBe(layout.left + 13 * (layout.cellWidth + GAP));
		expect(layout.height).toBe(layout.top + 10 * (layout.cellHeight + GAP));
	});

	it('fits a wide table into the width given, down to the narrowest cell, then scrolls', () => {
		const fits = heatLayout(input({ rows: 60, columns: 60, available: 1100 }));
		expect(fits.numbers).toBe(false);
		expect(fits.width).toBeLessThanOrEqual(1100);
		expect(fits.cellWidth).toBe(Math.floor((1100 - fits.left) / 60) - GAP);
		const phone = heatLayout(input({ rows: 60, columns: 60, available: 320 }));
		expect(phone.cellWidth).toBe(MIN_CELL);
		expect(phone.width).toBeGreaterThan(320); // scrolls sideways in its box
	});

	it('labels only as many rows and columns as fit without overlapping', () => {
		const layout = heatLayout(input({ rows: 60, columns: 60, available: 700 }));
		expect(layout.rowStep * (layout.cellHeight + GAP)).toBeGreaterThanOrEqual(Math.round(14 * 1.5));
		expect(layout.columnStep * (layout.cellWidth + GAP)).toBeGreaterThanOrEqual(16);
		expect(heatLayout(input()).rowStep).toBe(1);
	});

	it('numbers every table up to the limit, and none above it', () => {
		expect(heatLayout(input({ columns: NUMBERED_COLUMNS })).numbers).toBe(true);
		expect(heatLayout(input({ columns: NUMBERED_COLUMNS + 1 })).numbers).toBe(false);
	});
});

describe('cellRect and cellAt', () => {
	it('find the cell under any point of it, and nothing outside the grid', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 80 }),
				fc.integer({ min: 1, max: 80 }),
				fc.integer({ min: 200, max: 2000 }),
				fc.double({ min: 0, max: 0.999, noNaN: true }),
				fc.double({ min: 0, max: 0.999, noNaN: true }),
				(rows, columns, available, u, v) => {
					const layout = heatLayout(input({ rows, columns, available }));
					const row = Math.floor(u * rows);
					const column = Math.floor(v * columns);
					const rect = cellRect(layout, row, column);
					const x = rect.x + u * rect.width;
					const y = rect.y + v * rect.height;
					expect(cellAt(layout, x, y)).toEqual({ row, column });
				}
			)
		);
		const layout = heatLayout(input());
		expect(cellAt(layout, layout.left - 1, layout.top + 1)).toBeUndefined(); // a row label
		expect(cellAt(layout, layout.left + 1, layout.top - 1)).toBeUndefined(); // the header
		expect(cellAt(layout, layout.width + 1, layout.top + 1)).toBeUndefined();
		expect(cellAt(layout, layout.left + 1, layout.height + 1)).toBeUndefined();
	});
});

describe('colours', () => {
	it('mixes in sRGB as color-mix(in srgb, high p, low) does', () => {
		// #56b4e9 over white at 65%, channel by channel: 255 + (c − 255) · 0.65
		expect(mixColor([0x56, 0xb4, 0xe9], [255, 255, 255], 0.65)).toBe('rgb(145 206 241)');
		expect(mixColor([10, 20, 30], [200, 100, 0], 0)).toBe('rgb(200 100 0)');
		expect(mixColor([10, 20, 30], [200, 100, 0], 1)).toBe('rgb(10 20 30)');
		expect(mixColor([10, 20, 30], [200, 100, 0], 7)).toBe('rgb(10 20 30)');
	});

	it('ramps from the surface to the fullest shade, a step per percent', () => {
		const ramp = shadeRamp([0, 0, 0], [255, 255, 255]);
		expect(ramp).toHaveLength(STEPS + 1);
		expect(ramp[0]).toBe('rgb(255 255 255)');
		expect(ramp[STEPS]).toBe(mixColor([0, 0, 0], [255, 255, 255], 0.65));
		expect(shadeStep(0.5)).toBe(50);
		expect(shadeStep(0.004)).toBe(0);
		expect(shadeStep(1)).toBe(STEPS);
		expect(shadeStep(1.5)).toBe(STEPS);
		expect(shadeStep(NaN)).toBe(0);
		expect(shadeStep(Infinity)).toBe(0);
	});
});

/** A 2D context that records what is drawn. */
function recorder() {
	const calls: { name: string; args: unknown[]; fill?: string }[] = [];
	const ctx = {
		fillStyle: '',
		strokeStyle: '',
		lineWidth: 1,
		font: '',
		textAlign: 'left',
		textBaseline: 'alphabetic',
		clearRect: (...args: unknown[]) => calls.push({ name: 'clearRect', args }),
		fillRect: (...args: unknown[]) =>
			calls.push({ name: 'fillRect', args, fill: String(ctx.fillStyle) }),
		strokeRect: (...args: unknown[]) => calls.push({ name: 'strokeRect', args }),
		fillText: (...args: unknown[]) => calls.push({ name: 'fillText', args }),
		setLineDash: (...args: unknown[]) => calls.push({ name: 'setLineDash', args })
	};
	return { ctx: ctx as unknown as HeatContext, calls };
}

const colours: HeatColours = {
	ramp: shadeRamp([0, 0, 0], [255, 255, 255]),
	text: 'black',
	muted: 'grey',
	font: '14px sans-serif'
};
const picture = (rows: number[][], holdout = 0): HeatPicture => ({
	rows,
	labels: rows.map((_, c) => `#${c + 1}`),
	holdout,
	text: (n) => String(n),
	header: String
});

describe('drawing', () => {
	const rows = [
		[1000, 600, 400, 300],
		[800, 400, 200],
		[500, 250]
	];

	it('draws every cell once, shaded by its share of the cohort', () => {
		const p = picture(rows);
		const layout = heatLayout(input({ rows: 3, columns: 4 }));
		const { ctx, calls } = recorder();
		drawAll(ctx, layout, p, colours);
		const fills = calls.filter((c) => c.name === 'fillRect');
		expect(fills).toHaveLength(4 + 3 + 2);
		// cohort 2, period 1: 400 of 800
		const rect = cellRect(layout, 1, 1);
		const cell = fills.find((c) => c.args[0] === rect.x && c.args[1] === rect.y);
		expect(cell?.fill).toBe(colours.ramp[50]);
		expect(cell?.args).toEqual([rect.x, rect.y, rect.width, rect.height]);
		// numbers written (a small table), labels and column numbers
		const texts = calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
		expect(texts).toEqual(expect.arrayContaining(['#1', '#3', '0', '3', '1000', '250']));
	});

	it('redraws one row: clears its band and fills only its cells', () => {
		const layout = heatLayout(input({ rows: 3, columns: 4 }));
		const { ctx, calls } = recorder();
		drawRow(ctx, layout, picture(rows), colours, 1);
		const band = cellRect(layout, 1, 0);
		expect(calls[0]).toEqual({
			name: 'clearRect',
			args: [layout.left, band.y, layout.width - layout.left, layout.cellHeight]
		});
		const fills = calls.filter((c) => c.name === 'fillRect');
		expect(fills).toHaveLength(3);
		expect(fills.every((c) => c.args[1] === band.y)).toBe(true);
		expect(calls.some((c) => c.name === 'strokeRect')).toBe(false);
	});

	it('outlines the periods held back, the last ones of each cohort', () => {
		const layout = heatLayout(input({ rows: 3, columns: 4 }));
		const { ctx, calls } = recorder();
		drawRow(ctx, layout, picture(rows, 2), colours, 0);
		const outlined = calls.filter((c) => c.name === 'strokeRect').map((c) => c.args[0] as number);
		expect(outlined).toHaveLength(2);
		const x2 = cellRect(layout, 0, 2).x;
		const x3 = cellRect(layout, 0, 3).x;
		expect(outlined[0]).toBeGreaterThan(x2);
		expect(outlined[0]).toBeLessThan(x3);
		expect(outlined[1]).toBeGreaterThan(x3);
	});
});
