import { describe, expect, it } from 'vitest';
import { parseCohortTable, formatCohortTable } from './cohort-table';
import { findRetentionPreset, retentionPresetIds, retentionPresets } from './presets';
import { HIGH_END, REGULAR } from './test-fixtures';

describe('retention presets', () => {
	it('hold Fader & Hardie’s two series, years 8–12 held out', () => {
		expect(retentionPresetIds).toEqual(['fh-regular', 'fh-high-end']);
		expect(findRetentionPreset('fh-regular')!.counts).toEqual([REGULAR]);
		expect(findRetentionPreset('fh-high-end')!.counts).toEqual([HIGH_END]);
		expect(retentionPresets.every((p) => p.holdout === 5 && p.unit === 'year')).toBe(true);
		expect(findRetentionPreset('nope')).toBeUndefined();
	});

	it('written as text, each reads back as the same table', () => {
		for (const preset of retentionPresets) {
			const result = parseCohortTable(formatCohortTable(preset.counts, [preset.id]));
			expect(result.kind).toBe('table');
			if (result.kind === 'table') {
				expect(result.table.counts).toEqual(preset.counts);
				expect(result.table.labels).toEqual([preset.id]);
			}
		}
	});
});
