import type en from '../en/transactions-sections';

/** “用交易记录预测客户价值”页面里只有输入区下方各部分才显示的文字：某一部分激活时才载入（issue 20）。 */
const transactionsSections = {
	input: {
		exampleFailed: '示例没能载入（是不是断网了？），请再试一次。',
		readFailed: '浏览器无法读取这个文件。请重新保存后再试，或者直接粘贴表格。',
		pasteEmpty: '请先粘贴一张表。',
		analysing: (name: string) => `正在分析${name}……`,
		showing: (name: string) => `当前显示：${name}。`,
		pasted: '粘贴的表格',
		exampleName: 'CDNOW 示例',
		size: (megabytes: string) => `${megabytes} MB`
	},
	problems: {
		binary:
			'这个文件不是文本表格（看起来是图片、压缩包或程序）。请把数据另存为 CSV，再选择那个文件。',
		spreadsheet:
			'这是一个 Excel 工作簿（或其他 zip 文件），无法直接读取。请在 Excel 里选择“文件 › 另存为 › CSV UTF-8”，再选择保存好的 CSV 文件。',
		tooLarge: (size: string, limit: string) =>
			`这个文件有 ${size}，这里最多只能读取 ${limit}。请用本页末尾的 SQL 在数据所在的地方先做汇总，再导入汇总表。`,
		tooManyRows: (limit: string) =>
			`文件超过 ${limit} 行。请用本页末尾的 SQL 在数据所在的地方先做汇总，再导入汇总表。`,
		empty: '文件是空的。',
		headerOnly: '文件只有表头，下面没有数据。',
		unbalancedQuote: (line: string) =>
			`第 ${line} 行有一个单元格以引号开头，却一直没有闭合。请检查这一行的引号。`,
		missingColumns: (missing: string) =>
			`没有认出“${missing}”这一列。请在下面指定各列，然后重新读取。`,
		badMapping: (column: string) => `文件里没有第 ${column} 列。`,
		noValidRows: '没有一行能读出来，原因列在下面。',
		tooFewCustomers: (customers: number, count: string) =>
			customers === 1
				? '到校准期结束时，数据里只有一位客户。模型要从客户之间的差别中学习，至少需要两位，实际上需要几百位。'
				: `到校准期结束时只有 ${count} 位客户买过东西：模型至少需要两位，实际上需要几百位。请把校准期结束日往后挪，或者使用更多数据。`,
		onlyOneTimeBuyers: (count: string) =>
			`到校准期结束时，${count} 位客户没有一位回来买第二次，模型无从知道客户多久回购一次。请把校准期结束日往后挪，或者使用时间更长的记录。`,
		pasteTooLarge: (limit: string) =>
			`粘贴的文字超过 ${limit} 个字符：请把它存成文件，再选择文件。`,
		failed: '分析出错停止了。请刷新页面后再试。',
		kept: '下方结果仍是上一次的分析。'
	},
	progress: {
		label: '分析',
		stages: {
			read: '正在读取文件',
			summarise: '正在汇总每位客户',
			bgnbd: '正在拟合 BG/NBD',
			'pareto-nbd': '正在拟合 Pareto/NBD',
			'gamma-gamma': '正在拟合 Gamma-Gamma',
			validate: '正在用留出期检验',
			clv: '正在计算每位客户的客户终身价值',
			interval: '正在模拟每位客户的区间'
		},
		waiting: '即将开始……',
		cancel: '取消',
		cancelled: '已取消。下方结果仍是上一次的分析。',
		resume: '重新运行',
		done: (seconds: string) => `在后台线程中用时 ${seconds} 秒完成分析。`
	},
	read: {
		roles: {
			customer: '客户编号',
			date: '日期',
			amount: '金额',
			frequency: 'frequency（重复购买次数）',
			recency: 'recency（首购到末次购买）',
			age: 'T（首购到数据截止）',
			monetary: 'monetary_value（重复购买的平均金额）'
		},
		log: '交易记录',
		summary: '客户汇总表',
		format: (kind: string, encoding: string, delimiter: string, decimal: string) =>
			`${kind}：${encoding}，以${delimiter}分隔，${decimal}。`,
		encodings: {
			'utf-8': 'UTF-8',
			gb18030: 'GB18030',
			'utf-16le': 'UTF-16',
			'utf-16be': 'UTF-16',
			text: '粘贴的文字'
		},
		bom: '带字节顺序标记',
		delimiters: { ',': '逗号', ';': '分号', '\t': '制表符', '|': '竖线' },
		decimals: { point: '小数点为“.”', comma: '小数点为“,”' },
		counts: (rows: string, purchases: string, customers: string) =>
			`共 ${rows} 行：${customers} 位客户的 ${purchases} 笔购买（同一位客户同一天的购买已合并为一笔）。`,
		summaryCounts: (rows: string, customers: string) => `共 ${rows} 行：${customers} 位客户。`,
		lifetimes:
			'按 lifetimes 软件包的定义读取：frequency 是重复购买次数（第一次购买不算）；recency 是从第一次购买到最后一次购买的时间，不是距最后一次购买过了多久；T 是从第一次购买到数据截止的时间。这些时间的单位请在上方“模型的时间单位”里选定。',
		columnsHeading: '各列的含义',
		none: '（无）',
		column: (n: number, name: string) => (name ? `第 ${n} 列：${name}` : `第 ${n} 列`),
		readAgain: '按这些列重新读取',
		dates: {
			legend: '形如 05/03/1997 的日期',
			ambiguous:
				'文件里没有哪个日期能说明 05/03 是 3 月 5 日还是 5 月 3 日。你的系统是怎样写日期的？',
			dmy: '日在前（05/03 = 3 月 5 日）',
			mdy: '月在前（05/03 = 5 月 3 日）'
		},
		allRows: '每一行都读取成功。',
		badRows: (_rows: number, count: string, listed: string) =>
			`有 ${count} 行无法读取，已跳过，其余各行照常分析。下面列出前 ${listed} 行。`,
		badRowsAll: (_rows: number, count: string) =>
			`有 ${count} 行无法读取，已跳过，其余各行照常分析。`,
		badRowsUnanalysed: (_rows: number, count: string) => `有 ${count} 行无法读取，已跳过。`,
		badCaption: '被跳过的行',
		line: '行号',
		columnHeader: '列',
		reason: '原因',
		reasons: {
			'missing-customer': '没有客户编号。',
			'missing-date': '没有日期。',
			'bad-date': '日期无法识别。',
			'future-date': '日期在未来。',
			'missing-amount': '没有金额。',
			'bad-amount': '金额不是数字。',
			'negative-amount': '金额是负数（是退款或冲正吗？）。',
			'missing-value': '缺少数值。',
			'bad-number': '不是数字。',
			'fractional-frequency': 'frequency 必须是整数。',
			'negative-value': '数值是负数。',
			'recency-after-age': 'recency 大于 T。',
			'recency-without-repeat': '没有重复购买，recency 却大于 0。',
			'duplicate-customer': '这位客户在前面已经出现过。'
		}
	},
	timeline: {
		outOfRange: (date: string, first: string, last: string) =>
			`校准期结束日 ${date} 不在这份记录的时间范围内（${first} 至 ${last}），因此改为留出最后三分之一。`,
		body: '模型只从校准期结束日之前的购买中学习，然后拿它之后发生的事情——也就是模型从没见过的留出期——来检验。默认把记录的最后三分之一留出；挪动结束日，可以看看模型需要多长的历史。',
		chart: '每周购买次数',
		series: '购买次数',
		summary: (first: string, last: string, end: string) =>
			`从 ${first} 到 ${last} 每周的购买次数；校准期到 ${end} 结束。`,
		weekOf: (date: string) => `${date} 那一周`,
		marker: '校准期结束',
		slider: '校准期结束日（滑块，按周调整）',
		reset: '留出最后三分之一',
		facts: (customers: string, calibration: string, holdout: string) =>
			`到校准期结束时共有 ${customers} 位客户买过东西。校准期：${calibration}；留出期：${holdout}。`,
		noHoldout: '没有留出期',
		later: (count: string) => `另有 ${count} 位客户在校准期结束后才第一次购买，模型看不到他们。`
	},
	models: {
		body: '每个模型都用最大似然法拟合：找出让客户们的购买历史出现的可能性最大的参数值。标准误（由似然函数在峰值处的弯曲程度算出）说明数据对这个参数的约束有多紧；对数似然用来比较同一份数据上的两个购买模型，越大越好。',
		caption: '参数、标准误与对数似然',
		model: '模型',
		parameter: '参数',
		estimate: '估计值',
		standardError: '标准误',
		meaning: '含义',
		logLikelihood: '对数似然',
		noErrors: '无法估计',
		stories: {
			bgnbd: 'BG/NBD：客户在活跃期间按各自稳定的频率购买；每次购买之后，都可能就此永远离开。',
			paretoNbd: 'Pareto/NBD：客户按各自的频率购买，会在某个随机时刻离开，不管刚才有没有买东西。',
			gammaGamma:
				'Gamma-Gamma：每笔购买的金额围绕这位客户自己的平均值上下波动，各人的平均值又彼此不同。'
		},
		params: {
			r: '客户购买频率分布的形状',
			alpha: '客户购买频率分布的尺度（以时间单位计）',
			a: '购买后离开的概率：第一个形状参数',
			b: '购买后离开的概率：第二个形状参数',
			s: '离开速率分布的形状',
			beta: '离开速率分布的尺度（以时间单位计）',
			p: '单笔购买金额分布的形状',
			q: '客户消费水平分布的形状',
			gamma: '客户消费水平分布的尺度'
		} as Record<string, string>,
		failed: {
			'no-spend': '未拟合：数据里没有金额，或者重复购买的客户不到两位。',
			'not-converged': '寻找最优参数的过程没有收敛：这份数据对这个模型来说可能太少了。',
			invalid: '未拟合：这份数据不适合这个模型。'
		},
		spendCheck: (customers: string, correlation: string) =>
			`Gamma-Gamma 假设客户每笔消费多少与他多久买一次无关。在 ${customers} 位有重复购买的客户中，购买次数与平均金额的相关系数是 ${correlation}：`,
		independent: '足够小，可以接受这个假设。',
		dependent: '太强，不能忽略，对价值的预测要谨慎看待。'
	},
	validation: {
		body: '这个领域通常从三个方面检验拟合好的模型（Fader、Hardie 与 Lee，2005）：校准期内重复购买 0 次、1 次、2 次……的客户人数对不对得上；每周的累计购买能不能一路跟到留出期结束；按过去购买次数分组的客户，留出期的购买能不能预测准。',
		actual: '实际',
		histogram: '按校准期内重复购买次数统计的客户数',
		histogramSummary: (zero: string, expected: string) =>
			`${zero} 位客户没有重复购买；模型预计为 ${expected} 位。`,
		repeatAxis: '重复购买次数',
		orMore: (n: string) => `${n} 次及以上`,
		customersAxis: '客户数',
		tracking: '逐周累计的重复购买次数',
		trackingSummary: (actual: string, expected: string, week: string) =>
			`到第 ${week} 周，实际重复购买 ${actual} 次；模型预计为 ${expected} 次。`,
		weekAxis: '周',
		holdout: '留出期每位客户的购买次数（按校准期内重复购买次数分组）',
		holdoutSummary: (span: string) =>
			`按校准期购买次数分组，每组客户在 ${span}留出期里平均购买多少次：实际与预测。`,
		perCustomer: '每位客户的购买次数',
		verdict: {
			over: (model: string, pct: string, expected: string, actual: string, span: string) =>
				`${model} 把留出期高估了 ${pct}：预计校准期结束后 ${span}里重复购买 ${expected} 次，实际为 ${actual} 次。`,
			under: (model: string, pct: string, expected: string, actual: string, span: string) =>
				`${model} 把留出期低估了 ${pct}：预计校准期结束后 ${span}里重复购买 ${expected} 次，实际为 ${actual} 次。`,
			close: (model: string, pct: string, expected: string, actual: string, span: string) =>
				`${model} 对留出期的预测误差在 ${pct} 以内：预计校准期结束后 ${span}里重复购买 ${expected} 次，实际为 ${actual} 次。`,
			good: '足够准确，可以用来做计划。',
			fair: '可以使用，但在依赖单个客户的预测之前，先看看下面的分组对比。',
			poor: '偏差太大，不宜依赖：留出期里业务可能有了变化（促销、新渠道），或者客户的行为不符合模型的假设。'
		},
		noHoldout:
			'没有可以对照的留出期：数据是汇总表，或者校准期结束日就是记录的最后一天。只能对比校准期的分布。',
		compareHeading: 'BG/NBD 与 Pareto/NBD 对照',
		compareCaption: '同一批客户上的两个购买模型',
		measure: '指标',
		rows: {
			logLikelihood: '对数似然（越大越好）',
			holdoutExpected: '预测的留出期重复购买次数',
			holdoutError: '与留出期实际值的误差',
			active: '很可能仍然活跃的客户（P(alive) ≥ 50%）',
			meanPAlive: '平均 P(alive)',
			expected: (span: string) => `未来 ${span}的预计购买次数`
		},
		closer: (model: string) => `在这份数据上，${model} 对留出期的预测更接近实际。`,
		agree:
			'两个模型的总量通常很接近；差别最大的是买过很多次、随后长期沉默的客户。BG/NBD 计算起来更快，所以常被当作默认选择。'
	},
	table: {
		caption: (shown: string, total: string) => `客户（显示 ${total} 位中的 ${shown} 位）`,
		sortBy: (column: string) => `按“${column}”排序`,
		filter: '显示',
		filters: {
			all: '全部客户',
			lapsed: '很可能已流失（P(alive) 低于 50%）',
			top: '客户终身价值最高的 20%',
			topPurchases: '预计购买次数最多的 20%'
		},
		previous: '上一页',
		next: '下一页',
		page: (from: string, to: string, total: string) => `第 ${from}–${to} 位，共 ${total} 位`,
		pending: '模拟中……',
		none: '没有符合这个筛选条件的客户。',
		details: (id: string) => `查看客户 ${id} 的购买历史`,
		download: '下载整张表（CSV，全部客户）',
		timesIn: (unit: string) => `t_x 和 T 的单位是${unit}，从客户第一次购买算起。`,
		columns: {
			id: '客户',
			x: '重复购买次数 x',
			tx: '末次购买 t_x',
			T: '客户年龄 T',
			spend: '平均消费',
			pAlive: 'P(alive)',
			expected: (span: string) => `未来 ${span}预计购买次数`,
			expectedSpend: '预计每笔消费',
			clv: (span: string) => `未来 ${span}的客户终身价值`,
			low: '客户终身价值区间：下限',
			high: '客户终身价值区间：上限',
			interval: '80% 区间'
		},
		preparing: '正在为下载模拟每位客户的区间……',
		fileName: '客户预测'
	},
	detail: {
		choose: '客户编号',
		show: '查看',
		notFound: '模型的数据里没有这个编号的客户。',
		chart: (id: string) => `客户 ${id} 的 P(alive) 随时间的变化`,
		pAlive: 'P(alive)',
		purchase: '购买',
		summary: (id: string, purchases: string, now: string) =>
			`客户 ${id} 共购买 ${purchases} 次；校准期结束时的 P(alive) 为 ${now}。`,
		story: (id: string, x: string, last: string, silence: string, now: string) =>
			`客户 ${id} 回购了 ${x} 次，最后一次是在首次购买后 ${last}，之后沉默了 ${silence}。校准期结束时的 P(alive)：${now}。`,
		fewer: (x: string, then: string) =>
			`如果同一位客户在同样的时间跨度里只回购 ${x} 次、最后一次的时间不变，P(alive) 会是 ${then}。`,
		why: '每一次购买都会让 P(alive) 上升，每过一周没有购买又会让它下降；客户过去买得越规律，它降得越快——因为常客长时间不来很反常，偶尔来一次的客户隔很久才来却很平常。所以，一位买过更多次、随后长期沉默的客户，看上去反而可能比买得少的客户更像已经离开。'
	},
	teaching: {
		pAliveHeading: 'P(alive)',
		pAlive:
			'P(alive) 是模型根据一位客户的购买时间，推断他仍然是你的客户（还没有悄悄离开）的概率。它不保证客户会来买：一位一年只买两次的活跃客户，下个月完全可能什么都不买。用它来排序、决定先联系谁，而不要当成对某一个人的定论。',
		oneTimeHeading: '为什么在 BG/NBD 里只买过一次的客户看起来“还活着”',
		oneTime:
			'在 BG/NBD 里，客户只会在某次购买之后离开。只买过一次、再也没回来的客户，没有一次“重复购买”可以作为离开的时点，所以不管过了多久，模型给他的 P(alive) 都是 100%。不过他的预计购买次数仍然很低，因为模型也知道这类客户大多很少购买。Pareto/NBD 允许客户在任何时刻离开，给他们的 P(alive) 会低一些。给只买过一次的客户排序，请看预计购买次数，不要看 P(alive)。',
		contractHeading: '契约关系还是非契约关系？',
		contract:
			'这些模型适用于非契约关系——商店、餐馆、网上零售——客户离开时不会告诉你，他们还在不在只能推断。订阅、合同、会员卡这类契约关系能看到每一次退订，更适合用按批次（同期客户群）建模的留存模型，例如移位贝塔几何模型（sBG）。',
		intervalHeading: '80% 区间是什么意思',
		interval:
			'每个客户终身价值旁边的区间，说的是这一位客户在预测时长内的价值很可能落在哪里：十位历史完全相同的客户里，大约八位会落在上下限之间，一位更低，一位更高。区间很宽，是因为即使模型完全正确，一个人的未来也很不确定——他可能已经离开（那就一分钱也不会带来），可能买得比过去勤一点或少一点，每笔花得多一点或少一点。几百位客户加在一起，这些起伏会相互抵消，所以总数比任何一行都可靠得多。'
	},
	sql: {
		body: '模型只需要每位客户的四个数字。交易有几百万笔的企业，可以在自己的数据仓库里做好汇总，只把汇总表导入这里——即使有几百万位客户，也不过几 MB。下面的查询用标准 SQL 完成这件事（已在 DuckDB 中测试；PostgreSQL 可直接运行；BigQuery、Spark SQL 和 SQL Server 的日期差写法不同，文件里有注明）。',
		columns:
			'它读取一张 transactions(customer_id, purchase_date, amount) 表，为每位客户输出一行：frequency、recency、T、monetary_value 以及留出期购买次数；时间单位和校准期结束日在文件开头设定。',
		link: '下载 SQL 文件（btyd-summary.sql）'
	}
} satisfies typeof en;

export default transactionsSections;
