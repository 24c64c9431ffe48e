import type en from '../en/subscription';

const subscription = {
	title: '订阅留存与客户价值',
	intro:
		'粘贴一张同期群表——每一期开始订阅的客户，过了一期、两期、三期后还剩多少——用移位贝塔几何模型（sBG）拟合它。看清留存率为什么随在网时长上升，预测今后的留存，并算出一位新客户、一位已续订客户和整个现有客户群的价值；旁边并排列出常用的“固定流失率”算法给出的结果。',
	presets: {
		'fh-regular': 'Fader 与 Hardie：普通客户',
		'fh-high-end': 'Fader 与 Hardie：高端客户',
		'fh-regular-7': 'Fader 与 Hardie：普通客户，只看前 7 年'
	},
	cases: {
		'fh-regular':
			'同一年签约的 1,000 位客户，连续跟踪 12 年（Fader 与 Hardie，2007）。用前 7 年拟合模型，第 8—12 年留作检验，看模型预测得准不准。毛利和获客成本是我们设定的。',
		'fh-high-end':
			'同一研究中的高端客户：1,000 人、12 年，第 8—12 年留作检验。他们一开始就流失得少，留存率同样逐年上升。毛利和获客成本是我们设定的。',
		'fh-regular-7':
			'还是那 1,000 位普通客户，但只有第 7 年时已知的数据：拟合要用的全部都在，之后发生的一概不知。先做预测，再打开完整示例，把第 8—12 年的实际结果和预测对照。毛利和获客成本是我们设定的。'
	},
	groups: {
		money: '客户带来的毛利与获客成本',
		use: '怎样使用这张表'
	},
	fields: {
		margin: (unit: string) => `每位客户每${unit}毛利`,
		acquisition: '每位客户的获客成本',
		discount: '年折现率',
		holdout: (units: string) => `留作检验的最后几期（${units}）`,
		horizon: (units: string) => `向后预测（${units}）`,
		renewals: '下方估值的客户已续订的次数'
	},
	hints: {
		margin: '一位在网客户一期内扣除直接成本后留下的钱，在每期期初到账（第一笔在签约时）。',
		acquisition: '争取一位客户的成本，只从新客户的价值里扣除。',
		discount: (perPeriod: string, unit: string) => `按复利换算为每${unit} ${perPeriod}。`,
		holdout: '每个同期群最后这几格不参与拟合，用来和预测对照。填 0 表示全部用来拟合。',
		horizon: '图中对一个新同期群向后预测多远。',
		renewals: (periods: string) =>
			`剩余价值针对的是这样一位客户：已经在网 ${periods}，眼下要决定是否再续订。`
	},
	problems: {
		calibration:
			'留作检验的期数这么多，剩下用来拟合的各期里没有一位客户流失（或没有一位续订），无从拟合。请少留几期。',
		discountTiny: (min: string) => `折现率这么小，级数收敛太慢：请填 0，或者至少 ${min}。`,
		table: '这张表无法拟合。'
	},
	table: {
		heading: '你的同期群表',
		label: '同期群表（从电子表格粘贴）',
		hint: '每行一个同期群（行首可以写名称），每列是开始后的第几期：填仍在网的客户数，或占期初人数的百分比。年轻同期群后面的格子留空。只有一行或一列时，按一条留存曲线读取。可用制表符、逗号或分号分隔。',
		examples: '示例：',
		cellsAs: '单元格读作',
		cellUnits: {
			auto: '自动识别',
			count: '客户数',
			percent: '百分比',
			share: '比例（0 到 1）'
		},
		heading0: '同期群',
		read: (cohorts: string, periods: string) => `已读取：${cohorts}，最长 ${periods}。`,
		cohorts: (n: number) => `${n} 个同期群`,
		assumed: (size: string) =>
			`单元格是百分比，所以假定每个同期群期初有 ${size} 位客户。α 和 β 与这个假定无关；标准误和客户群价值则与它有关。`,
		stored: (length: string, limit: string) =>
			`这张表需要 ${length} 个字符，超过了分享链接能容纳的 ${limit} 个。表已保存在这个浏览器里：在这里打开链接或已保存的场景都能看到它，换一台设备就不行了。要分享，请直接把表发给对方。`,
		storeFailed: {
			quota: '浏览器给本站的存储空间已满，这张表只保留到你离开本页为止。',
			unavailable: '这个浏览器不允许本站保存数据，这张表只保留到你离开本页为止。'
		},
		missing:
			'这个链接指向的表太大，放不进链接，只保存在生成链接的那个浏览器里。这里改为显示示例；把表粘贴到这里即可使用。',
		invalid: '这张表无法读取，下方结果仍按上一张能读取的表显示。',
		problems: {
			'too-large': (limit: string) =>
				`粘贴的内容太长，无法读取（超过 ${limit} 个字符，远大于 500 × 500 的表），所以没有留在框里。请只粘贴人数。`
		}
	},
	result: {
		label: '一位新客户的价值（CLV）',
		detail: (del: string, unit: string) =>
			`毛利 × ${del} 个折现后的预期在网${unit}，再减去获客成本。`,
		divergent: '没有有限的值',
		divergentDetail:
			'不折现时，这批客户中最忠诚的那部分留得太久，预期在网时长没有尽头（α ≤ 1）。请把折现率设为大于 0。'
	},
	headline: {
		base: '现有客户群的价值',
		baseDetail: (active: string) => `${active} 位在网客户，各按自己的在网时长估值。`,
		shortcut: '固定流失率算法给出',
		under: (share: string) => `它把客户群的价值低估了 ${share}。`,
		over: (share: string) => `它把客户群的价值高估了 ${share}。`,
		same: '两者相同：这批客户之间没有差别。'
	},
	fit: {
		heading: '拟合结果：客户之间的流失倾向有多不同'
	},
	projection: {
		heading: '留存率随在网时长上升',
		body: '容易离开的客户先离开了，留下的是忠诚的那部分：续订的比例一期比一期高。固定流失率画出来的却是一条水平线。'
	},
	values: {
		heading: '客户值多少钱'
	},
	lesson: {
		heading: '固定流失率算法会怎么说',
		sbg: 'sBG 模型',
		constant: '固定流失率'
	}
} satisfies typeof en;

export default subscription;
