import type en from '../en/transactions';

/** “用交易记录预测客户价值”页面的文字。 */
const transactions = {
	title: '用交易记录预测客户价值',
	intro:
		'导入一份交易记录——你自己的，或者 CDNOW 示例数据——用这个领域的标准客户基础模型来拟合：BG/NBD、Pareto/NBD 和 Gamma-Gamma。看看哪些客户很可能还在、每位客户今后可能买多少次、值多少钱，并用模型从没见过的留出期来检验预测准不准。所有计算都在这个浏览器标签页里完成，你的文件不会上传。',
	presets: { cdnow: 'CDNOW 示例数据（Fader、Hardie 与 Lee，2005）' } as Record<string, string>,
	cases: {
		cdnow:
			'真实数据：在线唱片店 CDNOW 的 2,357 位客户，从 1997 年初第一次购买起，到 1998 年年中为止买过的全部 CD。和论文一样，前 39 周用来拟合模型，后 39 周用来检验。'
	} as Record<string, string>,
	input: {
		heading: '你的数据',
		privacy:
			'你的文件只在这个浏览器标签页里读取和分析，不会上传。页面地址里只记录设置，不包含数据。',
		format:
			'交易记录每笔购买一行：客户编号、日期，有的话再加上金额；其余的列会被忽略。表头用中文或英文都可以，顺序不限；用逗号、制表符或分号分隔；编码为 UTF-8 或 GB18030。也可以导入每位客户一行的汇总表（frequency、recency、T、monetary_value，即 lifetimes 软件包的格式）。',
		choose: '选择 CSV 或 TSV 文件',
		drop: '把 CSV 或 TSV 文件拖到这里',
		dropping: '松开鼠标即可读取文件',
		paste: '或者粘贴一张表',
		analysePaste: '分析粘贴的表格',
		example: '载入 CDNOW 示例',
		exampleNote:
			'2,357 位客户的 6,919 笔购买（160 KB），只在你点击时才从本站下载；同时套用论文里的设置。',
		loadingExample: '正在载入示例……',
		exampleFailed: '示例没能载入（是不是断网了？），请再试一次。',
		readFailed: '浏览器无法读取这个文件。请重新保存后再试，或者直接粘贴表格。',
		pasteEmpty: '请先粘贴一张表。',
		examplePresetHint: '这是 CDNOW 示例的设置：载入示例数据，就能看到论文里的结果。',
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
	read: {
		heading: '文件是怎样读取的',
		roles: {
			customer: '客户编号',
			date: '日期',
			amount: '金额',
			frequency: 'frequency（重复购买次数）',
			recency: 'recency（首购到末次购买）',
			age: 'T（首购到数据截止）',
			monetary: 'monetary_value（重复购买的平均金额）'
		}
	},
	settings: {
		unit: '模型的时间单位',
		horizon: (units: string) => `预测时长（${units}）`,
		units: { day: '天', week: '周', month: '月' },
		unitNames: { day: '天', week: '周', month: '个月' },
		span: {
			day: (n: string) => `${n} 天`,
			week: (n: string) => `${n} 周`,
			month: (n: string) => `${n} 个月`
		},
		unitAxis: { day: '天', week: '周', month: '月' },
		model: '计算 P(alive) 和客户终身价值所用的模型',
		models: { bgnbd: 'BG/NBD', 'pareto-nbd': 'Pareto/NBD' }
	},
	groups: { value: '客户价值' } as Record<string, string>,
	fields: {
		horizon: '预测时长',
		margin: '毛利率',
		discount: '年折现率'
	} as Record<string, string>,
	hints: {
		horizon: '向后预测多久的购买和价值，单位同上。',
		margin: '每笔消费金额中留作利润的比例。',
		discount: '将来的钱不如现在的钱值钱：一年后的钱要除以（1 + 折现率）。'
	} as Record<string, string | undefined>,
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
	headline: {
		label: (span: string) => `这些客户未来 ${span}的客户终身价值`,
		labelNoSpend: (span: string) => `这些客户未来 ${span}的购买次数`,
		empty: '尚无数据',
		noModelValue: '无法预测',
		noModel: (model: string) =>
			`${model} 无法拟合这份数据（见下方“拟合出的模型”），所以没有预测结果。可以换另一个模型、把校准期结束日往后挪，或者使用时间更长的记录。`,
		emptyDetail: '载入 CDNOW 示例或你自己的文件即可开始。',
		detail: (customers: string, active: string, purchases: string) =>
			`共 ${customers} 位客户，其中 ${active} 位很可能仍然活跃（P(alive) 不低于 50%）；预计购买 ${purchases} 次。`,
		noSpend: '数据里没有金额，因此只能预测购买次数，无法预测价值。'
	},
	timeline: {
		heading: '校准期与留出期',
		end: '校准期结束日',
		outOfRange: (date: string, first: string, last: string) =>
			`校准期结束日 ${date} 不在这份记录的时间范围内（${first} 至 ${last}），因此改为留出最后三分之一。`
	},
	models: {
		heading: '拟合出的模型',
		names: { bgnbd: 'BG/NBD', paretoNbd: 'Pareto/NBD', gammaGamma: 'Gamma-Gamma' }
	},
	validation: {
		heading: '模型能预测留出期吗？'
	},
	table: {
		heading: '逐位客户的预测',
		body: '可以按任意一列排序，只看很可能已经流失的客户或价值最高的五分之一，也可以下载整张表。',
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
		heading: '一位客户的故事'
	},
	teaching: {
		heading: '怎样解读这些结果'
	},
	sql: {
		heading: '客户有几百万？在数据所在的地方先汇总'
	}
} satisfies typeof en;

export default transactions;
