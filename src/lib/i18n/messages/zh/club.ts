import type en from '../en/club';

const club = {
	title: '客户俱乐部计算器',
	intro:
		'车友会、校友会每年都要花钱。会员多做的售后、多留的年头、带来的朋友，能不能把这笔钱赚回来？这里按每位会员、按今天的钱，算出俱乐部的投资回报率和回本年份。',
	presets: {
		'premium-car-club': '豪华车车友会',
		'business-school-alumni': '商学院校友会'
	},
	cases: {
		'premium-car-club':
			'豪车车主（比如保时捷、蔚来）加入品牌车友会，图的是身份认同和圈子。活跃会员会一直回店保养，给车厂带来持续的现金流；换车时还选这个品牌，也会把车推荐给同一圈层的朋友。',
		'business-school-alumni':
			'EMBA 等课程的校友（比如中欧、长江）自己张罗校友会的大部分活动，学校只需稍加引导，花费不多。校友会回来报读其他课程，还会介绍同事和朋友来报名。'
	},
	groups: {
		club: '俱乐部',
		customers: '没有俱乐部时的客户',
		effects: '俱乐部带来的变化',
		valuation: '折现与期限'
	},
	fields: {
		cost: '每位会员每年的俱乐部成本',
		afterSales: '每位客户每年的售后收入',
		afterSalesMargin: '售后收入的利润率',
		otherMargin: '每位客户每年的其他利润',
		retention: '年留存率',
		referrals: '每位客户每年推荐成交的人数',
		referralValue: '每位被推荐客户带来的利润',
		afterSalesUplift: '会员售后收入的提升',
		retentionUplift: '留存率提升（百分点）',
		referralsUplift: '每位会员每年多推荐成交的人数',
		discount: '年折现率',
		years: '计算期限'
	},
	hints: {
		cost: '活动、人员、场地和礼品的开销，平摊到每位活跃会员。',
		afterSales: '汽车的保养和配件；商学院的后续课程。',
		afterSalesMargin: '售后收入中作为利润留下的比例。',
		otherMargin: '客户一年里带来的其他利润，比如把下一辆车的利润平摊到各年。',
		retention: '一年后仍然留在这个品牌的客户比例。',
		referrals: '没有俱乐部时，一位客户每年带来并成交的朋友数。',
		referralValue: '一位被推荐的朋友购买（一辆车、一个课程）带来的利润。',
		afterSalesUplift: '常开车、常聚会的会员，回店保养也更勤。',
		retentionUplift: '有了圈子归属感，会员留得更久。',
		referralsUplift: '会员在朋友圈里晒活动，带来的朋友也更多。',
		discount: '将来的钱不如现在的钱值钱：t 年后的现金流要除以 (1 + i)^t。',
		years: '一位会员的关系计算多少年。'
	},
	result: {
		label: '俱乐部投资回报率',
		undefined: '无法定义',
		ratioDetail: (net: string, gain: string, cost: string) =>
			`每位会员的净价值为 ${net}：增加的利润 ${gain}，减去俱乐部成本 ${cost}，均按今天的钱计算。`,
		undefinedDetail: (net: string) =>
			`俱乐部不花钱，投资回报率的分母为零，这个比率没有意义。它为每位会员带来的净价值是 ${net}。`
	},
	payback: {
		heading: '回本时间',
		year: (year: number) => `俱乐部在第 ${year} 年回本：从这一年起，累计增加的利润超过了累计成本。`,
		never: (years: string) => `俱乐部在 ${years}内无法回本：增加的利润始终追不上成本。`,
		free: '俱乐部不花钱，谈不上回本。',
		marker: (year: number) => `第 ${year} 年回本`
	},
	figures: {
		incremental: '每位会员增加的利润（现值）',
		clubCost: '每位会员的俱乐部成本（现值）',
		netValue: '每位会员的净价值',
		retentionWith: '会员的年留存率',
		marginWith: '每位会员每年的利润',
		marginWithout: (amount: string) => `没有俱乐部时为 ${amount}`
	},
	effects: {
		heading: '每种效果单独值多少',
		body: '只打开俱乐部的某一种效果时，每位会员增加的利润（现值）。几种效果相互叠加，所以三项之和不完全等于总数：会员留得越久，保养和推荐的年头也越长。',
		afterSales: '售后生意增加',
		retention: '会员留得更久',
		referrals: '推荐成交增加'
	},
	chart: {
		heading: '俱乐部什么时候回本？',
		title: '每位会员的累计俱乐部成本与累计增加利润（现值）',
		cost: '累计俱乐部成本',
		profit: '累计增加的利润',
		summary: (profit: string, cost: string, years: string, payback: string) =>
			`${years}后，累计增加的利润为 ${profit}，累计成本为 ${cost}。${payback}`
	},
	summary: {
		paybackYear: '回本年份',
		netByYear: '各年累计增加利润减去俱乐部成本'
	},
	steps: {
		'club.marginWithout': '没有俱乐部时每位客户每年的利润',
		'club.marginWith': '有俱乐部时每位会员每年的利润',
		'club.retentionWith': '会员的留存率',
		'club.profitWithout': '没有俱乐部时每位客户的利润现值',
		'club.profitWith': '有俱乐部时每位会员的利润现值',
		'club.incrementalProfit': '俱乐部带来的增量利润',
		'club.cost': '俱乐部成本的现值',
		'club.netValue': '俱乐部的净价值',
		'club.roi': '俱乐部成本的投资回报率'
	} as Record<string, string>,
	legend: {
		M: '每年售后收入',
		g_a: '售后利润率',
		Δa: '售后收入提升',
		m_o: '每年其他利润',
		ρ: '每年推荐成交人数',
		Δρ: '每年多推荐成交的人数',
		V: '每位被推荐客户的利润',
		r: '没有俱乐部时的留存率',
		Δr: '留存率提升',
		'r′': '会员的留存率',
		'm₀': '没有俱乐部时的年利润',
		'm₁': '有俱乐部时的年利润',
		C: '每位会员每年的俱乐部成本',
		i: '年折现率',
		t: '年份',
		'Π₀': '没有俱乐部时的利润',
		'Π₁': '有俱乐部时的利润',
		ΔΠ: '俱乐部带来的增量利润',
		K: '俱乐部成本现值'
	} as Record<string, string>
} satisfies typeof en;

export default club;
