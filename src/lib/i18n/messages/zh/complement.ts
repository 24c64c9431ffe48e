import type en from '../en/complement';

const complement = {
	title: '互补品计算器',
	intro:
		'房子可能十年才买一次，物业费却每个月都要交。一个好的高频互补品，能为高价低频的主产品增加多少客户终身价值？它自己的利润、复购、推荐和售价溢价，各贡献了多少？这里把有无互补品时的 CLV 并排算出来，并按来源拆开。',
	presets: {
		'vanke-property-services': '万科住宅 + 万科物业'
	},
	cases: {
		'vanke-property-services':
			'开发商卖房子只卖一次，物业公司却天天在为业主服务。物业做得好，业主换房时还会找同一家开发商，会向朋友推荐，房子新房和二手都能卖出更高的价钱。'
	},
	groups: {
		main: '主产品：价格高、很少买',
		complement: '互补品：价格低、经常付费',
		effects: '互补品带来的变化',
		valuation: '折现与期限'
	},
	fields: {
		price: '主产品价格',
		mainMargin: '主产品毛利率',
		repurchase: '业主下次仍向你购买的概率',
		cycle: '两次购买相隔的年数',
		referrals: '每位业主每年推荐的朋友数',
		conversion: '被推荐的朋友中购买的比例',
		fee: '互补品每月收费',
		feeMargin: '互补品利润率',
		repurchaseUplift: '复购概率提升（百分点）',
		referralsUplift: '每位业主每年多推荐的人数',
		conversionUplift: '推荐成交率提升（百分点）',
		premium: '主产品的售价溢价',
		discount: '年折现率',
		years: '计算期限'
	},
	hints: {
		price: '客户买一件主产品（例如一套住房）付的钱。',
		mainMargin: '售价扣除建造和销售成本后剩下的比例。',
		repurchase: '每次换房时，业主再向你购买的概率；第二次复购需要再一次点头。',
		cycle: '业主住多少年才换下一套。',
		referrals: '没有互补品时，一位业主一年里向朋友推荐的次数。',
		conversion: '被推荐的朋友中最终购买的比例。',
		fee: '对住房来说，就是每月的物业费。',
		feeMargin: '物业费中作为利润留下的比例。',
		repurchaseUplift: '对服务满意的业主更愿意回头购买。',
		referralsUplift: '满意的业主推荐得更多。',
		conversionUplift: '朋友能亲眼看到物业服务，买的人也更多。',
		premium: '物业好，新房和二手房都能卖得更贵；这里计入的每一次购买都享有这个溢价。',
		discount: '将来的钱不如现在的钱值钱：t 年后的现金流要除以 (1 + i)^t。',
		years: '一位客户的关系计算多少年。'
	},
	result: {
		label: '互补品为 CLV 增加的价值',
		detail: (without: string, withComplement: string) =>
			`每位购房客户：没有互补品时为 ${without}，有互补品时为 ${withComplement}。`,
		relative: (share: string) => `多了 ${share}。`
	},
	figures: {
		without: '没有互补品时每位客户的 CLV',
		with: '有互补品时每位客户的 CLV',
		complementYear: '每位业主每年的互补品利润',
		mainMargin: '主产品每笔销售的毛利'
	},
	chart: {
		heading: '价值从哪里来',
		title: '有无互补品时每位客户的 CLV（按来源）',
		summary: (without: string, withComplement: string, biggest: string) =>
			`CLV 从 ${without} 增加到 ${withComplement}，增量最大的一项来自${biggest}。`,
		scenario: '情形',
		without: '没有互补品',
		with: '有互补品',
		sources: {
			main: '首次购买',
			repurchase: '复购',
			complement: '互补品利润（交叉销售）',
			referrals: '推荐来的买家',
			premium: '售价溢价'
		},
		note: '推荐来的买家只计算他们的首次购买；他们之后的复购和推荐，请用“推荐倍增”计算器继续追踪。'
	},
	summary: {
		relative: '相对没有互补品时 CLV 的增幅',
		bySource: '有互补品时的 CLV（按来源）'
	},
	gain: {
		heading: '增加的价值由什么构成',
		item: (amount: string, share: string) => `${amount}（占增量的 ${share}）`,
		none: '在这组数字下，互补品没有带来任何变化。'
	},
	facts: {
		heading: '关于万科这个例子',
		note: '以下是案例中的事实；计算器里的数字只是示意。',
		'vanke-services-revenue-2018': (amount: number) =>
			`2018 年，万科物业营收突破 ${amount / 1e8} 亿元，是全国物业行业第一家营收过百亿的企业。`,
		'vanke-services-top-ranking-2019': (years: number) =>
			`2019 年，万科物业获评中国物业服务百强企业第一名，已连续 ${years} 年位居榜首。`,
		'vanke-premium-new-and-resale':
			'同样地段，万科的房子售价更高；多年后业主转手，买家仍愿意多付一些，很大程度上是看中了物业管理。',
		'vanke-owners-refer-and-rebuy':
			'不少业主卖掉旧房后，到了新的地方还是买万科，还乐于向朋友推荐，成了万科不拿佣金的推销员。'
	},
	steps: {
		without: '没有互补品时',
		with: '有互补品时',
		difference: '两者之差',
		names: {
			discountedRepurchases: '预期复购次数（折现后）',
			discountedOwnerYears: '预期作为业主的年数（折现后）',
			main: '首次购买的毛利',
			repurchase: '复购的毛利',
			referrals: '推荐来的买家带来的毛利',
			complement: '互补品的利润',
			premium: '每次购买的售价溢价',
			clv: '每位客户的 CLV',
			difference: '互补品增加的价值'
		}
	},
	symbols: {
		main: '首购',
		repurchase: '复购',
		referrals: '推荐',
		complement: '物业',
		premium: '溢价'
	},
	legend: {
		P: '主产品价格',
		g_m: '主产品毛利率',
		q: '复购概率',
		'q′': '有互补品时的复购概率',
		Y: '两次购买相隔的年数',
		k: '第几次复购',
		j: '一个周期内的第几年',
		i: '年折现率',
		D: '折现后的预期复购次数',
		'D′': '有互补品时的同一数值',
		A: '折现后的预期业主年数',
		'A′': '有互补品时的同一数值',
		ρ: '每位业主每年的推荐数',
		'ρ′': '有互补品时的推荐数',
		κ: '推荐成交率',
		'κ′': '有互补品时的推荐成交率',
		f: '互补品每月收费',
		g_c: '互补品利润率',
		π: '售价溢价',
		首购: '首次购买的毛利',
		复购: '复购的毛利',
		推荐: '推荐来的买家带来的毛利',
		物业: '互补品的利润',
		溢价: '售价溢价带来的收入',
		CLV: '没有互补品时的 CLV',
		'CLV′': '有互补品时的 CLV'
	} as Record<string, string>
} satisfies typeof en;

export default complement;
