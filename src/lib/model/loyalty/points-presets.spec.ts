import { describe, expect, it } from 'vitest';
import { pointsProgramme } from './points';
import { POINTS_PRESETS } from './points-presets';

describe('POINTS_PRESETS', () => {
	it('has the three cases of “What customer lifetime value means”, each labelled illustrative', () => {
		expect(POINTS_PRESETS.map((preset) => preset.id)).toEqual([
			'airline-alliance',
			'cobranded-credit-card',
			'gap-vouchers'
		]);
		expect(POINTS_PRESETS.every((preset) => preset.illustrative)).toBe(true);
	});

	it('gives GAP a one-year expiry (as in that article) and every programme a positive net effect', () => {
		const gap = POINTS_PRESETS.find((preset) => preset.id === 'gap-vouchers')!;
		expect(gap.input.expiryMonths).toBe(12);
		for (const preset of POINTS_PRESETS) {
			const result = pointsProgramme(preset.input);
			expect(result.netEffect).toBeGreaterThan(0);
			expect(result.breakEven.kind).toBe('found');
		}
	});
});
