import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/referral';
import zh from '$lib/i18n/messages/zh/referral';
import { MAX_SAMPLES, projectReferral } from '$lib/model/referral';
import { runsFor } from './mc-protocol';
import { problemText, stepLegend, stepSymbol } from './format';
import { presetInputs } from './presets';
import { toParams } from './scenario';

describe('problemText', () => {
	it('names the minimum market size in the page’s language', () => {
		const problem = { input: 'cap', kind: 'capBelowBase', format: 'count', min: 500 } as const;
		expect(problemText(problem, en, 'en', 'USD', 'year')).toContain('at least 500');
		expect(problemText(problem, zh, 'zh', 'CNY', 'year')).toContain('请至少填 500');
	});

	it('says in which period growth ran away, and why a cycle needs a period', () => {
		const tooMany = { input: 'years', kind: 'tooManyCustomers', format: 'count', max: 36 } as const;
		expect(problemText(tooMany, en, 'en', 'USD', 'month')).toContain('by month 37');
		expect(problemText(tooMany, zh, 'zh', 'CNY', 'month')).toContain('到第 37 个月');
		const lag = { input: 'lag', kind: 'lag', format: 'count', min: 1 } as const;
		expect(problemText(lag, en, 'en', 'USD', 'quarter')).toContain('at least 1 quarter');
		expect(problemText(lag, zh, 'zh', 'CNY', 'quarter')).toContain('至少要 1 个季度');
	});

	it('formats percent limits as percent', () => {
		const range = {
			input: 'fRetention',
			kind: 'range',
			format: 'percent',
			min: 0,
			max: 1
		} as const;
		expect(problemText(range, en, 'en', 'USD', 'year')).toBe(
			'The model needs a value between 0% and 100%.'
		);
	});
});

describe('step symbols and legends', () => {
	it('writes K₀ and Kᵣ when first and referred customers refer differently', () => {
		const { steps } = projectReferral(toParams(presetInputs('software-vendor', 'en')));
		const symbols = steps.map(stepSymbol);
		expect(symbols).toContain('K₀');
		expect(symbols).toContain('Kᵣ');
		expect(symbols).toContain('μ');
		const k0 = steps.find((s) => stepSymbol(s) === 'K₀')!;
		expect(Object.keys(stepLegend(k0, en))).toEqual(['ρ_0', 'c_0', 'r_0']);
		// every symbol of every step is explained in both languages
		for (const step of steps) {
			expect(Object.keys(stepLegend(step, zh))).toEqual(Object.keys(stepLegend(step, en)));
			expect(en.steps[step.id]).toBeDefined();
			expect(zh.steps[step.id]).toBeDefined();
		}
	});
});

describe('runsFor', () => {
	it('simulates 10,000 chains unless the horizon is too long for the sample budget', () => {
		expect(runsFor(120, MAX_SAMPLES)).toBe(10_000);
		expect(runsFor(600, MAX_SAMPLES)).toBe(5_000);
	});
});
