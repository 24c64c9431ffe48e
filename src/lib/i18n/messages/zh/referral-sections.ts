import type { TimeUnit } from '$lib/model/time';
import type en from '../en/referral-sections';

const counted = { month: '个月', quarter: '个季度', year: '年' };
const unitName = { month: '月', quarter: '季度', year: '年' };
const one = { month: '一个月', quarter: '一个季度', year: '一年' };
const whole = { month: '一整个月', quarter: '一整个季度', year: '一整年' };

/** 推荐计算器里只有首屏以下各部分（价值拆分、病毒式增长、推荐树、图表与模拟、周期、杠杆、课堂案例）才显示的文字：某一部分激活时才载入（issue 20）。 */
const referralSections = {
	values: {
		ownNote: '直接购买、升级购买和交叉购买的折现毛利。',
		referralNote: '各代被推荐客户的折现毛利，扣除推荐奖励。',
		acquisition: '获客成本',
		firstGeneration: (value: string) =>
			`推荐价值中，有 ${value} 来自首批客户亲自推荐的人（即 Kumar 的客户推荐价值），其余来自“推荐的推荐”。`,
		share: (share: string) => `扣除获客成本之前，被推荐客户贡献了 ${share} 的价值。`
	},
	viral: {
		k: '病毒系数 K',
		kNote: '每位客户在整个生命周期里带来的新客户数：ρ · c / (1 − r)。',
		k0: '首批客户的 K',
		kr: '被推荐客户的 K',
		perCycle: '每个推荐周期的成交推荐数',
		perCycleNote: (lag: string) => `每位在册客户在一个周期（${lag}）内：ρ · L · c。`,
		headCount: '各代累计客户总数',
		headCountNote: '被推荐客户与首批客户推荐行为相同时为 N₀ / (1 − K)。',
		unbounded: '无上限',
		capped: (cap: string) => `最多 ${cap}（市场规模）`,
		endless: '生命周期无尽头',
		explainKAtLeastOne:
			'K 大于或等于 1：每位客户带来的新客户不少于一位，推荐链永远不会自行断掉。不限定市场规模时，客户总数没有有限值——增长没有上限，下面的数字只是被计算期限截住了。打开“限定市场规模”，就能看到增长逐渐放缓、趋于饱和。',
		explainEndless:
			'留存率为 100%：客户永不流失、一直推荐，他的生命周期和推荐链都没有尽头。下面的数字只是被计算期限截住了。',
		explainSaturation: (cap: string, reached: string, share: string) =>
			`推荐链能走多远，由 ${cap} 位客户的市场规模决定：市场越满，推荐越难成交（饱和）。期限内共获得 ${reached} 位客户，占市场的 ${share}。`,
		explainCapBelow: (expected: string, cap: string) =>
			`如果市场不设限，推荐链会累计带来 ${expected} 位客户；${cap} 的市场规模让它提前停下。`,
		explainFinite: (multiplier: string) =>
			`K 小于 1，每一代都比上一代少，推荐链终将断掉。平均每位首批客户连同自己在内，总共带来 ${multiplier} 位客户。`
	},
	tree: {
		intro:
			'期限内每一代的预期客户数。第 0 代是企业自己赢得的客户，第 1 代是他们推荐来的人，依此类推。',
		label: '推荐树',
		generation: (g: number) => `第 ${g} 代`,
		andDeeper: (g: number) => `第 ${g} 代及以后`,
		firstCustomers: '企业自己赢得',
		referredBy: (g: number) => `由第 ${g} 代推荐`,
		customers: (n: string, _count: number) => `${n} 位客户`,
		active: (n: string) => `期末仍有 ${n} 位`,
		table: '以表格查看推荐树',
		total: '各代合计',
		columns: {
			generation: '代际',
			joined: '预期客户数',
			active: '期末仍在的客户',
			share: '占全部客户'
		},
		reach: (generations: number, lag: string) =>
			`推荐周期为 ${lag} 时，计算期限内首批客户之后最多还能再传 ${generations} 代。`
	},
	charts: {
		sources: '逐年收入来源',
		sourcesSummary:
			'堆叠柱形图：首批客户的直接购买、升级购买、交叉购买，以及他们推荐来的客户的购买。',
		direct: '自身购买',
		upsell: '升级购买',
		cross: '交叉购买',
		referral: '被推荐客户',
		year: '年份',
		profit: '累计折现利润',
		profitSummary:
			'期望值曲线从负数起步（先付获客成本），随着毛利到账逐步上升；两条虚线是 10,000 条模拟推荐链的第 10 和第 90 百分位。',
		expected: '期望值',
		mcMean: '模拟均值',
		p10: '第 10 百分位',
		p90: '第 90 百分位'
	},
	mc: {
		heading: '运气的成分有多大',
		intro:
			'上面的曲线是平均数。真实的推荐链有好运也有坏运：有的客户早早离开，有的推荐没有成交。模拟把这条链反复走很多遍，每一步都让概率说了算。',
		noScript: '模拟在你的浏览器里运行，需要开启 JavaScript。',
		progress: '模拟进度',
		waiting: '等你输入完再开始……',
		running: (done: string, total: string) => `已模拟 ${done} / ${total} 条推荐链……`,
		done: (runs: string) => `已模拟 ${runs} 条推荐链（随机种子固定，结果可以复现）。`,
		error: '这组输入无法进行模拟。',
		agreement: (mean: string, expected: string, errors: string) =>
			`核对：模拟均值最终为 ${mean}，期望值曲线为 ${expected}，相差 ${errors} 个标准误。`,
		agrees: '两者在模拟误差范围内一致。',
		differs: '两者的差距超出了模拟误差能解释的范围。',
		capNote:
			'市场规模的限制起作用时，期望值曲线是把饱和效应套在平均推荐链上算出的，并不等于各条推荐链的平均；模拟均值才是期望值。',
		band: (p10: string, p90: string) => `十条推荐链中有八条，最终利润落在 ${p10} 到 ${p90} 之间。`
	},
	cycle: {
		body: [
			'K 说的是每位客户最终能带来多少新客户，推荐周期说的是每一轮推荐要花多长时间。两者互不相干：下表保持 K 不变，只改变推荐周期。',
			'周期越短，好处有两层。其一，被推荐客户的购买来得更早，折现时打的折扣更少。其二，在固定的计算期限里能转更多轮，更多代客户来得及加入、来得及购买。',
			'K 大于或等于 1 时，这个效应还会放大：增长每转一轮就复利一次，周期越短，同样的年数里复利的轮数越多，增长失控得也越快。'
		],
		columns: {
			lag: '推荐周期',
			generations: '期限内可传代数',
			customers: '获得的客户',
			referral: '推荐价值',
			total: '总价值'
		},
		yours: '当前',
		tooMany: '客户数超过一万亿',
		sameK: (k: string) => `各行的 K 都是 ${k}。`,
		sameKUnbounded: '各行的 K 都相同。'
	},
	levers: {
		intro: '每次只做一项小改进（对所有客户生效），看总价值变化多少。用的是你填的数字。',
		referralRate: '推荐人数 +10%',
		conversion: '成交率 +1 个百分点',
		retention: '留存率 +1 个百分点',
		reward: '推荐奖励 −10%（成交率不变）',
		lever: '杠杆',
		change: '总价值的变化',
		rank: '排名',
		atLimit: '已到上限',
		tooMany: '增长失控（客户超过一万亿）',
		best: (lever: string) => `在这组数字下最值钱的是：${lever}。`
	},
	case: {
		intro:
			'“客户价值倍增”说法背后的案例：一家软件商赢得了一家平面设计公司，这家公司后来不断升级、添置别的软件，还把软件商介绍给几位自由设计师，他们也照样购买。',
		illustrative:
			'原文（《客户价值倍增的法则》，2025）没有给出金额，这里的价格和成本都是我们自拟的示意整数；谁在哪一年买了什么，与原文一致。',
		assumptions: (acquisition: string, reward: string, margin: string) =>
			`靠广告赢得一位客户要花 ${acquisition}；每成功推荐一位，答谢 ${reward}；毛利率 ${margin}。`,
		caption: '软件商逐年账目',
		columns: {
			year: '年份',
			purchases: '谁买了什么',
			direct: '自身购买',
			upsell: '升级购买',
			cross: '交叉购买',
			referral: '被推荐客户',
			profit: '利润',
			cumulative: '累计利润',
			average: '平均获客成本'
		},
		totals: '五年合计',
		purchases: (buyer: string, items: string[]) => `${buyer}：${items.join('、')}`,
		item: (product: string, price: string) => `${product}（${price}）`,
		buyers: {
			designFirm: '设计公司',
			referral1: '设计师甲（被推荐）',
			referral2: '设计师乙（被推荐）',
			referral3: '设计师丙（被推荐）',
			referral4: '设计师丁（被推荐）'
		} as Record<string, string>,
		products: {
			designSoftware: '平面设计软件',
			designUpgrade: '设计软件升级版',
			drawingSoftware: '绘图软件',
			drawingUpgrade: '绘图软件升级版',
			imageSoftware: '图像处理软件',
			clipArtLibrary: '剪贴画素材库',
			allInOneSuite: '全能套装',
			newClipArtLibrary: '新版剪贴画素材库'
		} as Record<string, string>,
		lessons:
			'第一年是亏的：赢得这家公司的成本比它第一次买的软件还贵。此后升级、交叉购买和推荐不断叠加；被推荐来的客户只花一份答谢，平均获客成本随之下降；到第五年，被推荐的设计师们买得比这家公司本身还多。',
		stepsHeading: '案例合计的算法'
	},
	unitChangeReason: {
		first: '首次购买例外：无论按哪种单位计算，都在加入时付款。',
		counted: (longer: TimeUnit, shorter: TimeUnit) =>
			`推荐也会让结果变化：客户只要还是客户，每一期都做满一整期的推荐，所以按${unitName[longer]}计算时，在${one[longer]}中途离开的客户仍算作推荐了${whole[longer]}；按${unitName[shorter]}计算时，它的推荐在留下的最后${one[shorter]}之后就停止了。`,
		k: (symbol: string, kLonger: string, longer: TimeUnit, kShorter: string, shorter: TimeUnit) =>
			`因此按${unitName[longer]}计算时，每位客户带来的客户更多：${symbol} 为 ${kLonger}，按${unitName[shorter]}计算只有 ${kShorter}。`,
		lag: (unit: TimeUnit, before: string, after: string, longer: boolean) =>
			`循环周期只能是整数${counted[unit]}，所以 ${before}变成了 ${after}：每一轮推荐${longer ? '要花更长时间' : '完成得更快'}。`
	},
	steps: {
		'referralCase.ownSales': '卖给设计公司的金额',
		'referralCase.referralSales': '卖给被推荐设计师的金额',
		'referralCase.totalProfit': '五年利润',
		'referralCase.averageAcquisitionCost': '每位客户的平均获客成本'
	} as Record<string, string>,
	legend: {
		S_direct: '设计公司的首次购买',
		S_upsell: '设计公司的升级购买',
		S_cross: '设计公司的交叉购买',
		'S_referral,t': '第 t 年卖给被推荐设计师的金额',
		π_t: '第 t 年的利润',
		D_t: '第 t 年的折现因子'
	} as Record<string, string>,
	summary: {
		customers: '期限内获得的客户数',
		k: '被推荐客户的病毒系数 K',
		averageCost: '平均每位客户的获客成本',
		horizonYears: '计算期限（年）',
		lagYears: '推荐周期（年）',
		rateYear: '每位首批客户每年推荐人数',
		retentionYear: '首批客户年留存率',
		cumulativeByYear: '各年末的累计折现利润',
		customersByYear: '截至各年末累计获得的客户数',
		year: '年'
	},
	simulatedHeadline: {
		simulated: (runs: string, multiplier: string, customers: string) =>
			`市场规模的限制已经起作用。把饱和效应套在“平均推荐链”上得到 ${multiplier}、${customers} 位客户，与 ${runs} 条模拟推荐链的平均值相差超过 1%，所以这里显示模拟平均值，也就是可以期望的结果。下面各部分展示的仍是平均推荐链。`,
		agrees: (runs: string) =>
			`在这个市场规模限制下，这些数字是把饱和效应套在“平均推荐链”上算出的，是期望值的近似；${runs} 条模拟推荐链的平均值与它相差不到 1%。`,
		detail: (total: string, periods: string) =>
			`模拟推荐链的平均值，${periods}，已折现：（自身价值 + 推荐价值）÷ 自身价值。扣除获客成本后的总价值：${total}。`
	}
} satisfies typeof en;

export default referralSections;
