import type { TimeUnit } from '$lib/model/time';
import type en from '../en/referral';
import words from './words';

const counted = { month: '个月', quarter: '个季度', year: '年' };
const secondPeriod: Record<string, string> = { 月: '第二个月', 季度: '第二个季度', 年: '第二年' };

const referral = {
	title: '推荐倍增计算器',
	intro:
		'好客户的价值不止一次购买。他会回购、升级、添置别的产品，还会把你推荐给身边的人；其中一部分人成了新客户，又会照样买、照样推荐。从一位首批客户出发，按代际、按年份追踪这条推荐链，看看他的价值里有多少来自他带来的人。',
	unitNote: (unit: string) =>
		`所有“每期”的比率和金额都按每${unit}计。示例中的数字都是取整的示意值。`,
	unitChangeTotal: '折现总价值',
	/** An expected number of customers above zero that rounds to none. */
	underOne: '不到 1',
	/** On hover over a whole number of customers: the expectation it rounds. */
	exact: (n: string) => `期望值：${n}`,
	inputsHeading: '你的情景',
	duration: (n: number, unit: TimeUnit) => `${n} ${counted[unit]}`,
	unitAfter: (_n: number, unit: TimeUnit) => counted[unit],
	ordinal: (n: number, unit: TimeUnit) => `第 ${n} ${counted[unit]}`,
	periodTitle: { month: '月份', quarter: '季度', year: '年份' },
	groups: {
		business: '企业基本情况',
		referring: '口碑推荐',
		buying: '首批客户买什么、能留多久',
		referred: '被推荐来的客户'
	},
	fields: {
		years: '计算期限',
		customers: '首批客户数',
		acquisition: '每位首批客户的获客成本',
		margin: '毛利率',
		discount: '年折现率',
		lag: '推荐周期',
		reward: '每成功推荐一人的奖励',
		capped: '限定市场规模（考虑饱和）',
		cap: '市场规模',
		same: '被推荐客户的行为与首批客户相同',
		First: '首次购买额',
		Repeat: (unit: string) => `每${unit}回购额`,
		Upsell: (unit: string) => `加入后${secondPeriod[unit] ?? '第二期'}的升级购买额`,
		Growth: (unit: string) => `升级购买额每${unit}增长率`,
		Cross: (unit: string) => `每${unit}交叉购买额`,
		Retention: (unit: string) => `每${unit}留存率`,
		Rate: (unit: string) => `每${unit}推荐人数`,
		Conversion: '推荐成交率',
		referredSuffix: '（被推荐客户）'
	},
	hints: {
		years: (periods: string) => `共模拟 ${periods}。`,
		customers: '企业靠自己的营销在起点赢得的客户。',
		acquisition: '赢得其中一位所花的广告、促销和销售成本。',
		margin: '收入扣除商品成本和服务成本后留下的比例。',
		discount: (perPeriod: string, unit: string) =>
			`按复利折合每${unit} ${perPeriod}。越晚到手的钱，今天值得越少。`,
		lag: (unit: string) =>
			`从推荐发出到被推荐者首次购买相隔多少${unit}。至少为 1：推荐总要一段时间才能落地。`,
		reward: '每条推荐真正带来一位客户时，给推荐人的答谢。',
		cap: '这个市场总共能容纳多少客户。市场越满，推荐越难成交。',
		First: '客户冲着来的那件产品，在加入当期的收入。',
		Repeat: '重复购买同一产品（补货、续费、保养等）。',
		Upsell: '升级版、加大版，从加入后的下一期开始。',
		Growth: '客户每多留一期，升级购买额增长多少。',
		Cross: '其他产品线的购买，从第二期开始。',
		Retention: (annual: string) => `一期之后仍是客户的概率；折合每年 ${annual}。`,
		Rate: '客户在留存期间每期向多少人推荐这家企业。',
		Conversion: '这些推荐里有多少人最终成了客户。'
	},
	lagNote: (one: string) => `推荐不可能在发出的同一瞬间成交：推荐周期至少要 ${one}。`,
	units: words.units,
	result: {
		label: '价值倍数',
		value: (x: string) => `${x} 倍`,
		detail: (total: string, periods: string) =>
			`（自身价值 + 推荐价值）÷ 自身价值，${periods}，已折现。扣除获客成本后的总价值：${total}。`,
		none: '无法计算倍数',
		noneDetail: '首批客户自身的购买没有留下毛利，没有可以“倍增”的基数。请提高毛利率或购买额。',
		periods: (duration: string) => `按 ${duration}计`,
		customers: (n: string) => `期限内获得的客户：${n} 位`,
		capBinds: {
			title: '市场规模的限制在起作用',
			pending:
				'在这个市场规模限制下，这些数字是把饱和效应套在“平均推荐链”上算出的，是期望值的近似：有的情形很接近，有的会差几个百分点。下方的模拟会核对它；若两者相差超过 1%，这里会改为显示模拟平均值。',
			compact:
				'在这个市场规模限制下，这些数字是把饱和效应套在“平均推荐链”上算出的，是期望值的近似：有的情形很接近，有的会差几个百分点。完整版计算器会用模拟核对。'
		}
	},
	values: {
		heading: '自身价值与推荐价值',
		own: '首批客户自己的购买',
		referral: '他们带来的客户',
		total: '总价值（净现值）'
	},
	viral: {
		heading: '推荐链能走多远'
	},
	tree: {
		heading: '推荐树：一代接一代'
	},
	charts: {
		heading: '逐年变化'
	},
	cycle: {
		heading: '为什么推荐周期和 K 一样重要'
	},
	levers: {
		heading: '哪个杠杆最值钱？'
	},
	case: {
		heading: '软件商的五年账本'
	},
	steps: {
		heading: '这些数字是怎么算出来的',
		'referral.expectedLifetime': '预期生命周期（期数）',
		'referral.expectedLifetimeReferred': '被推荐客户的预期生命周期',
		'referral.viralCoefficient': '病毒系数：每位客户带来的客户数',
		'referral.viralCoefficientReferred': '被推荐客户的病毒系数',
		'referral.viralCoefficientPerCycle': '每个推荐周期的成交推荐数',
		'referral.viralCoefficientPerCycleReferred': '被推荐客户每个周期的成交推荐数',
		'referral.headCountMultiplier': '每位首批客户对应的客户总数 1/(1 − K)',
		'referral.totalCustomers': '各代累计客户总数',
		'referral.ownValue': '首批客户的自身价值',
		'referral.referralValue': '推荐价值',
		'referral.totalValue': '总价值（净现值）',
		'referral.valueMultiplier': '价值倍数',
		'referral.averageAcquisitionCost': '每位客户的平均获客成本'
	} as Record<string, string>,
	legend: {
		ρ: '每期推荐人数',
		c: '推荐成交率',
		r: '每期留存率',
		L: '推荐周期（期数）',
		ρ_0: '首批客户每期推荐人数',
		c_0: '首批客户的推荐成交率',
		r_0: '首批客户的留存率',
		ρ_r: '被推荐客户每期推荐人数',
		c_r: '被推荐客户的推荐成交率',
		r_r: '被推荐客户的留存率',
		K: '病毒系数',
		K_0: '首批客户的病毒系数',
		K_r: '被推荐客户的病毒系数',
		N_0: '首批客户数',
		n_referred: '获得的被推荐客户数',
		V_own: '首批客户的自身价值',
		V_referral: '推荐价值',
		M_direct: '自身购买的折现毛利',
		M_upsell: '升级购买的折现毛利',
		M_cross: '交叉购买的折现毛利',
		M_referral: '被推荐客户的折现毛利',
		C_reward: '推荐奖励的折现值',
		A: '每位首批客户的获客成本',
		R: '每次成功推荐的奖励'
	} as Record<string, string>,
	presets: {
		'software-vendor': '软件商与设计公司（按年，五年案例）',
		'software-chain': '软件商：每位客户都推荐（按年，K = 0.4）',
		'subscription-app': '订阅制应用（按月）',
		'b2b-services': 'B2B 服务公司（按年）',
		'premium-car': '高端汽车品牌（按年，推荐周期两年）'
	},
	errors: {
		lag: (one: string) => `推荐至少要 ${one}才能成交：请把推荐周期设为 1 或更大。`,
		capBelowBase: (min: string) => `市场规模不能小于起点就有的客户数：请至少填 ${min}。`,
		tooMany: (period: string) =>
			`到${period}，客户数已超过一万亿，增长失控了。请缩短计算期限、降低 K，或限定市场规模。`
	}
} satisfies typeof en;

export default referral;
