import { describe, expect, it } from 'vitest';
import { aboveTarget, budget, budgetFor, overrides, pageKind, target } from './budgets';

describe('budgets', () => {
	it('holds a page added later to its kind budget', () => {
		expect(pageKind('/en/calculate/transactions/')).toBe('calculator');
		expect(pageKind('/zh/learn/subscription-economics/')).toBe('article');
		expect(budgetFor('/zh/calculate/a-new-calculator/')).toEqual(budget.calculator);
		expect(budgetFor('/en/learn/a-new-article/')).toEqual(budget.article);
	});

	it('applies an override on top of the kind budget, in both locales', () => {
		const [path, own] = Object.entries(overrides)[0] ?? ['', {}];
		expect(path).not.toBe('');
		for (const locale of ['en', 'zh']) {
			const found = budgetFor(`/${locale}/${path}`);
			expect(found).toBeDefined();
			expect(found).not.toEqual(budget[pageKind(`/${locale}/${path}`) ?? 'home']);
			expect(found).toMatchObject(own);
		}
	});

	it('knows the workshop pages and no page outside the site', () => {
		expect(pageKind('/en/teach/kit/referral/')).toBe('workshop');
		expect(pageKind('/zh/teach/kit/referral/answers/')).toBe('worksheet');
		expect(pageKind('/en/calculate/clv/extra/')).toBeUndefined();
		expect(budgetFor('/en/somewhere/')).toBeUndefined();
	});

	it('sets no JS budget above the target, but for the pages named as still above it', () => {
		for (const [kind, own] of Object.entries(budget)) {
			expect(own.js, `${kind}'s JS budget`).toBeLessThanOrEqual(
				target[kind as keyof typeof target].js
			);
		}
		const above = Object.entries(overrides)
			.filter(([path, own]) => {
				const kind = pageKind(`/en/${path}`);
				return own.js !== undefined && kind !== undefined && own.js > target[kind].js;
			})
			.map(([path]) => path);
		expect(above).toEqual([...aboveTarget]);
	});
});
