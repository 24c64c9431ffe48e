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
		'lifecycle.discountFactor': '折现因子：下一步的 1 元相当于今天的多少钱',
		'lifecycle.reward': '该状态下每位客户每一步的净现金流',
		'lifecycle.bellman': '不设期限的价值：本步的现金流，加上客户下一步所到之处的价值（折现后）',
		'lifecycle.bellmanFinite': '限定期限内的价值：同一个方程，每往回推一步期限就短一步',
		'lifecycle.retentionClosedForm': '同一价值的闭式解（与留存公式 m(1+i)/(1+i−r) 一致）',
		'lifecycle.periodProfit': '第一步的利润：各状态的客户数 × 该状态的净现金流',
		'lifecycle.cohortValue': '整批客户的价值：每一步的利润折算到今天后相加',
		'lifecycle.timeToChurn': '流失前的预期步数：途中在各个状态预计停留的步数之和',
		'lifecycle.campaignTransition': '活动期间目标状态的转移概率',
		'lifecycle.baselineValue': '不做活动时这批客户的价值',
		'lifecycle.whatIfValue': '做活动时这批客户的价值（未扣活动成本）',
		'lifecycle.campaignCost': '活动成本：每位目标客户的成本 × 目标客户数，再折现',
		'lifecycle.valueGain': '客户价值的变化',
		'lifecycle.netGain': '扣除活动成本后的净收益',
		'lifecycle.roi': '活动的投资回报率'
	},
	legend: {
		d: '每一步的折现率',
		i: '年折现率',
		β: '每一步的折现因子',
		R: '状态 s 下每位客户每一步的净现金流（收入 − 成本）',
		rev: '状态 s 下每位客户每一步的收入',
		cost: '状态 s 下每位客户每一步的服务成本',
		P: '一步之内从状态 i 转到状态 j 的概率',
		V: '从状态 j 起步的客户价值',
		n: '第 t 步处于状态 s 的预期客户数',
		profit: '第 t 步整批客户的利润',
		N: '流失之前预计在状态 j 停留的步数',
		c: '活动期间每位目标客户每一步的成本',
		C: '活动成本的现值',
		"V'": '做活动时这批客户的价值',
		ΔV: '客户价值的变化',
		Δp: '活动挪动的概率',
		Σ: (from: string, to: string) => `第 ${from} 到第 ${to} 步各项之和`
	},
	chain: {
		heading: '生命周期链条',
		intro: (unit: string) =>
			`每个状态代表客户关系的一个阶段。每过一${unit}，客户带来所在状态的收入、产生相应的服务成本，然后按表中这一行的概率转到下一个状态。`
	},
	states: {
		newName: (k: number) => `阶段 ${k}`,
		added: (name: string) =>
			`已添加“${name}”。目前还没有客户会转到这里，在转移概率表里调高它那一列即可。`,
		removed: (name: string) => `已删除“${name}”。原先转到它的概率，现在都算作留在原状态。`
	},
	matrix: {
		kept: '各项结果仍按最近一次完整有效的链条显示。',
		fixFirst: '改正标红的行和名称后，结果才会更新。'
	},
	playback: {
		heading: '看客户怎么流动',
		intro: '适合课堂和工作坊：一步一步往前推，看客户在各个方框之间如何流动。',
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
		heading: '如果做一场营销活动呢？',
		target: '目标状态',
		from: '概率从这里挪走',
		to: '挪到这里',
		amount: '挪动的百分点',
		cost: (unit: string) => `每位目标客户每${unit}的成本`,
		duration: '活动持续',
		roiLabel: '活动投资回报率（ROI）'
	},
	presets: {
		relationship: '客户关系生命周期：考察期、形成期、稳定期、退化期（按季度）',
		telecom: '电信客户五阶段：获取到离网，含挽回（按月）',
		'retail-recency': '零售：活跃、沉默、休眠、流失（按月）',
		crm: 'CRM 阶段：新客户、忠实、重点跟进、沉默、流失（按月）',
		'pfeifer-carraway': 'Pfeifer 与 Carraway（2000）邮购案例（按年）'
	},
	stateNames,
	summary: {
		perCustomer: '推演期内每位客户的价值',
		lifetime: '不设期限时每位客户的价值',
		horizonYears: '推演时长（年）',
		notLostYear: '一年后尚未流失的客户比例',
		notLostEnd: '推演期末尚未流失的客户比例',
		churnYears: '预计多久后流失（年）',
		cumulativeByYear: '这批客户的累计折现利润',
		notLostByYear: '尚未流失的客户占整批的比例',
		year: '年'
	},
	otherError: '这组输入无法计算，结果仍显示最近一次能算出的数据。',
	discountError: '年折现率请填 0%，或至少 0.0000012%。'
} satisfies typeof en;

export default lifecycle;
