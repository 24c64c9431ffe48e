import { describe, expect, it } from 'vitest';
import { diagramLayout, fitLabel, ROW_LIMIT } from './diagram';
import { presetIds, presetInputs } from './presets';

describe('diagram layout', () => {
	it('draws one arrow per non-zero probability, loops included', () => {
		const layout = diagramLayout([
			[0.8, 0.2],
			[0, 1]
		]);
		expect(layout.kind).toBe('row');
		expect(layout.arrows.map((a) => [a.from, a.to])).toEqual([
			[0, 0],
			[0, 1],
			[1, 1]
		]);
	});

	it('keeps every label and box inside the picture for 2–12 states', () => {
		for (let n = 2; n <= 12; n++) {
			const full = Array.from({ length: n }, () => Array.from({ length: n }, () => 1 / n));
			const layout = diagramLayout(full);
			expect(layout.kind).toBe(n <= ROW_LIMIT ? 'row' : 'circle');
			expect(layout.arrows).toHaveLength(n * n);
			for (const p of [...layout.nodes, ...layout.arrows.map((a) => a.label)]) {
				expect(p.x).toBeGreaterThan(0);
				expect(p.y).toBeGreaterThan(0);
				expect(p.x).toBeLessThan(layout.width);
				expect(p.y).toBeLessThan(layout.height);
			}
			expect(layout.arrows.every((a) => !a.path.includes('NaN'))).toBe(true);
		}
	});

	it('separates the labels of A→B and B→A', () => {
		for (const n of [3, 8]) {
			const matrix = Array.from({ length: n }, (_, i) =>
				Array.from({ length: n }, (_, j) => (Math.abs(i - j) === 1 ? 0.5 : 0))
			);
			const layout = diagramLayout(matrix);
			const label = (from: number, to: number) =>
				layout.arrows.find((a) => a.from === from && a.to === to)!.label;
			const a = label(0, 1);
			const b = label(1, 0);
			expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
		}
	});

	it('lays out every preset', () => {
		for (const id of presetIds) {
			const layout = diagramLayout(presetInputs(id, 'en', (s) => s).transitions);
			expect(layout.nodes.length).toBeGreaterThan(1);
		}
	});

	it('shortens long names, counting CJK characters double', () => {
		expect(fitLabel('Key follow-up customers', 14)).toBe('Key follow-up…');
		expect(fitLabel('Active', 14)).toBe('Active');
		expect(fitLabel('重点跟进客户', 12)).toBe('重点跟进客户');
		expect(fitLabel('重点跟进客户群体名称', 12)).toBe('重点跟进客户…');
	});
});
