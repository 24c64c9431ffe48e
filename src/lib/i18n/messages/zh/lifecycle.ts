import stateNames from './lifecycle-states';
import type en from '../en/lifecycle';

const lifecycle = {
	title: '客户生命周期模拟器',
	intro:
		'客户会在不同的生命周期阶段之间流动，每次只有一部分人挪动，而每个阶段带来的利润各不相同。把阶段和阶段之间的转移概率填进来，模拟器就会带着一批客户往后推演，按客户当前所处的阶段估算他的价值，还能在花钱之前先试算一场营销活动值不值。',
	inputsHeading: '这批客户',
	units: {
		month: '个月',
		quarter: '个季度',
		year: '年',
		months: '个月',
		quarters: '个季度',
		years: '年'
	},
	periodLabel: {
		month: (t: number) => `第 ${t} 个月`,
		quarter: (t: number) => `第 ${t} 季度`,
		year: (t: number) => `第 ${t} 年`
	},
	unitOptions: { month: '一个月', quarter: '一个季度', year: '一年' },
	span: (amount: string, unit: 'month' | 'quarter' | 'year') =>
		`${amount} ${{ month: '个月', quarter: '个季度', year: '年' }[unit]}`,
	fields: {
		unit: '链条每走一步代表',
		currency: '币种',
		cohortSize: '同批客户人数',
		months: '推演时长',
		monthsUnit: '个月',
		discount: '年折现率',
		start: '这批客户起始于'
	},
	hints: {
		unit: '转移概率、收入和成本都按“每一步”计。改这里只是换个叫法，数字本身不会跟着换算。',
		cohortSize: '同一时间起步的一批客户，比如同一个月注册的所有会员。',
		months: (periods: string) => `共推演 ${periods}（只算完整的步数）。`,
		discount: (perPeriod: string, unit: string) =>
			`按复利换算：每${unit} ${perPeriod}，而不是把年利率直接平摊。`
	},
	result: {
		label: '这批客户的现值',
		detail: (customers: string, start: string, horizon: string, perCustomer: string) =>
			`${customers} 位客户从“${start}”起步，推演 ${horizon}，各期利润折算到今天。折合每位客户 ${perCustomer}。`
	},
	stepsHeading: '查看计算过程',
	steps: {
		periodDiscountRate: '由年折现率换算出每一步的折现率',
		'lifecycle.periodProfit': '第一步的利润：各状态的客户数 × 该状态的净现金流',
		'lifecycle.cohortValue': '整批客户的价值：每一步的利润折算到今天后相加'
	},
	legend: {
		d: '每一步的折现率',
		i: '年折现率',
		R: '状态 s 下每位客户每一步的净现金流（收入 − 成本）',
		n: '第 t 步处于状态 s 的预期客户数',
		profit: '第 t 步整批客户的利润',
		Σ: (from: string, to: string) => `第 ${from} 到第 ${to} 步各项之和`
	},
	chain: {
		heading: '生命周期链条',
		intro: (unit: string) =>
			`每个状态代表客户关系的一个阶段。每过一${unit}，客户带来所在状态的收入、产生相应的服务成本，然后按表中这一行的概率转到下一个状态。`
	},
	matrix: {
		kept: '各项结果仍按最近一次完整有效的链条显示。',
		fixFirst: '改正标红的行和名称后，结果才会更新。'
	},
	playback: {
		play: '播放',
		pause: '暂停',
		step: '前进一步',
		reset: '回到起点',
		status: (period: string, last: string) => `${period}（共 ${last}）`,
		reducedMotion: '你的设备开启了“减少动态效果”，因此播放时会逐步跳转、不带动画，图表保持静止。'
	},
	values: {
		heading: '按起始状态计算的客户终身价值'
	},
	campaign: {
		heading: '如果做一场营销活动呢？'
	},
	presets: {
		relationship: '客户关系生命周期：考察期、形成期、稳定期、退化期（按季度）',
		telecom: '电信客户五阶段：获取到离网，含挽回（按月）',
		'retail-recency': '零售：活跃、沉默、休眠、流失（按月）',
		crm: 'CRM 阶段：新客户、忠实、重点跟进、沉默、流失（按月）',
		'pfeifer-carraway': 'Pfeifer 与 Carraway（2000）邮购案例（按年）'
	},
	stateNames,
	otherError: '这组输入无法计算，结果仍显示最近一次能算出的数据。',
	discountError: '年折现率请填 0%，或至少 0.0000012%。'
} satisfies typeof en;

export default lifecycle;
