import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/calculators';
import zh from '$lib/i18n/messages/zh/calculators';
import { glossaryEntries } from './entries';
import type { GlossaryTerm } from './terms';

const term = (id: string, zhTerm: string, enTerm: string, articles: string[] = []) =>
	({
		id,
		zh: { term: zhTerm, definition: `${zhTerm}的定义` },
		en: { term: enTerm, definition: `What ${enTerm} means` },
		articles,
		calculators: id === 'clv' ? ['clv'] : []
	}) satisfies GlossaryTerm;

const terms = [
	term('retention', '留存率', 'Retention rate', ['how-to-calculate-clv', 'missing']),
	term('clv', '客户终身价值', 'Customer lifetime value'),
	term('churn', '流失率', 'Churn')
];

describe('glossaryEntries', () => {
	it('sorts by the page language and gives the other language’s term and tag', () => {
		const english = glossaryEntries('en', {}, en, terms);
		expect(english.map((e) => e.term)).toEqual([
			'Churn',
			'Customer lifetime value',
			'Retention rate'
		]);
		expect(english[0]!.other).toEqual({ term: '流失率', lang: 'zh-CN' });
		const chinese = glossaryEntries('zh', {}, zh, terms);
		// Chinese sorts by pinyin: kè (客), liú (流), liú (留)
		expect(chinese[0]!.term).toBe('客户终身价值');
		expect(chinese[0]!.other.lang).toBe('en');
	});

	it('links the articles that exist in this language, then the calculators', () => {
		const titles = { 'how-to-calculate-clv': 'How to calculate CLV' };
		const retention = glossaryEntries('en', titles, en, terms).find((e) => e.id === 'retention')!;
		expect(retention.links).toEqual([
			{ href: '/en/learn/how-to-calculate-clv/', title: 'How to calculate CLV' }
		]);
		const clv = glossaryEntries('zh', titles, zh, terms).find((e) => e.id === 'clv')!;
		expect(clv.links).toEqual([{ href: '/zh/calculate/clv/', title: zh.clv.title }]);
	});
});
