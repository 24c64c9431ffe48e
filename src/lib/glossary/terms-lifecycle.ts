/** Terms of the customer-lifecycle article. */
import type { GlossaryTerm } from './terms';

export const lifecycleTerms: readonly GlossaryTerm[] = [
	{
		id: 'customer-lifecycle',
		zh: {
			term: '客户生命周期',
			definition: '从客户首次接触企业到双方关系完全终止的全过程，以及关系水平在其中的变化。'
		},
		en: {
			term: 'Customer lifecycle',
			definition:
				'The path of a relationship from first contact until it ends, and how its level changes along the way.'
		},
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'exploration-stage',
		zh: { term: '考察期', definition: '关系的探索和试验阶段：双方互相考察，客户贡献小。' },
		en: {
			term: 'Exploration stage',
			definition:
				'The trial stage of a relationship: both sides test each other; the customer contributes little.'
		},
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'formation-stage',
		zh: { term: '形成期', definition: '关系快速发展的阶段：已建立一定信任，企业开始盈利。' },
		en: {
			term: 'Formation stage',
			definition:
				'The stage of rapid growth: some trust exists and the firm starts to make a profit.'
		},
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'stability-stage',
		zh: { term: '稳定期', definition: '关系的最高阶段：双方承诺长期合作，交易量大，利润最高。' },
		en: {
			term: 'Stability stage',
			definition:
				'The highest level of a relationship: long-term commitment, high volume, the most profit.'
		},
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'decline-stage',
		zh: { term: '退化期', definition: '关系水平逆转的阶段，交易量下降；可能发生在任何阶段。' },
		en: {
			term: 'Decline stage',
			definition:
				'The stage when the relationship goes into reverse and volume falls; it can start from any stage.'
		},
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'recency-stages',
		zh: {
			term: '按消费时间划分的阶段',
			definition: '零售按距上次消费的时间把客户分为活跃、沉默、休眠、流失四个阶段。'
		},
		en: {
			term: 'Recency stages',
			definition: 'Retail stages by time since the last purchase: active, silent, dormant and lost.'
		},
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'loss-aversion',
		zh: {
			term: '损失规避',
			definition: '失去某样东西带来的痛苦大于得到同样东西的快乐，如“积分即将失效”的提醒。'
		},
		en: {
			term: 'Loss aversion',
			definition:
				'Losing something feels worse than gaining the same thing feels good, as in “your points expire soon”.'
		},
		articles: ['customer-lifecycle'],
		calculators: []
	},
	{
		id: 'win-back',
		zh: { term: '挽回', definition: '让已经流失的客户重新开始购买。' },
		en: { term: 'Win-back', definition: 'Getting a customer who has left to start buying again.' },
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'crm-stages',
		zh: {
			term: 'CRM 客户阶段',
			definition:
				'CRM 系统中可自定义的五种客户阶段：新客户、忠实客户、重点跟进客户、沉默客户、流失客户。'
		},
		en: {
			term: 'CRM stages',
			definition:
				'Five configurable stages in CRM software: new, loyal, key follow-up, silent and lost customers.'
		},
		articles: ['customer-lifecycle'],
		calculators: ['lifecycle']
	},
	{
		id: 'stickiness',
		zh: { term: '客户黏性', definition: '客户反复回来购买的倾向；一般成交三到五次后才会形成。' },
		en: {
			term: 'Stickiness',
			definition:
				'A customer’s tendency to keep coming back; it usually forms after three to five purchases.'
		},
		articles: ['customer-lifecycle'],
		calculators: []
	}
];
