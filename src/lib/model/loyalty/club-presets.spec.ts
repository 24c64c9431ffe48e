import { describe, expect, it } from 'vitest';
import { clubEconomics } from './club';
import { CLUB_PRESETS } from './club-presets';

describe('CLUB_PRESETS', () => {
	it('has the car club and the alumni association of “What customer lifetime value means”, labelled illustrative', () => {
		expect(CLUB_PRESETS.map((preset) => preset.id)).toEqual([
			'premium-car-club',
			'business-school-alumni'
		]);
		expect(CLUB_PRESETS.every((preset) => preset.illustrative)).toBe(true);
	});

	it('gives both clubs a positive ROI and a payback within the horizon', () => {
		for (const preset of CLUB_PRESETS) {
			const result = clubEconomics(preset.input);
			expect(result.roi.kind === 'ratio' && result.roi.value).toBeGreaterThan(0);
			expect(result.paybackYear).not.toBeNull();
		}
	});
});
