/** Terms of the loyalty-models and value-multiplication articles. */
import type { GlossaryTerm } from './terms';

export const loyaltyTerms: readonly GlossaryTerm[] = [
	{
		id: 'loyalty-business-model',
		zh: {
			term: '客户忠诚的商业模式',
			definition: '企业以特别的产品、服务或价格，换取客户长期购买的经营方式。'
		},
		en: {
			term: 'Loyalty business model',
			definition:
				'A way of doing business that trades special products, service or prices for a customer’s long-term custom.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['points', 'complement', 'club']
	},
	{
		id: 'loyalty-points',
		zh: {
			term: '消费积分',
			definition: '客户每次消费按金额累积、可兑换商品或服务的点数，适合高频消费。'
		},
		en: {
			term: 'Loyalty points',
			definition:
				'Credits earned with each purchase and redeemable for goods or services; best suited to frequent purchases.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['points']
	},
	{
		id: 'frequent-flyer-programme',
		zh: {
			term: '常旅客计划',
			definition: '航空公司的会员计划：乘机攒积分，可升舱、换机票，并按积分分级享受特权。'
		},
		en: {
			term: 'Frequent-flyer programme',
			definition:
				'An airline’s membership scheme: flights earn points for upgrades and tickets, and tiers bring privileges.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['points']
	},
	{
		id: 'airline-alliance',
		zh: {
			term: '航空联盟',
			definition: '多家航空公司结成的联盟，会员可在任一成员航空公司累积和兑换积分，如天合联盟。'
		},
		en: {
			term: 'Airline alliance',
			definition:
				'A group of airlines, such as SkyTeam, whose members can earn and redeem points on any member airline.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['points']
	},
	{
		id: 'co-branded-card',
		zh: {
			term: '联名卡',
			definition: '银行与航空公司等企业合作发行的信用卡，刷卡积分可兑换合作方的商品或服务。'
		},
		en: {
			term: 'Co-branded card',
			definition:
				'A credit card issued with a partner such as an airline, whose points can be spent on the partner’s services.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['points']
	},
	{
		id: 'switching-cost',
		zh: {
			term: '转换成本',
			definition: '客户换用另一家企业时要付出的代价，如积分作废、信用记录从头积累。'
		},
		en: {
			term: 'Switching cost',
			definition:
				'What a customer gives up by moving to another firm, such as lost points or a credit history that starts again.'
		},
		articles: ['loyalty-business-models'],
		calculators: []
	},
	{
		id: 'points-liability',
		zh: {
			term: '积分负债',
			definition: '客户已获得、尚未兑换的积分在会计上构成的负债；从 CLV 角度看它也是对客户的投资。'
		},
		en: {
			term: 'Points liability',
			definition:
				'Points earned but not yet redeemed, owed to customers and carried as a liability; in CLV terms, an investment.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['points']
	},
	{
		id: 'complementary-product',
		zh: {
			term: '互补品',
			definition:
				'与主产品配套使用的产品或服务，如住房的物业管理；低价高频的互补品能提升主产品的价值。'
		},
		en: {
			term: 'Complementary product',
			definition:
				'A product or service used with the main one, like property management for a home; a cheap, frequent complement lifts the main product.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['complement']
	},
	{
		id: 'customer-club',
		zh: {
			term: '客户俱乐部',
			definition: '品牌为客户搭建的社交平台，如车友会、商学院校友会，适合毛利高、客户少的高端品牌。'
		},
		en: {
			term: 'Customer club',
			definition:
				'A social platform a brand builds for its customers, such as owners’ clubs or alumni associations; suits premium brands.'
		},
		articles: ['loyalty-business-models'],
		calculators: ['club']
	},
	{
		id: 'customer-value-multiplication',
		zh: {
			term: '客户价值倍增法则',
			definition: '长期维系的客户通过向上销售、交叉销售和推荐，价值成倍增长。'
		},
		en: {
			term: 'Customer-value multiplication',
			definition:
				'A customer kept for years is worth a multiple of the first sale, through up-selling, cross-selling and referrals.'
		},
		articles: ['customer-value-multiplication'],
		calculators: ['referral']
	},
	{
		id: 'referral-value',
		zh: {
			term: '推荐价值',
			definition:
				'客户推荐来的新客户带来的折现利润减去推荐奖励，加上节省的获客成本（Kumar 等，2007）。'
		},
		en: {
			term: 'Referral value',
			definition:
				'Discounted margin of the customers someone refers, minus rewards, plus acquisition costs saved (Kumar et al., 2007).'
		},
		articles: ['customer-value-multiplication'],
		calculators: ['referral']
	},
	{
		id: 'viral-coefficient',
		zh: {
			term: '病毒系数（K）',
			definition:
				'一位客户在其一生中平均带来的新客户数；K 小于 1 时，一位客户总共带来 1/(1−K) 位客户。'
		},
		en: {
			term: 'Viral coefficient (K)',
			definition:
				'New customers one customer brings in over their lifetime; with K below 1, one customer leads to 1/(1−K) in all.'
		},
		articles: ['customer-value-multiplication'],
		calculators: ['referral']
	},
	{
		id: 'share-of-wallet',
		zh: { term: '钱包份额', definition: '客户在某一品类的总支出中，花在本企业的比例。' },
		en: {
			term: 'Share of wallet',
			definition: 'The share of a customer’s spending in a category that goes to your firm.'
		},
		articles: ['customer-value-multiplication'],
		calculators: []
	},
	{
		id: 'cost-to-serve',
		zh: {
			term: '服务成本',
			definition:
				'为一位客户提供服务所花的费用，如客服、退换货、折扣；评价客户要看扣除它之后的利润。'
		},
		en: {
			term: 'Cost to serve',
			definition:
				'What it costs to serve a customer — support, returns, discounts; judge customers on profit after it.'
		},
		articles: ['customer-value-multiplication'],
		calculators: []
	},
	{
		id: 'satisfaction-drivers',
		zh: {
			term: '满意度驱动因素',
			definition: '逐级攀升的满意度来源：优质产品、业务流程与支持系统、外在技术表现，直至情感纽带。'
		},
		en: {
			term: 'Satisfaction drivers',
			definition:
				'Levels of what satisfies customers, climbing from good products to sound processes, end-to-end performance and emotional ties.'
		},
		articles: ['customer-value-multiplication'],
		calculators: []
	}
];
