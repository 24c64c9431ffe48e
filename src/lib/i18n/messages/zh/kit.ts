import type en from '../en/kit';

const kit = {
	field: {
		slider: (label: string) => `${label}（滑块）`,
		errors: {
			empty: '请填写一个数值。',
			notNumber: '请用阿拉伯数字填写，例如 12.5。',
			fullWidth: (suggestion: string) => `这里无法识别全角数字。你想填的是 ${suggestion} 吗？`,
			grouping: (suggestion: string) => `请去掉千位分隔符，直接填写 ${suggestion}。`,
			tooLarge: (max: string) => `数值太大了，最大允许 ${max}。`,
			belowMin: (min: string) => `不能小于 ${min}。`,
			aboveMax: (max: string) => `不能大于 ${max}。`,
			notInteger: '请填写整数。'
		},
		use: (suggestion: string) => `改为 ${suggestion}`,
		keptResult: '结果仍按你上一次的有效输入显示。'
	},
	formula: {
		heading: '计算过程',
		symbolic: '公式',
		numeric: '代入你的数字',
		where: '其中',
		/** Between the entries of a formula's legend, and after the last. */
		whereSeparator: '；',
		whereEnd: '。'
	},
	chart: {
		table: '以表格形式查看数据',
		period: '期'
	},
	scenario: {
		presets: '从示例开始',
		custom: '自定义数字',
		copyLink: '复制本场景的链接',
		copied: '链接已复制到剪贴板。',
		copyFailed: '复制失败：请在地址栏中选中网址后手动复制。',
		reset: '重置',
		outdatedLink: '这个链接来自旧版计算器，当前版本无法读取其中的设置，已改为显示默认示例。',
		newerLink:
			'这个链接来自比当前浏览器中更新的计算器版本。请刷新页面获取更新后再打开链接；现在先显示默认示例。',
		corruptLink: '这个链接已损坏（版本标记缺失或无法读取），已改为显示默认示例。',
		tooLongLink: (length: string) =>
			`这个链接远远超过计算器生成的任何链接的长度（${length} 个字符），所以没有读取，已改为显示默认示例。`,
		invalidLink: (fields: string) => `链接中有些设置无效（${fields}），已改为显示默认示例。`,
		invalidLinkTogether: '链接中的设置彼此不匹配，组合起来无效，已改为显示默认示例。',
		partialLink: (fields: string) =>
			`这个链接似乎被截断了。链接里已有的设置都已应用，但以下设置缺失，显示的是默认示例的数值：${fields}。`,
		checkLast: (field: string) =>
			`链接里的最后一项设置（${field}）也可能被截断了：请检查它，或向对方索取完整的链接。`,
		editedLink: (field: string) =>
			`这个链接与生成时的校验码不符：它被改动过，或在最后一项设置中间被截断。链接已按原样应用，请检查${field}。`,
		dismiss: '关闭提示'
	},
	units: {
		month: '月',
		quarter: '季度',
		year: '年',
		months: '个月',
		quarters: '个季度',
		years: '年'
	},
	currency: '货币',
	timeUnit: '时间单位'
} satisfies typeof en;

export default kit;
