import type { TableProblem } from '$lib/calculators/segments/table';
import type en from '../en/segments-sections';

/** 读者表格中某一行被跳过的原因；`column` 是这一格所在的列。 */
const reasons: Record<TableProblem, (column: string) => string> = {
	'missing-customer': (column) => `“${column}”这一格是空的。`,
	'missing-value': (column) => `“${column}”这一格是空的。`,
	'bad-number': (column) => `“${column}”这一格不是数字。`,
	'fractional-frequency': (column) => `“${column}”记的是购买次数，必须是整数。`,
	'negative-value': (column) => `“${column}”这一格不能是负数。`,
	'recency-after-age': () => 'recency 大于 T：最后一次购买不可能晚于数据截止时间。',
	'duplicate-customer': () => '这个编号在前面已经出现过，只保留前面那一行。'
};

/** 整张表无法读取的原因。 */
const errors = {
	binary: '这不是文本表格，看起来像图片、压缩包或程序文件。请打开 CSV 文件。',
	spreadsheet:
		'这是 Excel 工作簿（.xlsx 或 .xls），这里无法直接读取。请在 Excel 中选择“文件 › 另存为 › CSV”，再打开保存好的 CSV 文件。',
	empty: '还没有可读的内容。请先粘贴表格或打开文件。',
	'header-only': '表格只有表头，下面没有客户数据。',
	'unbalanced-quote': (line: string) =>
		`第 ${line} 行的引号没有配对闭合，后面的各行因此无法分清。请删掉多余的 "，或在同一行内把它闭合。`
};

/** 客户分群计算器里只有输入区下方各部分（导入自己的表格、散点图、分群表、对策、帕累托曲线、RFM）才显示的文字：某一部分激活时才载入（issue 20）。 */
const segmentsSections = {
	treatments: {
		size: (count: string, share: string) => `${count} 位，占 ${share}`,
		'protect-and-reward': {
			short: '重点维护，给予回报',
			long: '留住他们：用心的服务、应有的礼遇，以及随合作年限递增的会员权益。失去一位这样的客户，比争取一位新客户代价大得多。'
		},
		'convert-to-repeat': {
			short: '给他们再来的理由',
			long: '把偶尔光顾的客户变成常客：发展会员、让积分在下一次消费时就能兑现、每笔订单之后及时回访。'
		},
		'raise-margin': {
			short: '提高每次交易的利润',
			long: '做向上销售和交叉销售，推荐配套的附加商品，并通过自助服务、合并配送等更省钱的渠道来服务他们。'
		},
		'cut-cost-or-let-go': {
			short: '压低服务成本，或者放手',
			long: '他们每次交易都在亏钱或仅仅保本。停掉吸引他们的大幅折扣，降低服务他们的成本，留不住也不必强留。继续降价只会亏得更多。'
		},
		'stop-discounting': {
			short: '停止让利，但留住他们',
			long: '他们的利润很薄，但每次交易仍然是赚钱的，失去他们利润反而会减少。停掉大幅折扣，改用最省钱的渠道服务他们，只要还在盈利就留住。'
		},
		'sort-out-losses': {
			short: '分清亏损客户和薄利客户',
			long: '你设的这条线圈进了两种客户。每次交易都亏钱或仅仅保本的：停掉吸引他们的大幅折扣，压低服务成本，或者放手。仍有微利的：停止让利，但要留住，失去他们利润反而会减少。上方可下载的客户类别名单列出了每位客户的单次利润，可以据此把两种人分开。'
		},
		split: (losing: string, thin: string) =>
			`其中 ${losing} 位每次交易都亏钱或仅仅保本，${thin} 位仍有微利。`
	},
	plot: {
		title: '按购买次数和单次利润分布的客户',
		desc: (n: string, frequency: string, profit: string, pressure: string, counts: string) =>
			`${n} 位客户的散点图。横轴是统计期内的购买次数，纵轴是单次交易利润。单次利润不高于 ${pressure} 的是压力客户。在这条线以上，位于 ${frequency} 次的竖线把左边的彗星客户和高频客户分开；高频客户中，位于单次利润 ${profit} 的横线把上方的金子客户和下方的溪流客户分开。各类人数：${counts}。下方表格给出同样的数字。`,
		count: (name: string, count: string) => `${name} ${count} 位`,
		x: '统计期内购买次数',
		y: '单次交易利润',
		frequencyTick: (threshold: string) => `> ${threshold}`,
		losses: '亏损',
		legend: '图例',
		legendItem: (name: string, count: string) => `${name}：${count} 位`,
		scaleNote:
			'两条坐标轴都做了拉伸（对数刻度），好让大量小客户和少数大客户在同一张图里都看得清。购买次数相同的客户会左右稍微错开，免得互相遮挡。',
		sampled: (shown: string, total: string, stride: string) =>
			`图中画出了 ${total} 位客户中的 ${shown} 位（每 ${stride} 位取一位）；表格统计的是全部客户。`
	},
	table: {
		caption: '四类客户的具体数字（与散点图内容相同的文字版）',
		segment: '类别',
		customers: '客户数',
		customerShare: '客户占比',
		profit: '利润合计',
		profitShare: '占净利润',
		treatment: '建议对策',
		all: '全部客户',
		noShare: '净利润为正时才能计算利润占比；这批客户合起来是亏钱的。',
		negativeShare: '占比为负表示亏损，要靠其他几类客户赚的钱来填补。'
	},
	pareto: {
		sentence: (top: string, share: string) => `前 ${top} 的客户带来了 ${share} 的利润。`,
		more: '利润比二八法则说的还要集中。',
		close: '这和二八法则相当接近。',
		less: (share: string) =>
			`利润没有二八法则说的那么集中：要前 ${share} 的客户才能带来 80% 的利润。`,
		losses: (count: string, total: string) =>
			`有 ${count} 位客户是亏钱的（合计 ${total}）。曲线把他们按 0 计算，所以显示的是已赚到的利润中各部分客户的占比。`,
		net: (share: string) => `如果以扣除这些亏损后的净利润为准，前 20% 的客户贡献了 ${share}。`,
		overNet: '这比全部净利润还多：其余客户合起来是亏钱的。',
		noNet: '净利润不是正数，因此无法计算占净利润的比例。',
		noLosses: '没有客户亏钱，所以赚到的利润也就是净利润。',
		noProfit: '没有一位客户带来利润，也就谈不上利润在谁身上。',
		summary: (share: string) =>
			`曲线起步很陡：最赚钱的 20% 客户带来了 ${share} 的利润。对角线表示人人贡献相同时的情形。`,
		earned: '占已赚利润的比例（亏损按 0 计）',
		netSeries: '占净利润的比例（扣除亏损）',
		equal: '假如每位客户贡献相同',
		marker: '前 20%'
	},
	rfm: {
		intro:
			'RFM 从三个最能预示下一次购买的方面给客户打分：最近一次购买有多近（R）、买得多勤（F）、带来多少利润（M）。每一项按客户排名五等分，记 1 到 5 分，5 分是最好的那五分之一，所以 555 代表三项都名列前茅。',
		top: (share: string, count: string) => `有 ${share} 的客户（${count} 位）得分为 555。`,
		codes: '最常见的 RFM 组合',
		code: '组合',
		customers: '客户数',
		share: '占比',
		bySegment: '四类客户的平均得分',
		segment: '类别',
		r: '最近一次',
		f: '频次',
		m: '金额',
		missing: (count: string) =>
			`计算 RFM 需要知道每位客户最近一次购买距今多少天，而你的表格里有 ${count} 位客户缺少这一项。加上“最近购买天数”一列即可看到 RFM 评分。`
	},
	own: {
		heading: '分析你自己的客户（粘贴或打开 CSV）',
		privacy:
			'你的表格只在这个浏览器里读取，不会发送到任何地方，也不会被保存。分享链接里同样不包含它，链接只记录示例客户的设定。',
		format:
			'每位客户一行，第一行是表头：编号、交易次数（统计期内购买次数）、利润（统计期内这位客户带来的利润合计，亏损写负数），如有条件再加上最近购买天数（距上次购买的天数，用于 RFM）。英文表头 id、transactions、profit、recency_days 同样可以识别，常见的 RFM 列名（customer_id、recency、frequency、monetary）也可以：没有利润列时，就用 monetary 列。各列之间用逗号、分号或制表符分隔都行，数字用小数点或小数逗号都能读。lifetimes 或 BTYD 软件包导出的客户汇总表（frequency、recency、T、monetary_value）也能识别并自动换算。',
		paste: '粘贴你的表格（CSV）',
		file: '或者打开一个 CSV 文件',
		analyse: '分析这张表',
		example: '下载示例 CSV',
		fillExample: '把示例填进输入框',
		exampleFile: '客户示例.csv',
		reading: (percent: string) => `正在读取表格……${percent}`,
		readFailed: '这个浏览器无法读取这张表格。请另存为 CSV（UTF-8 编码）后再试。',
		pasteTooLarge: (size: string, lines: string) =>
			`粘贴的文字有 ${size} 个字符（${lines} 行）。这里最多可以粘贴 200 万个字符，足够容纳本页读取的 1 万位客户。更大的表格请另存为 CSV 文件后打开。`,
		fileTooLarge: (size: string) =>
			`这个文件有 ${size}，这里最多能读取 20 MB 的文件（本页只读取前 1 万位客户）。`,
		errors,
		report: (used: string, left: string) => `读入 ${used} 位客户，跳过 ${left} 行。`,
		reportAll: (used: string) => `读入 ${used} 位客户，没有跳过任何一行。`,
		stopped: (limit: string, line: string) =>
			`最多只读取前 ${limit} 位客户，读到第 ${line} 行就停止了。`,
		thresholds: '利润线和频次线已改为跟随你这张表的中位数。',
		convention: {
			sentence: (parts: readonly string[]) => `文字的读法：${parts.join('；')}。`,
			delimiter: {
				',': '各列以逗号分隔',
				';': '各列以分号分隔',
				'\t': '各列以制表符分隔',
				'|': '各列以竖线分隔'
			},
			decimal: {
				point: '数字按小数点读取（1,234.5 即一千二百三十四点五）',
				comma: '数字按小数逗号读取（1.234,5 即一千二百三十四点五）'
			},
			encoding: {
				text: '粘贴的文字',
				'utf-8': 'UTF-8 编码',
				gb18030: 'GB18030（GBK）编码，中文版 Excel 默认这样保存',
				'utf-16le': 'UTF-16 编码，Excel 保存“Unicode 文本”时使用',
				'utf-16be': 'UTF-16 编码，Excel 保存“Unicode 文本”时使用'
			},
			switchTo: {
				point: '改为按小数点读取数字',
				comma: '改为按小数逗号读取数字'
			}
		},
		missing: (columns: string) =>
			`表头里缺少这些列：${columns}。第一行必须写明各列名称，例如：编号,交易次数,利润。`,
		missingLifetimes:
			'这像是 lifetimes 或 BTYD 的客户汇总表（frequency、recency、T），但没有金额列。请加上 monetary_value（重复购买的平均金额）或 profit 列。',
		noRows: '没有一行能用，原因见下表。',
		readHeading: '各列的读法',
		lifetimesNote:
			'这张表有 lifetimes / BTYD 客户汇总表的 frequency、recency、T 三列，因此按这种格式读取。',
		readAs: {
			'as-is': (field: string, column: string) => `${field}：取自“${column}”列。`,
			'value-as-profit': (field: string, column: string) =>
				`${field}：取自“${column}”列，因为表格没有利润列。如果这一列记的是销售额而不是利润，分群就是按销售额排的。`,
			'repeat-plus-first': (field: string, column: string) =>
				`${field}：${column} + 1（这种格式的 ${column} 只计重复购买，所以要加上首次购买）。`,
			'end-minus-recency': (field: string, end: string, recency: string) =>
				`${field}：${end} − ${recency}，即最后一次购买到数据截止的时间，单位与表格相同（这里的 ${recency} 是首次购买到最后一次购买的时间；RFM 评分只看先后顺序）。`,
			'mean-times-repeat': (field: string, mean: string, repeat: string) =>
				`${field}：${mean} × ${repeat}，即重复购买的金额（表格没有利润列，所以这是消费额而不是利润）。`
		},
		badRows: '被跳过的行',
		moreBad: (count: string) => `……另有 ${count} 行被跳过。`,
		line: '行号',
		column: '列',
		problem: '原因',
		columns: {
			id: '编号',
			transactions: '交易次数',
			profit: '利润',
			recency_days: '最近购买天数'
		},
		reasons
	}
} satisfies typeof en;

export default segmentsSections;
