/** Terms of the segmentation and CLV-in-practice articles. */
import type { GlossaryTerm } from './terms';

export const segmentsTerms: readonly GlossaryTerm[] = [
	{
		id: 'pareto-principle',
		zh: {
			term: '二八法则（帕累托法则）',
			definition: '经验法则：20% 的客户贡献 80% 的销售或利润；需要用自己的数据检验。'
		},
		en: {
			term: 'Pareto principle (80/20 rule)',
			definition:
				'The rule of thumb that 20% of customers bring 80% of sales or profit; check it against your own data.'
		},
		articles: ['customer-lifecycle', 'segmenting-by-value'],
		calculators: ['segments']
	},
	{
		id: 'customer-segmentation',
		zh: { term: '客户分群', definition: '把相似的客户归为一组，对每组采取不同的策略和投入。' },
		en: {
			term: 'Customer segmentation',
			definition:
				'Grouping similar customers so each group can be treated, and budgeted for, on purpose.'
		},
		articles: ['segmenting-by-value', 'clv-in-practice'],
		calculators: ['segments']
	},
	{
		id: 'gold-customer',
		zh: { term: '金子客户', definition: '愿意长期合作、每次交易都带来利润的客户。' },
		en: {
			term: 'Gold customer',
			definition: 'A customer in a long relationship who is profitable every time they buy.'
		},
		articles: ['segmenting-by-value'],
		calculators: ['segments']
	},
	{
		id: 'comet-customer',
		zh: { term: '彗星客户', definition: '每次交易都有利润、但常去尝试别家的客户。' },
		en: {
			term: 'Comet customer',
			definition: 'A customer who is profitable each time but keeps trying other firms.'
		},
		articles: ['segmenting-by-value'],
		calculators: ['segments']
	},
	{
		id: 'stream-customer',
		zh: { term: '溪流客户', definition: '忠诚地长期购买、但每次利润很小的客户。' },
		en: {
			term: 'Stream customer',
			definition: 'A loyal, regular customer who leaves only a small profit each time.'
		},
		articles: ['segmenting-by-value'],
		calculators: ['segments']
	},
	{
		id: 'pressure-customer',
		zh: { term: '压力客户', definition: '只在价格被压到微利甚至亏本时才购买的客户。' },
		en: {
			term: 'Pressure customer',
			definition: 'A customer who buys only when the price is pushed to a thin or negative margin.'
		},
		articles: ['segmenting-by-value'],
		calculators: ['segments']
	},
	{
		id: 'cluster-analysis',
		zh: { term: '聚类分析', definition: '按数据的相似程度把客户自动分成若干组的统计方法。' },
		en: {
			term: 'Cluster analysis',
			definition: 'A statistical method that groups customers by how similar their data are.'
		},
		articles: ['segmenting-by-value'],
		calculators: []
	},
	{
		id: 'customer-clusters',
		zh: {
			term: '客户聚类类型',
			definition: '按态度和行为聚类得到的客户群，如严苛型、犹豫型、节俭型和老练型。'
		},
		en: {
			term: 'Customer clusters',
			definition:
				'Groups found by clustering attitudes and behaviour, such as demanding, hesitant, thrifty and sophisticated customers.'
		},
		articles: ['segmenting-by-value'],
		calculators: []
	},
	{
		id: 'add-on-selling',
		zh: { term: '附加销售', definition: '在客户购买主产品时顺带销售配件或附加服务。' },
		en: {
			term: 'Add-on selling',
			definition: 'Selling accessories or extra services alongside the main purchase.'
		},
		articles: ['segmenting-by-value'],
		calculators: []
	},
	{
		id: 'multi-channel-marketing',
		zh: {
			term: '多渠道营销',
			definition: '通过门店、网店、电话、社交媒体等多个渠道接触和服务客户。'
		},
		en: {
			term: 'Multi-channel marketing',
			definition:
				'Reaching and serving customers through several channels: stores, online, phone, social media.'
		},
		articles: ['segmenting-by-value'],
		calculators: []
	},
	{
		id: 'rfm',
		zh: {
			term: 'RFM 评分',
			definition: '按最近一次消费（R）、消费频率（F）和消费金额（M）给客户打分，通常各分五档。'
		},
		en: {
			term: 'RFM scores',
			definition:
				'Scores for recency, frequency and monetary value of purchases, usually in quintiles from 1 to 5.'
		},
		articles: ['segmenting-by-value'],
		calculators: ['segments']
	},
	{
		id: 'personalisation',
		zh: {
			term: '个性化服务',
			definition: '根据客户的历史数据和偏好，为其提供量身定制的服务和推荐。'
		},
		en: {
			term: 'Personalisation',
			definition:
				'Tailoring service and offers to each customer from their history and preferences.'
		},
		articles: ['clv-in-practice'],
		calculators: []
	},
	{
		id: 'kpi',
		zh: { term: '关键绩效指标（KPI）', definition: '用来衡量和考核部门或企业表现的核心指标。' },
		en: {
			term: 'Key performance indicator (KPI)',
			definition: 'A core measure used to track and judge the performance of a team or firm.'
		},
		articles: ['clv-in-practice'],
		calculators: []
	},
	{
		id: 'roi',
		zh: { term: '投资回报率（ROI）', definition: '一项投入带来的净收益与投入成本之比。' },
		en: {
			term: 'Return on investment (ROI)',
			definition: 'The net gain from an investment divided by its cost.'
		},
		articles: ['clv-in-practice'],
		calculators: ['lifecycle', 'club']
	},
	{
		id: 'data-privacy',
		zh: {
			term: '数据隐私',
			definition: '客户对个人数据被如何收集和使用的权利；使用数据须守法并取得客户信任。'
		},
		en: {
			term: 'Data privacy',
			definition:
				'Customers’ rights over how their personal data are collected and used; data use must be lawful and trusted.'
		},
		articles: ['clv-in-practice'],
		calculators: []
	}
];
