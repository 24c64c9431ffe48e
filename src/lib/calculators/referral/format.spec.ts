import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/referral';
import zh from '$lib/i18n/messages/zh/referral';
import sectionsEn from '$lib/i18n/messages/en/referral-sections';
import { MAX_SAMPLES, projectReferral } from '$lib/model/referral';
import wordsEn from '$lib/i18n/messages/en/words';
import type { FieldProblem } from '$lib/state/field-problem';
import { problemMessages } from '$lib/ui/calculator';
import { toParams } from './fields';
import { customers, exactCustomers, rounded, shownCount } from './format';
import { explainProblem } from './input-texts';
import { runsFor } from './mc-protocol';
import { presetInputs } from './presets';
import { stepLegend, stepSymbol } from './steps';

describe('explainProblem', () => {
	it('names the minimum market size in the page’s language', () => {
		const problem = { input: 'cap', kind: 'range', format: 'count', min: 500, max: 1e12 } as const;
		expect(explainProblem(problem, en, 'en', 'USD', 'year')).toContain('at least 500');
		expect(explainProblem(problem, zh, 'zh', 'CNY', 'year')).toContain('请至少填 500');
	});

	it('says in which period growth ran away, and why a cycle needs a period', () => {
		const tooMany = { input: 'years', kind: 'max', format: 'count', min: 1, max: 36 } as const;
		expect(explainProblem(tooMany, en, 'en', 'USD', 'month')).toContain('by month 37');
		expect(explainProblem(tooMany, zh, 'zh', 'CNY', 'month')).toContain('到第 37 个月');
		const lag = { input: 'lag', kind: 'range', format: 'count', min: 1, max: 600 } as const;
		expect(explainProblem(lag, en, 'en', 'USD', 'quarter')).toContain('at least 1 quarter');
		expect(explainProblem(lag, zh, 'zh', 'CNY', 'quarter')).toContain('至少要 1 个季度');
	});

	it('leaves other refusals to the kit, which formats percent limits as percent', () => {
		const range = {
			input: 'fRetention',
			kind: 'range',
			format: 'percent',
			min: 0,
			max: 1
		} as const;
		const explain = (p: FieldProblem) => explainProblem(p, en, 'en', 'USD', 'year');
		expect(explain(range)).toBeUndefined();
		expect(problemMessages(range, wordsEn, 'en', 'USD', String, explain).byInput).toEqual({
			fRetention:
				'The model needs a value from 0% to 100% here. The results still show your last valid inputs.'
		});
		// the calculator's own words replace the kit's, with the same note
		const cap = { input: 'cap', kind: 'range', format: 'count', min: 500, max: 1e12 } as const;
		expect(problemMessages(cap, wordsEn, 'en', 'USD', String, explain).byInput.cap).toBe(
			`${explain(cap)} The results still show your last valid inputs.`
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

describe('customers', () => {
	it('writes expected customers as whole people, with the exact expectation kept for tables', () => {
		expect(customers(69.24, 'en', en)).toBe('69');
		expect(customers(69.5, 'en', en)).toBe('70');
		expect(customers(12_345.6, 'en', en)).toBe('12,346');
		expect(customers(12_345.6, 'zh', zh)).toBe('12,346');
		expect(exactCustomers(69.24, 'en')).toBe('69.24');
		expect(exactCustomers(0.01234, 'en')).toBe('0.0123');
		expect(exactCustomers(12_345.6, 'en')).toBe('12,346');
	});

	it('never reads 0 when there are some customers, and 0 when there are none', () => {
		expect(customers(0.3, 'en', en)).toBe('under 1');
		expect(customers(0.3, 'zh', zh)).toBe('不到 1');
		expect(customers(0.5, 'en', en)).toBe('1');
		expect(customers(0, 'en', en)).toBe('0');
		// and the tree's label agrees in number with what it shows
		expect(sectionsEn.tree.customers(customers(0.3, 'en', en), shownCount(0.3))).toBe(
			'under 1 customer'
		);
		expect(sectionsEn.tree.customers(customers(0, 'en', en), shownCount(0))).toBe('0 customers');
		expect(sectionsEn.tree.customers(customers(1.2, 'en', en), shownCount(1.2))).toBe('1 customer');
		expect(sectionsEn.tree.customers(customers(2.6, 'en', en), shownCount(2.6))).toBe(
			'3 customers'
		);
	});

	it('knows when a whole number hides a fraction worth showing', () => {
		expect(rounded(69.24)).toBe(true);
		expect(rounded(3)).toBe(false);
		expect(rounded(2.999_999)).toBe(false);
	});

	it('writes no fractional head count in the headline, tree or reach of any example', () => {
		for (const id of ['software-vendor', 'software-chain', 'subscription-app', 'b2b-services']) {
			const { totals } = projectReferral(toParams(presetInputs(id, 'en')));
			expect(customers(totals.customersAcquired, 'en', en)).toMatch(/^(\d{1,3}(,\d{3})*|under 1)$/);
		}
	});
});
