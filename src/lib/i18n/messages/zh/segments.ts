import type en from '../en/segments';

const segments = {
	title: '客户分群计算器',
	intro:
		'按“每次交易赚多少”和“多久来买一次”把客户分成金子、彗星、溪流、压力四类；看看利润究竟集中在多少客户身上；再为每一类客户给出对策。可以先用系统生成的示例客户，也可以粘贴或上传自己的客户表。',
	inputsHeading: '客户数据',
	sample: {
		legend: '生成的示例客户',
		note: '按下面的设定随机生成的一批虚构客户。设定和随机种子不变，生成的客户就完全一样。',
		disabled: '正在分析你自己的表格，这组设定暂不起作用。',
		more: '更多示例设定',
		another: '换一批客户'
	},
	fields: {
		count: '客户数',
		seed: '随机种子',
		profit: '单次交易利润（中位数）',
		profitSpread: '单次利润的离散程度',
		repeats: '重复购买次数（中位数）',
		frequencySpread: '购买频次的离散程度',
		correlation: '利润与频次的相关性',
		pressureShare: '亏损客户占比',
		pressureLoss: '亏损客户每次交易的亏损',
		windowDays: '统计期长度'
	},
	hints: {
		count: '示例里一共有多少位客户。',
		seed: '设定和种子相同，任何一台电脑上生成的客户都相同，方便全班对着同一张图讨论。',
		profit: '只看能带来利润的客户：一半人每次赚得比这多，一半比这少。',
		profitSpread:
			'单次利润有多不均：0 表示人人一样；1 以上说明少数客户每次能赚到普通客户的好几倍。',
		repeats: '典型客户在统计期内首次购买之后又买了几次。',
		frequencySpread: '购买频次有多不均：0 表示大家买得一样勤；数值越大，越是少数人买得特别多。',
		correlation:
			'每次赚得多的客户是否也买得更勤？1 表示总是如此，0 表示毫无关系，−1 表示正好相反。',
		pressureShare: '只有在大幅让利、价格压到成本以下时才肯买的客户，每笔交易都在亏钱。',
		pressureLoss: '亏损客户每次交易让你亏掉的钱，相当于盈利客户每次利润的百分之几。',
		windowDays: '数据覆盖的时间长度，决定每位客户最近一次购买距今多少天（用于 RFM）。'
	},
	units: { days: '天', purchases: '次' },
	thresholds: {
		legend: '分群的分界线',
		pressure: '压力客户：单次利润不高于',
		pressureHint:
			'每次交易只留下这么多甚至更少的客户算作压力客户，不论买得多勤。设为 0 时，就是每次都亏钱或仅仅保本的客户。',
		profit: '金子而非溪流：单次利润高于',
		frequency: '高频：购买次数多于',
		useMedian: (median: string) => `跟随中位数（${median}）`,
		profitHint:
			'在压力线以上的高频客户中，单次利润不高于这个数的是溪流客户：忠诚，但每次只赚一点。',
		frequencyHint: '购买次数不多于这个数的客户算作低频；只要高于压力线，就是彗星客户。'
	},
	source: {
		sample: (count: string, seed: string) =>
			`当前显示：生成的 ${count} 位示例客户（种子 ${seed}）。`,
		table: (count: string) => `当前显示：你自己的表格，共 ${count} 位客户。`,
		back: '回到生成的示例客户'
	},
	result: {
		label: '金子客户贡献的利润占比',
		detail: (count: string, share: string, profit: string, net: string) =>
			`${count} 位金子客户（占全部客户的 ${share}）贡献了净利润 ${net} 中的 ${profit}。`,
		none: '没有净利润',
		noneDetail:
			'这批客户合起来是亏钱的，所以算不出利润占比。分群表里仍能看到每一类客户赚了多少、亏了多少。'
	},
	steps: {
		heading: '计算过程',
		'segments.threshold.profitPerTransaction': '利润分界线：单次交易利润的中位数（按单次利润排序）',
		'segments.threshold.transactions': '频次分界线：购买次数的中位数（按购买次数排序）',
		'segments.profitShare.gold': '金子客户占净利润的比例',
		'pareto.topShare': '前 20% 的客户带来的利润占比',
		'generate.meanProfitPerTransaction':
			'为什么“平均”的盈利客户看起来比“典型”的更好：均值 = 中位数 × e^(σ²/2)'
	},
	legend: {
		orderProfit: (k: string) => `按单次利润从低到高排在第 ${k} 位的客户的单次利润`,
		orderCount: (k: string) => `按购买次数从少到多排在第 ${k} 位的客户的购买次数`,
		segmentCount: '该类客户人数',
		allCount: '全部客户人数',
		segmentProfit: '该类客户的利润合计',
		netProfit: '全部客户的净利润',
		topProfit: (k: string) => `利润最高的 ${k} 位客户的利润合计`,
		earnedProfit: '所有盈利客户的利润合计（亏损按 0 计）',
		part: '下一位客户落在前 20% 之内的那一部分',
		nextProfit: '下一位客户的利润',
		median: '单次利润的中位数',
		spread: '离散程度（对数的标准差 σ）',
		e: '自然常数，约 2.718'
	},
	segments: {
		gold: {
			name: '金子客户',
			description: '愿意长期合作，每次交易都能带来可观的利润。'
		},
		comet: {
			name: '彗星客户',
			description: '每次来买都有利润，但总在尝试别家，不常回头。'
		},
		stream: {
			name: '溪流客户',
			description: '忠诚、常来，但每次交易只留下一点点利润。'
		},
		pressure: {
			name: '压力客户',
			description: '货比三家，只在价格被压到微利甚至亏本时才肯成交。'
		}
	},
	treatments: {
		heading: '每一类客户该怎么对待'
	},
	plot: {
		heading: '四象限图'
	},
	pareto: {
		heading: '利润来自谁：检验二八法则',
		chart: '利润累计占比（从最赚钱的客户排起）',
		xTitle: '最赚钱的客户占全部客户的比例'
	},
	rfm: {
		heading: 'RFM 评分'
	},
	membership: {
		button: '下载每位客户所属的类别（CSV）',
		file: '客户分群',
		note: '每位客户一行：编号、类别和 RFM 组合，并附上据以分群的购买次数和利润。用电子表格打开，就能按名单逐一跟进。',
		headers: {
			id: '客户编号',
			segment: '类别',
			rfm: 'RFM 组合',
			transactions: '购买次数',
			profit: '利润合计',
			perPurchase: '单次利润'
		}
	},
	summary: {
		topShare: '前 20% 客户带来的利润占比',
		segmentShare: (name: string) => `${name}占全部客户的比例`,
		netProfit: '全部客户的净利润',
		customers: '示例客户数'
	},
	presets: {
		'online-shop': '网店（500 位客户）',
		supermarket: '超市（2000 位会员）',
		'b2b-distributor': 'B2B 经销商（300 家客户）',
		'subscription-app': '订阅制 App（5000 位订阅用户）'
	}
} satisfies typeof en;

export default segments;
