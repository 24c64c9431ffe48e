import { describe, expect, it } from 'vitest';
import { clvPresetIds, clvPresets, findClvPreset } from './presets';
import { clvSideBySide } from './scenario';
import { simpleClv } from './simple';
import { retentionTimings } from './timing';

describe('clvPresets', () => {
	it('has one preset per id, in order, with unique ids', () => {
		expect(clvPresets.map((preset) => preset.id)).toEqual([...clvPresetIds]);
		expect(new Set(clvPresetIds).size).toBe(clvPresetIds.length);
	});

	it.each(clvPresets)('$id is plain data with no localized text', (preset) => {
		expect(Object.keys(preset).sort()).toEqual(['id', 'inputs']);
		for (const [key, value] of Object.entries(preset.inputs)) {
			if (key === 'unit') expect(['month', 'quarter', 'year']).toContain(value);
			else if (key === 'currency') expect(['USD', 'CNY']).toContain(value);
			else expect(typeof value, key).toBe('number');
		}
		expect(JSON.parse(JSON.stringify(preset))).toEqual(preset);
	});

	it.each(clvPresets)('$id runs through every formula with a finite value', (preset) => {
		const all = clvSideBySide(preset.inputs);
		for (const timing of retentionTimings) {
			expect(all.retention[timing].finite.kind).toBe('finite');
			expect(all.retention[timing].infinite.kind).toBe('finite');
		}
	});

	it('car buyer: lifetime revenue ≈ US$400,000 per loyal customer (Lixiao CRM 2021)', () => {
		const { inputs } = findClvPreset('car-buyer')!;
		const result = simpleClv({
			spendPerPeriod: inputs.spendPerPeriod,
			periods: inputs.horizonYears,
			acquisitionCost: inputs.acquisitionCost
		});
		expect(result.steps[0]).toMatchObject({ id: 'lifetimeRevenue', value: 400_000 });
		expect(Math.abs(result.value - 400_000) / 400_000).toBeLessThan(0.01);
	});

	it('supermarket regular: 15+ orders a month (“The customer lifecycle”) and a monthly unit', () => {
		const { inputs } = findClvPreset('supermarket-regular')!;
		expect(inputs.unit).toBe('month');
		expect(inputs.currency).toBe('CNY');
		// 16 orders × CNY 55 = 880 a month
		expect(inputs.spendPerPeriod).toBe(16 * 55);
	});

	it('textbook example: 250 and 350 on the infinite horizon (Gupta & Lehmann; Fader & Hardie)', () => {
		const all = clvSideBySide(findClvPreset('textbook-example')!.inputs);
		expect(all.retention['end-of-period'].infinite).toMatchObject({
			value: expect.closeTo(250, 9)
		});
		expect(all.retention['start-of-period'].infinite).toMatchObject({
			value: expect.closeTo(350, 9)
		});
	});

	it('findClvPreset returns undefined for an unknown id', () => {
		expect(findClvPreset('software-vendor')).toBeUndefined();
	});
});
