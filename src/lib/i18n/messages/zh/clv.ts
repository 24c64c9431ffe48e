import type en from '../en/clv';
import words from './words';

const clv = {
	title: '客户终身价值计算器',
	intro:
		'填入一位典型客户每期花多少钱、其中多少是毛利、留下来的可能性有多大、赢得他花了多少成本。所有教科书公式都用同一组数字计算，每一步算式都列出来。',
	inputsHeading: '你的客户',
	fields: {
		spend: (unit: string) => `每${unit}消费额`,
		grossMargin: '毛利率',
		retention: (unit: string) => `每${unit}留存率`,
		discountRate: '年折现率',
		acquisitionCost: '获客成本',
		years: '关系持续时间',
		growth: '消费额年增长率',
		purchases: (unit: string) => `每${unit}购买次数`,
		referralIncome: '推荐客户带来的净收入',
		churn: (unit: string) => `每${unit}流失率`,
		customers: '客户数量'
	},
	hints: {
		spend: '一位客户在一期内带来的收入。',
		grossMargin: '收入扣除直接成本后留下的比例。CLV 算的是利润，不是收入。',
		retention: (annual: string) => `本期的客户到下一期仍是客户的比例。折合每年为 ${annual}。`,
		discountRate: (perPeriod: string, unit: string) =>
			`按复利换算：每${unit} ${perPeriod}，而不是把年利率直接平均分摊。`,
		acquisitionCost: '赢得一位客户所花的广告、促销和销售费用。',
		years: '有限期公式计算多少年。',
		growth: '用于现金流折现公式（向上销售、消费额上升）。',
		purchases: '用于“持续价值”公式，计算交易次数。',
		referralIncome: '用于“持续价值”公式：这位客户推荐来的人带来的利润。',
		churn: '每期流失的客户比例，等于 100% 减去留存率。两者填一个即可。',
		customers: '你现在有多少客户：用于计算客户资产，以及每个杠杆对全部客户值多少钱。'
	},
	moreInputs: '更多输入（增长、购买次数、推荐）',
	yearsUnit: '年',
	timing: {
		legend: '利润在什么时候到账？',
		'start-of-period': '期初：第一笔利润今天到账',
		'end-of-period': '期末：第一笔利润一期后到账，前提是客户留下',
		'end-first-certain': '首笔确定：第一笔利润一期后到账，一定会有',
		explainerHeading: '为什么教科书的答案不一样',
		explainer:
			'三本教科书给同一位客户算出三个不同的值，原因是它们把现金流放在了不同的时间点上。选一种用于上方的主结果；下表按无限期列出三种算法，差别一目了然。',
		multiple: '利润乘数',
		value: 'CLV（无限期，未扣获客成本）',
		difference: '与所选算法的差额',
		formula: '公式',
		chosen: '当前所选'
	},
	horizon: {
		legend: '计算期限',
		finite: (years: number, periods: { count: number; unit: string } | null) =>
			periods ? `${years} 年（${periods.count} ${periods.unit}）` : `${years} 年`,
		infinite: '不设终点（无限期）'
	},
	result: {
		label: '客户终身价值',
		detail: (timing: string, horizon: string) =>
			`基于留存率（${timing}）；${horizon}；已扣除获客成本。`,
		divergent: '没有有限值',
		divergentDetail:
			'留存率这么高、折现率这么低时，折现后的利润不会逐期变小，无限期求和没有尽头。请降低留存率、提高折现率，或者改用有限期。',
		horizonFinite: (n: number, unit: string) => `共 ${n} ${unit}`,
		horizonInfinite: '不设终点'
	},
	conversions: {
		heading: '换算到你选的时间单位',
		discount: '每期折现率',
		retentionYear: '年留存率',
		periods: '期限内的期数'
	},
	formulas: {
		heading: '同一组数字，各种公式',
		simple: {
			name: '简单公式',
			when: '粗略的上限：算的是收入而不是利润，并假设客户永不流失。'
		},
		margin: {
			name: '毛利公式',
			when: '更进一步：按利润计算，但仍假设客户整段时间都在，也没有考虑资金的时间价值。'
		},
		discounted: {
			name: '现金流折现',
			when: '适合客户确定会留下（例如签了合同）且消费额会随时间变化的情形。'
		},
		retention: {
			name: '基于留存率，有限期',
			when: '最常用：每一期利润只在客户还在时才计入，并折算成今天的价值。'
		},
		infinite: {
			name: '基于留存率，无限期',
			when: '闭合公式：适合长期关系；当留存率 ≥ 1 + 折现率时没有定义。'
		},
		continuing: {
			name: '持续价值（按交易次数）',
			when: '把购买次数和推荐都算进来，但不折现；适合讲解概念，不适合做决策。'
		},
		noValue: '没有有限值'
	},
	legend: {
		S: '每期消费额',
		GM: '毛利率',
		m: '每期利润',
		m_t: '第 t 期利润',
		r: '每期留存率',
		i: '每期折现率',
		g: '每期消费增长率',
		N: '期数',
		AC: '获客成本',
		t: '期',
		n: '整个关系期间的预期购买次数',
		AOV: '平均每次购买金额',
		R: '推荐客户带来的净收入',
		k: '每年的期数',
		Y: '年数'
	},
	charts: {
		heading: '价值如何随时间累积',
		cumulative: '累计折现价值与获客成本',
		cumulativeSummary: (payback: string) => `随着利润陆续到账，曲线逐步上升。${payback}`,
		paybackNow: '第一笔利润一到账，获客成本就收回了。',
		payback: (n: number, unit: string) => `在第 ${n} ${unit}收回获客成本。`,
		noCost: '没有需要收回的获客成本。',
		noPayback: '在这个期限内收不回获客成本。',
		remainder: (years: number, later: string, share: string) =>
			`主结果不设终点，但图表只画到第 ${years} 年：之后还有 ${later} 的价值（占 ${share}）。`,
		paybackMarker: '回本',
		cumulativeSeries: '累计折现利润',
		costSeries: '获客成本',
		retained: '仍然活跃的客户比例',
		retainedSummary: '每一期，剩下的客户中都有一部分离开。',
		retainedSeries: '仍活跃'
	},
	business: {
		equity: '客户资产',
		equityNote: (customers: string, value: string) =>
			`${customers} 位客户 × ${value}：每位客户在扣除获客成本之前的价值。对已有客户来说，获客成本已经花掉了。`,
		ltvToCac: 'LTV : CAC',
		ratio: (ratio: string) => `${ratio} : 1`,
		ltvToCacNote: (one: string, back: string) => `为赢得客户每花 ${one}，换回 ${back} 的折现利润。`,
		noCost: '没有获客成本可比。',
		payback: '回本时间',
		paybackIn: (n: string, unit: string) => `${n} ${unit}`,
		paybackNote: (cost: string) => `折现利润累计收回 ${cost} 获客成本所需的时间。`,
		paybackNow: '立即回本',
		paybackNowNote: '第一笔利润就收回了获客成本。',
		paybackNever: '收不回',
		paybackNeverNote: (n: string, unit: string) => `在 ${n} ${unit}内，折现利润收不回获客成本。`,
		paybackNeverAtAll: '无论客户留多久，折现利润都收不回获客成本。',
		nothingToPay: '无需回本'
	},
	levers: {
		heading: '哪个杠杆最值钱？',
		intro:
			'把每项输入分别向下、向上移动同一类步长，其他输入不变，按主结果的公式计算；条越长，这项输入越重要。所有输入用同样大小的步长，排名反映的才是输入本身，而不是步长的大小。',
		legend: '每项输入移动',
		relative: '自身的同一比例',
		plausible: '一个现实可行的步长：比率各 1 个百分点，金额取一个整数额',
		share: '占每项输入的比例',
		names: {
			spend: (unit: string) => `每${unit}消费额`,
			margin: '毛利率',
			churn: (unit: string) => `每${unit}流失率`,
			acquisition: '获客成本',
			discount: '年折现率'
		},
		chart: '每项输入移动后 CLV 的变化',
		chartSummary: (order: string) => `最长的条排在最前：${order}。`,
		lower: (step: string) => `输入降低${/^\d/.test(step) ? ' ' : ''}${step}`,
		higher: (step: string) => `输入提高${/^\d/.test(step) ? ' ' : ''}${step}`,
		oneStep: '一个步长',
		axis: 'CLV 变化',
		rank: '排名',
		input: '输入',
		/** Under a change in the table: what the input was moved to. */
		at: (value: string) => `输入为 ${value}`,
		acrossBase: (customers: string) => `两者中较好的一个，乘以 ${customers} 位客户`,
		newOnly: '只影响新客户',
		newOnlyNote: '已有客户的获客成本已经花掉了；降低获客成本，只对今后赢得的每位客户有效。',
		limited: '已到上下限',
		divergent: '没有有限值',
		best: (lever: string, range: string) => `在这组数字下最值钱的是：${lever}（${range}）。`,
		range: (low: string, high: string) => `CLV 分别变化 ${low} 和 ${high}`,
		then: (levers: string) => `其次：${levers}。`,
		none: 'CLV 没有有限值，无法排名。',
		plausibleUnit: (unit: string) =>
			`按现实可行的步长，流失率每${unit}变动 1 个百分点，所以换一个时间单位，这里的排名可能随之改变：每月流失率变动 1 个百分点，远比每年变动 1 个百分点大。`
	},
	unitChange: {
		capped: (max: string, unit: string) =>
			`每${unit}留存率在这里不能超过 ${max}，已改为 ${max}：这位客户留下的时间比原来短了。`,
		rows: {
			spend: '每期消费额',
			retention: '每期留存率',
			clv: '客户终身价值'
		}
	},
	presets: {
		'textbook-example': '教科书例题（m = 100，r = 80%，i = 12%）',
		'airline-frequent-flyer': '航空常旅客',
		'credit-card-holder': '信用卡持卡人',
		'gap-shopper': 'GAP 顾客',
		'car-buyer': '汽车买家（一生约 40 万美元）',
		'supermarket-regular': '超市常客'
	},
	units: words.units,
	steps: {
		heading: '主结果是怎么算出来的',
		marginPerPeriod: '每期利润',
		marginMultiple: '利润乘数',
		presentValue: '利润的现值',
		clv: '客户终身价值',
		discountedRetention: '折现后的留存',
		closedFormDenominator: '分母',
		lifetimeRevenue: '终身收入',
		lifetimeMargin: '终身利润',
		leverInput: '调整后的输入',
		periodDiscountRate: '每期折现率',
		horizonPeriods: '期数',
		periodRetention: '每期留存率',
		periodSpend: '每期消费额',
		leverDelta: 'CLV 变化'
	},
	summary: {
		activeAtEnd: '期末仍在的客户比例',
		cumulativeByYear: '扣除获客成本后的累计折现利润',
		year: '年',
		spend: (unit: string) => `每${unit}消费额`,
		churn: (unit: string) => `每${unit}流失率`,
		payback: (units: string) => `回本时间（${units}）`,
		customers: '客户数量',
		beyond: (years: number) => `第 ${years} 年以后的价值（图表之外）`,
		shown: (years: number) => `图表 ${years} 年内实现的 CLV 比例`
	},
	modelErrors: {
		generic: '这组输入无法得到有效结果，请检查标出的字段。'
	}
} satisfies typeof en;

export default clv;
