/** Terms of the first two articles: what CLV is and how it is calculated. */
import type { GlossaryTerm } from './terms';

export const basicsTerms: readonly GlossaryTerm[] = [
	{
		id: 'clv',
		zh: {
			term: '客户终身价值（CLV）',
			definition:
				'一位客户在今后的关系中预计为企业带来的净利润，按今天的价值计算；已经实现的部分属于历史价值。'
		},
		en: {
			term: 'Customer lifetime value (CLV)',
			definition:
				'The net profit a customer is expected to bring from now on, in today’s money; what they have already brought is historical value.'
		},
		articles: [
			'what-is-clv',
			'loyalty-business-models',
			'customer-lifecycle',
			'segmenting-by-value',
			'clv-in-practice'
		],
		calculators: ['clv', 'lifecycle', 'referral', 'segments', 'points', 'complement', 'club']
	},
	{
		id: 'retention-rate',
		zh: { term: '留存率', definition: '本期仍是客户的人，下一期继续留下来的比例。' },
		en: {
			term: 'Retention rate',
			definition: 'The share of this period’s customers who are still customers next period.'
		},
		articles: ['what-is-clv', 'how-to-calculate-clv', 'clv-in-practice'],
		calculators: ['clv', 'referral', 'points', 'club']
	},
	{
		id: 'churn',
		zh: { term: '流失率', definition: '一期内离开的客户比例，等于 1 减去留存率。' },
		en: {
			term: 'Churn rate',
			definition: 'The share of customers who leave in a period: one minus the retention rate.'
		},
		articles: ['how-to-calculate-clv'],
		calculators: ['clv', 'lifecycle']
	},
	{
		id: 'discount-rate',
		zh: {
			term: '折现率',
			definition: '把未来的钱换算成今天价值时使用的每期利率，反映资金的时间价值和风险。'
		},
		en: {
			term: 'Discount rate',
			definition:
				'The rate per period used to turn future money into today’s money, reflecting time value and risk.'
		},
		articles: ['how-to-calculate-clv'],
		calculators: ['clv', 'lifecycle', 'referral']
	},
	{
		id: 'acquisition-cost',
		zh: { term: '获客成本', definition: '赢得一位新客户平均要花的钱，如广告、促销和销售费用。' },
		en: {
			term: 'Acquisition cost',
			definition:
				'What it costs on average to win one new customer: advertising, promotions, sales effort.'
		},
		articles: ['what-is-clv', 'customer-value-multiplication'],
		calculators: ['clv', 'referral']
	},
	{
		id: 'gross-margin',
		zh: {
			term: '毛利率',
			definition: '销售收入中扣除直接成本后留下的比例；CLV 应按利润而不是收入计算。'
		},
		en: {
			term: 'Gross margin',
			definition:
				'The share of revenue left after direct costs; CLV should count profit, not revenue.'
		},
		articles: ['what-is-clv', 'how-to-calculate-clv'],
		calculators: ['clv', 'referral', 'complement']
	},
	{
		id: 'margin-multiple',
		zh: {
			term: '利润乘数',
			definition: 'CLV 与每期利润之比，r/(1+i−r)，由 Gupta 与 Lehmann 提出。'
		},
		en: {
			term: 'Margin multiple',
			definition:
				'CLV divided by the margin per period, r/(1+i−r), as popularised by Gupta and Lehmann.'
		},
		articles: ['how-to-calculate-clv'],
		calculators: ['clv']
	},
	{
		id: 'historical-value',
		zh: { term: '历史价值', definition: '客户到目前为止已经为企业实现的价值。' },
		en: {
			term: 'Historical value',
			definition: 'The value a customer has already brought the firm up to today.'
		},
		articles: ['what-is-clv'],
		calculators: []
	},
	{
		id: 'current-value',
		zh: { term: '当前价值', definition: '如果客户的行为不改变，今后还会带来的价值。' },
		en: {
			term: 'Current value',
			definition: 'The future value a customer brings if their behaviour stays as it is.'
		},
		articles: ['what-is-clv'],
		calculators: []
	},
	{
		id: 'potential-value',
		zh: {
			term: '潜在价值',
			definition: '通过交叉销售、向上销售或鼓励推荐，能额外激发出来的价值。'
		},
		en: {
			term: 'Potential value',
			definition:
				'The extra value that cross-selling, up-selling or encouraging referrals could unlock.'
		},
		articles: ['what-is-clv'],
		calculators: []
	},
	{
		id: 'cross-selling',
		zh: { term: '交叉销售', definition: '向现有客户销售他们还没买过的其他产品。' },
		en: {
			term: 'Cross-selling',
			definition: 'Selling existing customers other products they have not bought yet.'
		},
		articles: [
			'what-is-clv',
			'how-to-calculate-clv',
			'customer-value-multiplication',
			'segmenting-by-value',
			'clv-in-practice'
		],
		calculators: ['referral']
	},
	{
		id: 'up-selling',
		zh: { term: '向上销售', definition: '让客户升级到更高档、利润更高的版本。' },
		en: {
			term: 'Up-selling',
			definition: 'Moving a customer to a better, more profitable version of what they buy.'
		},
		articles: ['what-is-clv', 'customer-value-multiplication', 'segmenting-by-value'],
		calculators: ['referral']
	},
	{
		id: 'referral',
		zh: { term: '推荐购买', definition: '老客户把企业介绍给亲友，后者因此成为新客户。' },
		en: {
			term: 'Referral',
			definition: 'An existing customer introduces friends or peers, who become customers.'
		},
		articles: ['what-is-clv', 'how-to-calculate-clv', 'customer-value-multiplication'],
		calculators: ['referral', 'complement', 'club']
	},
	{
		id: 'one-shot-deal',
		zh: {
			term: '一锤子买卖',
			definition: '只求把眼前这一单的钱赚足、不考虑客户是否再来的单次博弈心态。'
		},
		en: {
			term: 'One-shot deal',
			definition:
				'A one-round mindset that squeezes the most out of today’s sale with no thought of the customer returning.'
		},
		articles: ['what-is-clv'],
		calculators: []
	},
	{
		id: 'present-value',
		zh: { term: '现值', definition: '未来一笔钱按折现率换算到今天的价值。' },
		en: {
			term: 'Present value',
			definition: 'What a future amount is worth today, after discounting at the discount rate.'
		},
		articles: ['how-to-calculate-clv'],
		calculators: ['clv']
	},
	{
		id: 'timing-convention',
		zh: {
			term: '时点约定',
			definition:
				'留存公式假设利润何时到账：期初（第一笔利润今天到账）、期末（一期后到账，前提是客户留下）或首笔确定（一期后到账，一定会有）；同一位客户的 CLV 因此不同。'
		},
		en: {
			term: 'Timing convention',
			definition:
				'When a retention formula assumes margins arrive: start of period (first margin today), end of period (after one period, if the customer stays) or first margin certain (after one period, for sure); it changes the CLV of the same customer.'
		},
		articles: ['how-to-calculate-clv'],
		calculators: ['clv']
	},
	{
		id: 'continuing-value',
		zh: {
			term: '客户持续价值',
			definition: '预计交易次数 × 平均每次购买金额 − 获客成本 + 推荐客户的净收入。'
		},
		en: {
			term: 'Continuing value',
			definition:
				'Expected purchases × average purchase − acquisition cost + net income from the customers referred.'
		},
		articles: ['how-to-calculate-clv', 'customer-value-multiplication'],
		calculators: ['clv']
	}
];
