import type en from '../en/lifecycle-sections';

/** 客户生命周期模拟器里只有首屏以下各部分（图表、模拟、状态图、表格、营销活动）才显示的文字：某一部分激活时才载入（issue 20）。 */
const lifecycleSections = {
	axis: { month: '月', quarter: '季度', year: '年' },
	diagram: {
		title: '生命周期链条的状态图',
		desc: (states: number, unit: string) =>
			`图中 ${states} 个方框代表各个状态。每条箭头上标着一${unit}内沿这个方向转移的概率，方框上的回环是留在原状态的概率。下方的转移概率表列出了同样的数字。`,
		scroll: '左右滑动可查看完整的状态图。',
		node: (name: string, count: string, period: string) =>
			`${name}：${period}初预计有 ${count} 位客户`,
		arrow: (from: string, to: string, probability: string) => `${from} → ${to}：${probability}`,
		stay: (name: string, probability: string) => `留在${name}：${probability}`
	},
	states: {
		newName: (k: number) => `阶段 ${k}`,
		added: (name: string) =>
			`已添加“${name}”。目前还没有客户会转到这里，在转移概率表里调高它那一列即可。`,
		removed: (name: string) => `已删除“${name}”。原先转到它的概率，现在都算作留在原状态。`,
		heading: '状态',
		number: '序号',
		name: '名称',
		revenue: (unit: string) => `每位客户每${unit}收入`,
		cost: (unit: string) => `每${unit}服务成本`,
		lost: '流失状态',
		actions: '删除',
		nameLabel: (k: number) => `状态 ${k} 的名称`,
		revenueLabel: (name: string) => `${name}的收入`,
		costLabel: (name: string) => `${name}的成本`,
		lostLabel: (name: string) => `${name}属于流失状态`,
		remove: (name: string) => `删除${name}`,
		add: '添加状态',
		max: (max: number) => `链条最多只能有 ${max} 个状态。`,
		min: (min: number) => `链条至少需要 ${min} 个状态。`,
		lostHint:
			'“流失前的预期时间”统计的是客户第一次进入流失状态之前经过的步数。如果没有勾选任何流失状态，就把客户进去后再也不出来的状态当作流失。',
		empty: '请给这个状态起个名字。',
		duplicate: (name: string, first: number) =>
			`状态 ${first} 已经叫“${name}”了，每个状态的名称不能重复。`
	},
	matrix: {
		heading: '转移概率',
		intro: (unit: string) =>
			`每一行表示处于该状态的客户一${unit}之后分别去了哪里，单位为百分比。每一行加起来必须正好是 100%。`,
		corner: '从 ↓ 到 →',
		total: '行合计',
		cellLabel: (from: string, to: string) => `从${from}到${to}的概率（百分比）`,
		rowSum: (name: string, sum: string) => `“${name}”这一行合计 ${sum}，必须正好是 100%。`,
		negative: (from: string, to: string) => `“${from} → ${to}”小于 0%，概率不能是负数。`,
		balance: (name: string, value: string) => `把“留在${name}”改为 ${value}`
	},
	charts: {
		heading: '这批客户的走势',
		cohort: '各状态的客户数',
		cohortSummary: (start: string, end: string) =>
			`每个状态一块堆叠面积，合起来就是整批客户。起点：${start}。终点：${end}。`,
		profit: '每一步的利润',
		profitSummary: '这批客户每一步的预期利润；模拟完成后，另附模拟结果的第 10 至第 90 百分位区间。',
		cumulative: '累计利润',
		cumulativeSummary: (value: string) =>
			`逐步累加的利润，分别按现金和折现到今天计算。折现后的总额为 ${value}。`,
		expected: '预期利润',
		cumulativeCash: '累计利润（现金）',
		cumulativeDiscounted: '累计利润（折现）',
		simulatedMean: '模拟均值',
		p10: '模拟第 10 百分位',
		p90: '模拟第 90 百分位',
		customers: '客户数'
	},
	values: {
		intro: '一位客户折算到今天值多少钱，取决于他眼下处在哪个状态。',
		state: '起始状态',
		finite: (horizon: string) => `${horizon}内`,
		infinite: '不设期限',
		churnTime: '流失前的预期时间',
		noValue: '没有有限值',
		churned: '已流失',
		never: (share: string) => `可能永不流失（最终流失的占 ${share}）`,
		working: (name: string) => `“${name}”的计算过程`,
		noLost: '没有勾选流失状态，也没有哪个状态能留住全部客户，因此无从计算流失前的时间。',
		divergence: {
			'absorbing-state-earns-forever': (state: string, amount: string, unit: string) =>
				`折现率为 0% 时，客户一旦进入“${state}”就会永远留在那里，每${unit}${amount}。无穷无尽地累加下去没有上限，所以标为“没有有限值”的那些价值并不存在。把折现率调到 0% 以上（将来的钱不如现在的钱值钱），或者让“${state}”的收入与成本相等，就能得到有限的数字。`,
			'recurrent-class-earns-forever': (state: string, amount: string, unit: string) =>
				`折现率为 0% 时，客户一旦到了“${state}”，就会在一组出不去的状态之间来回打转，这组状态平均每${unit}${amount}。这样无穷累加下去没有上限，所以标为“没有有限值”的那些价值并不存在。把折现率调到 0% 以上，或者给客户留一条离开这组状态的路。`,
			'recurrent-class-oscillates': (state: string) =>
				`折现率为 0% 时，客户一旦到了“${state}”，就会在一组状态之间永远循环，现金流时正时负、始终不衰减，总和永远定不下来。把折现率调到 0% 以上即可。`
		},
		earns: (amount: string) => `带来 ${amount}`,
		costs: (amount: string) => `耗费 ${amount}`
	},
	campaign: {
		intro:
			'把活动对准某个状态的客户，比如给衰退期客户的挽回优惠，或给休眠客户的积分到期提醒。活动期间每触达一位目标客户都要花钱；效果是把该状态那一行里的一部分概率，从一个去向挪到另一个去向。',
		durationHint: (unit: string) =>
			`推演期最后一${unit}里的活动不计成本：它的效果要到推演期结束之后才会显现。`,
		row: (name: string) => `活动期间“${name}”这一行：`,
		separator: '；',
		change: (to: string, before: string, after: string) => `→ ${to}：${before} → ${after}`,
		tooMuch: (from: string, to: string, max: string) =>
			`“${from}”这一行转到“${to}”的概率只有 ${max}，活动最多只能挪走这么多。`,
		keptCompare: '对比结果仍显示最近一次与转移概率表相符的活动。',
		compareHeading: '做与不做活动的对比',
		measure: '指标',
		baseline: '不做活动',
		whatIf: '做活动',
		difference: '差额',
		value: '客户价值（利润现值）',
		campaignCost: '活动成本（现值）',
		net: '扣除活动成本后的客户价值',
		active: (period: string) => `${period}初尚未流失的客户数`,
		roiDetail: (gain: string, cost: string) => `价值增加 ${gain}，活动成本 ${cost}。`,
		roiUndefined: '没有 ROI：这场活动不花钱',
		roiUndefinedDetail: 'ROI 是收益除以成本，活动不花钱就算不出 ROI，请直接看客户价值的变化。',
		target: '目标状态',
		from: '概率从这里挪走',
		to: '挪到这里',
		amount: '挪动的百分点',
		cost: (unit: string) => `每位目标客户每${unit}的成本`,
		duration: '活动持续',
		roiLabel: '活动投资回报率（ROI）'
	},
	simulation: {
		heading: '蒙特卡洛验证',
		intro:
			'上面的数字都是期望值。真实的一批客户由一个个具体的人组成，结果会在期望值附近上下浮动。后台模拟会逐个跟踪每位客户，把整批客户反复模拟很多遍，并在利润图上标出浮动范围。',
		noScript: '模拟在你的浏览器里运行，需要开启 JavaScript。',
		progress: '模拟进度',
		running: (customers: string) => `正在模拟 ${customers} 位客户……`,
		waiting: '输入停止变动后即开始模拟。',
		done: (cohorts: string, size: string, periods: string, seconds: string) =>
			`已模拟 ${cohorts} 批、每批 ${size} 位客户，共 ${periods}，用时 ${seconds} 秒。`,
		scaled: (size: string, cohort: string) =>
			`你的客户批量超过 ${size}，因此按每批 ${size} 人模拟后再放大到 ${cohort}：中心值按比例放大，波动幅度按平方根放大。`,
		agreement: (mean: string, error: string, closed: string, z: string) =>
			`模拟得到的客户价值为 ${mean} ± ${error}（一个标准误）；闭式解为 ${closed}，两者相差 ${z} 个标准误。`,
		agrees: '两者的差距在模拟的随机误差之内。',
		disagrees: '这个差距超出了随机波动通常的范围。',
		bands: (low: string, high: string) =>
			`十批模拟客户中有八批的折现价值落在 ${low} 到 ${high} 之间。`,
		rerun: '换个随机种子再模拟一次',
		failed: '此浏览器无法运行模拟；上方的期望值不受影响。'
	},
	steps: {
		'lifecycle.discountFactor': '折现因子：下一步的 1 元相当于今天的多少钱',
		'lifecycle.reward': '该状态下每位客户每一步的净现金流',
		'lifecycle.bellman': '不设期限的价值：本步的现金流，加上客户下一步所到之处的价值（折现后）',
		'lifecycle.bellmanFinite': '限定期限内的价值：同一个方程，每往回推一步期限就短一步',
		'lifecycle.retentionClosedForm': '同一价值的闭式解（与留存公式 m(1+i)/(1+i−r) 一致）',
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
		β: '每一步的折现因子',
		rev: '状态 s 下每位客户每一步的收入',
		cost: '状态 s 下每位客户每一步的服务成本',
		P: '一步之内从状态 i 转到状态 j 的概率',
		V: '从状态 j 起步的客户价值',
		N: '流失之前预计在状态 j 停留的步数',
		c: '活动期间每位目标客户每一步的成本',
		C: '活动成本的现值',
		"V'": '做活动时这批客户的价值',
		ΔV: '客户价值的变化',
		Δp: '活动挪动的概率'
	},
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
	}
} satisfies typeof en;

export default lifecycleSections;
