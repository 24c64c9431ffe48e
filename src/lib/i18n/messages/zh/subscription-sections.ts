import type en from '../en/subscription-sections';

const subscriptionSections = {
	heat: {
		caption: '读取结果：每格是仍在网的客户数；颜色越深，占该同期群期初人数的比例越大。',
		captionPercent: '读取结果：每格是该同期群仍在网的比例；颜色越深，比例越大。',
		holdout: '虚线框的格子留作检验，不参与拟合。',
		invalid: '读取结果：标有 ⚠ 的格子无法使用（原因见上方列表）。',
		cohort: '同期群',
		period: '期',
		cohortName: (n: number) => `#${n}`,
		heldOut: '留作检验',
		bad: '无法使用',
		clipped: (rows: number, columns: number) => `只显示前 ${rows} 行、前 ${columns} 列。`,
		tip: (cohort: string, period: number, value: string, held: boolean) =>
			`同期群 ${cohort}，第 ${period} 期：${value}${held ? '（留作检验）' : ''}`,
		tipValue: (count: string, share: string) => `${count}（${share}）`,
		point: '把指针移到格子上可看到它的数字；所有数字也都在下方的表格里。',
		table: '以数字表格查看'
	},
	fit: {
		body: '每位客户在每次续订时都有一个固定的流失概率；客户之间各不相同，这些概率服从参数为 α、β 的贝塔分布，用所有同期群一起做最大似然估计。数据截止时仍在网的客户记为“最后一期之后仍在”（右删失），而不是记为流失。',
		parameter: '参数',
		estimate: '估计值',
		standardError: '标准误',
		interval: '95% 区间',
		none: '无',
		alpha: 'α',
		beta: 'β',
		logLikelihood: '对数似然',
		meanChurn: '新客户每期的平均流失率',
		spread: '客户之间的差异（标准差）',
		polarization: '极化指数 φ：0 表示人人相同，1 表示要么永远留下、要么立刻离开',
		calibration: (periods: string, decisions: string) =>
			`用 ${periods}的续订决定拟合（共 ${decisions} 个“客户 × 期”）。`,
		homogeneous:
			'这批客户看起来都一样：α 和 β 同比例地无限增大，只有流失率能确定下来，模型就是固定流失率模型。',
		notConverged: '寻找最优 α、β 的过程还没稳定就停了，估计值可能比较粗略。',
		noErrors:
			'没有标准误：数据不足以分别确定 α 和 β（有估计值落在边界上，或者它的不确定性比它本身还大）。',
		densityTitle: '每位客户在一次续订时离开的可能性',
		densitySummary: (mean: string, sd: string) =>
			`流失概率的贝塔分布：均值 ${mean}，标准差 ${sd}。`,
		densitySeries: '概率密度',
		churnAxis: '每期流失概率',
		clipped: '曲线在边缘处无限上升，图在那里截断了（表格里有全部数值）。',
		stepsSummary: '查看拟合的计算过程'
	},
	projection: {
		show: '显示的同期群',
		pooled: '全部同期群合计',
		survivalTitle: '同期群中仍在网的比例',
		survivalSummary: (sbg: string, constant: string, period: string) =>
			`${period}后，sBG 模型预计一个新同期群还有 ${sbg} 在网；固定流失率预计只有 ${constant}。`,
		retentionTitle: '每一期续订的比例',
		retentionSummary: (first: string, last: string, flat: string) =>
			`按 sBG，留存率从第一期的 ${first} 上升到最后的 ${last}；固定流失率则始终是 ${flat}。`,
		observed: '实际',
		sbg: 'sBG 模型（新同期群）',
		forecast: 'sBG（从最后一个拟合期起）',
		constant: '固定流失率',
		holdoutMarker: '检验期 →',
		baseTitle: '现有同期群中仍在网的客户',
		baseSummary: (now: string, later: string, constant: string, periods: string) =>
			`拟合期结束时有 ${now} 位，sBG 预计 ${periods}后还有 ${later} 位；固定流失率预计只有 ${constant} 位。`,
		baseAxis: (units: string) => `拟合期之后的${units}数`,
		baseSbg: 'sBG 预测',
		baseObserved: '实际（检验期）',
		baseConstant: '固定流失率预测'
	},
	values: {
		body: (unit: string) =>
			`客户在网的每一${unit}，毛利都在期初到账；年折现率按复利换算到每${unit}。`,
		del: '新客户的折现预期在网时长（DEL）',
		delNote: (unit: string) => `${unit}，含签约时那一期`,
		clv: '新客户的 CLV',
		clvNote: '毛利 × DEL − 获客成本',
		derl: (renewals: string) => `续订 ${renewals}后的折现预期剩余在网时长（DERL）`,
		derlNote: (unit: string) => `${unit}，从下一次续订决定算起`,
		renewalsCount: (n: number) => `${n} 次`,
		residual: '这位客户的剩余价值',
		residualNote: '毛利 × DERL；获客成本已经花掉，不再扣除',
		base: '现有客户群的价值',
		baseNote: (active: string) => `${active} 位在网客户`,
		divergent: '不折现时为无穷大',
		periodRate: (unit: string) => `每${unit}折现率`,
		cohortTitle: '每个同期群在网客户的价值',
		cohort: '同期群',
		active: '目前在网',
		age: '已续订次数',
		derlShort: 'DERL',
		value: '价值',
		stepsSummary: '查看估值的计算过程'
	},
	lesson: {
		body: (churn: string, unit: string) =>
			`这种算法取同一批数据的平均流失率（每${unit} ${churn}），把它套用到每一位客户、每一个在网时长上：“在网时长 = 1 ÷ 流失率”。`,
		measure: '同一批数据',
		survivalAt: (period: string) => `${period}后仍在网的比例`,
		lifetime: '预期在网时长（不折现）',
		lifetimeNone: '没有有限的均值',
		del: 'DEL（新客户）',
		derl: (renewals: string) => `续订 ${renewals}后的 DERL`,
		derlSame: '任何在网时长都一样',
		base: '现有客户群的价值',
		gap: (gap: string, share: string) =>
			`这种算法少算了客户群价值中的 ${gap}，相当于 sBG 估值的 ${share}。`,
		over: (gap: string, share: string) => `在这里，这种算法的估值比 sBG 高 ${gap}，高出 ${share}。`,
		noGap: '不折现且 α ≤ 1 时，sBG 的估值是无穷大，谈不上有限的差距。',
		lifetimeNote:
			'α ≤ 1 时，最忠诚的客户几乎永不离开，预期在网时长没有有限的均值；只有折现才让价值成为有限的数。',
		tooYoungTitle: '数据太短，长期预测不可靠',
		tooYoung: (decisions: string, needed: string) =>
			`这次拟合只用到 ${decisions}的续订决定。留存率上升得多快，要看好几次连续的续订才读得出来；少于 ${needed}时，几年以后的预测只是猜测。`,
		youngCohorts: (n: string, needed: string) =>
			`其中 ${n}自己的拟合期不到 ${needed}，它们的预测主要靠较早的同期群撑着。`,
		stepsSummary: '查看这种算法的计算过程'
	},
	steps: {
		periodDiscountRate: '每期折现率（由年折现率换算）',
		'sbg.logLikelihood': '对数似然：各期续订与流失的贡献之和',
		'sbg.customerPeriods': '观察到的续订决定数（“客户 × 期”）',
		'sbg.meanChurn': '新客户的平均流失概率',
		'sbg.churnSpread': '客户之间的差异（流失概率的标准差）',
		'sbg.polarization': '极化指数',
		'sbg.alpha': 'α 不大于 1：预期在网时长为无穷大',
		'sbg.del': '新客户的折现预期在网时长（先写出前几项，其余合为一项）',
		'sbg.clv': '新客户的 CLV',
		'sbg.derl': '续订设定次数后的折现预期剩余在网时长',
		'sbg.residualValue': '这位客户的剩余价值',
		'sbg.baseValue': '现有客户群的价值：每个同期群的在网客户按各自在网时长估值',
		'sbg.constantChurn': '固定流失率：流失人数除以续订决定数',
		'sbg.constantSurvival': '固定流失率下仍在网的比例',
		'sbg.constantLifetime': '固定流失率下的预期在网时长',
		'sbg.constantDel': '固定流失率下的 DEL',
		'sbg.constantDerl': '固定流失率下的 DERL（任何在网时长都一样）',
		'sbg.constantBaseValue': '固定流失率下的客户群价值',
		'sbg.baseValueGap': '这种算法少算的价值'
	} as Record<string, string>,
	legend: {
		symbols: {
			α: '贝塔分布的第一个形状参数',
			β: '第二个形状参数',
			d: '每期折现率',
			i_year: '年折现率',
			m: '每位客户每期毛利',
			AC: '获客成本',
			DEL: '新客户的折现预期在网时长',
			DERL: '折现预期剩余在网时长',
			R: '级数其余各项之和',
			c: '每期固定流失率',
			D: '拟合期内流失的客户数',
			N: '拟合期内的续订决定数',
			n: '目前在网的客户数',
			V: 'sBG 下的客户群价值',
			V_c: '固定流失率下的客户群价值',
			DERL_c: '固定流失率下的 DERL'
		} as Record<string, string>,
		indexed: {
			N: (t: string) => `面临第 ${t} 期续订的客户数`,
			ℓ: (t: string) => `第 ${t} 期的对数似然`,
			S: (t: string) => `新客户所在同期群在第 ${t} 期仍在网的比例`,
			p: (k: string) =>
				k === '0' ? '这位客户在眼前这次决定中续订的概率' : `这次决定之后 ${k} 期仍在网的概率`,
			n: (c: string) => `第 ${c} 个同期群的在网客户数`,
			DERL: (c: string) => `第 ${c} 个同期群客户的 DERL`,
			Σ: (range: string) => `第 ${range.replace('..', '—')} 项之和`
		} as Record<string, (index: string) => string>
	},
	summary: {
		del: '新客户的 DEL（期）',
		residual: '续订设定次数后的剩余价值',
		base: '现有客户群的价值',
		baseConstant: '固定流失率下的客户群价值',
		understatement: '固定流失率少算的价值比例',
		meanChurn: '每期平均流失率',
		survival: (period: number) => `${period} 期后仍在网的比例`,
		survivalSeries: '新同期群仍在网的比例',
		retentionSeries: '每一期续订的比例',
		period: '期'
	}
} satisfies typeof en;

export default subscriptionSections;
