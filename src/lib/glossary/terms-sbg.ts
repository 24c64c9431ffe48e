/** Terms of the subscription-retention article: the shifted-beta-geometric model and its values. */
import type { GlossaryTerm } from './terms';

export const sbgTerms: readonly GlossaryTerm[] = [
	{
		id: 'sbg',
		zh: {
			term: '移位贝塔几何模型（sBG）',
			definition:
				'订阅业务的留存模型：每位客户每期有固定的流失概率，客户之间的流失概率服从贝塔分布；于是整体留存率随在网时长上升。'
		},
		en: {
			term: 'Shifted-beta-geometric model (sBG)',
			definition:
				'A retention model for subscriptions: each customer has a fixed chance of leaving at every renewal, and these chances vary across customers as a beta distribution, so the group’s retention rises with tenure.'
		},
		articles: ['subscription-retention'],
		calculators: ['subscription']
	},
	{
		id: 'del',
		zh: {
			term: '折现预期在网时长（DEL）',
			definition:
				'一位新客户预计在网的期数，每期按折现率折算到今天（签约那一期算 1）；乘以每期毛利就是不含获客成本的 CLV。'
		},
		en: {
			term: 'Discounted expected lifetime (DEL)',
			definition:
				'The periods a new customer is expected to stay, each discounted to today (the sign-up period counts as 1); times the margin per period, it is CLV before the acquisition cost.'
		},
		articles: ['subscription-retention'],
		calculators: ['subscription']
	},
	{
		id: 'derl',
		zh: {
			term: '折现预期剩余在网时长（DERL）',
			definition:
				'一位已续订若干次的客户从下一次续订起预计还在网的期数，按折现率折算到今天；在 sBG 模型里，续订次数越多，它越大。'
		},
		en: {
			term: 'Discounted expected residual lifetime (DERL)',
			definition:
				'The periods a customer who has already renewed is still expected to stay from the next renewal on, discounted to today; under the sBG it grows with every renewal.'
		},
		articles: ['subscription-retention'],
		calculators: ['subscription']
	},
	{
		id: 'heterogeneity',
		zh: {
			term: '客户异质性',
			definition:
				'客户之间的流失倾向各不相同。容易走的人先走，留下的人越来越忠诚，所以即使每个人的倾向都不变，整体留存率也会上升。'
		},
		en: {
			term: 'Heterogeneity',
			definition:
				'Customers differ in how likely they are to leave; the likely leavers go first, so the group left grows more loyal and its retention rises even though no one changes.'
		},
		articles: ['subscription-retention'],
		calculators: ['subscription']
	},
	{
		id: 'right-censoring',
		zh: {
			term: '右删失',
			definition:
				'数据截止时客户仍在网：只知道他至少留了这么久，不知道会在何时离开。估计时应把他记为“仍在”，既不当作流失，也不当作永远不走。'
		},
		en: {
			term: 'Right-censoring',
			definition:
				'A customer still active when the data end: we know only that they stayed at least that long. A fit counts them as still there, neither as lost nor as staying for ever.'
		},
		articles: ['subscription-retention'],
		calculators: ['subscription']
	}
];
