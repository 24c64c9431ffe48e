/** Terms of the "predict from your transactions" page and its article. */
import type { GlossaryTerm } from './terms';

const article = ['predict-from-transactions'];
const calculators = ['transactions'] as const;

export const btydTerms: readonly GlossaryTerm[] = [
	{
		id: 'non-contractual',
		zh: {
			term: '非契约关系',
			definition: '客户离开时不会告知商家（如零售、餐饮、网店），是否还是客户只能从购买记录推断。'
		},
		en: {
			term: 'Non-contractual setting',
			definition:
				'A business where customers leave without saying so (shops, restaurants, online retail), so whether they are still customers can only be inferred from their purchases.'
		},
		articles: article,
		calculators
	},
	{
		id: 'contractual',
		zh: {
			term: '契约关系',
			definition: '客户的离开可以直接看到的关系（订阅、合同、会员续费），适合用留存模型。'
		},
		en: {
			term: 'Contractual setting',
			definition:
				'A relationship in which you see each customer leave (subscriptions, contracts, memberships); a retention model fits it.'
		},
		articles: article,
		calculators
	},
	{
		id: 'bg-nbd',
		zh: {
			term: 'BG/NBD 模型',
			definition:
				'Fader、Hardie 与 Lee（2005）的模型：客户活跃时按各自的频率购买，每次购买后有一定概率永久离开。'
		},
		en: {
			term: 'BG/NBD model',
			definition:
				'The model of Fader, Hardie & Lee (2005): while active, each customer buys at their own rate, and after each purchase may leave for good.'
		},
		articles: article,
		calculators
	},
	{
		id: 'pareto-nbd',
		zh: {
			term: 'Pareto/NBD 模型',
			definition:
				'Schmittlein、Morrison 与 Colombo（1987）的模型：客户按各自的频率购买，并在任意时刻悄悄离开。'
		},
		en: {
			term: 'Pareto/NBD model',
			definition:
				'The model of Schmittlein, Morrison & Colombo (1987): each customer buys at their own rate and leaves quietly at a random moment.'
		},
		articles: article,
		calculators
	},
	{
		id: 'gamma-gamma',
		zh: {
			term: 'Gamma-Gamma 模型',
			definition: '预测每笔消费金额的模型：每位客户有自己的平均消费，平均消费又因客户而异。'
		},
		en: {
			term: 'Gamma-Gamma model',
			definition:
				'A model of spend per purchase: each customer has their own average, and averages vary between customers.'
		},
		articles: article,
		calculators
	},
	{
		id: 'p-alive',
		zh: {
			term: 'P(alive)（仍活跃的概率）',
			definition: '根据客户过去何时购买，推算他现在仍是客户（没有悄悄流失）的概率。'
		},
		en: {
			term: 'P(alive)',
			definition:
				'The probability that a customer is still a customer, given only when they bought in the past.'
		},
		articles: article,
		calculators
	},
	{
		id: 'repeat-frequency',
		zh: {
			term: '重复购买次数（x）',
			definition: '校准期内第一次购买之后的购买次数；同一天的多笔购买算一次。'
		},
		en: {
			term: 'Repeat purchases (x)',
			definition:
				'Purchases after the first one in the calibration period; several on one day count as one.'
		},
		articles: article,
		calculators
	},
	{
		id: 'recency-tx',
		zh: {
			term: '末次购买时间（t_x）与客户年龄（T）',
			definition: 't_x 是从第一次到最后一次购买的时间，T 是从第一次购买到校准期结束的时间。'
		},
		en: {
			term: 'Recency (t_x) and age (T)',
			definition:
				't_x is the time from the first purchase to the last one; T the time from the first purchase to the end of the calibration period.'
		},
		articles: article,
		calculators
	},
	{
		id: 'holdout',
		zh: {
			term: '校准期与留出期',
			definition: '模型只用校准期的数据拟合，再用它没见过的留出期检验预测。'
		},
		en: {
			term: 'Calibration and holdout periods',
			definition:
				'A model is fitted to the calibration period only, then its predictions are checked on the holdout period it never saw.'
		},
		articles: article,
		calculators
	},
	{
		id: 'maximum-likelihood',
		zh: {
			term: '最大似然估计',
			definition: '选出让观察到的数据出现概率最大的参数值；标准误表示数据把参数确定得有多准。'
		},
		en: {
			term: 'Maximum likelihood',
			definition:
				'Choosing the parameter values under which the observed data are most probable; a standard error says how precisely the data pin each one down.'
		},
		articles: article,
		calculators
	},
	{
		id: 'predictive-interval',
		zh: {
			term: '预测区间',
			definition:
				'一位客户未来价值可能落入的范围：80% 区间表示十位同样历史的客户里约有八位落在其中。'
		},
		en: {
			term: 'Predictive interval',
			definition:
				'The range one customer’s future value is likely to fall in: an 80% range holds about eight of ten customers with the same history.'
		},
		articles: article,
		calculators
	}
];
