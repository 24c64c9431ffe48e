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
		loadingExample: '正在载入示例……'
	},
	read: {
		heading: '文件是怎样读取的'
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
		end: '校准期结束日'
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
		body: '可以按任意一列排序，只看很可能已经流失的客户或价值最高的五分之一，也可以下载整张表。'
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
