import { describe, expect, it } from 'vitest';
import * as clv from './index';

describe('clv public API', () => {
	it('exports the formulas, schedule, levers, scenario and presets', () => {
		const functions = [
			'simpleClv',
			'marginClv',
			'discountedClv',
			'growingDiscountedClv',
			'marginMultiple',
			'retentionClv',
			'retentionClvFromSpend',
			'continuingValue',
			'clvSchedule',
			'clvLevers',
			'clvTornado',
			'plausibleStep',
			'compareUnits',
			'sameCustomerIn',
			'clvSideBySide',
			'periodInputs',
			'findClvPreset'
		];
		for (const name of functions)
			expect(typeof (clv as Record<string, unknown>)[name], name).toBe('function');
		expect(clv.retentionTimings).toEqual(['start-of-period', 'end-of-period', 'end-first-certain']);
		expect(clv.clvPresets.length).toBe(clv.clvPresetIds.length);
	});

	it('does not export test helpers', () => {
		expect(Object.keys(clv)).not.toContain('expectClose');
		expect(Object.keys(clv)).not.toContain('deepFreeze');
	});
});
