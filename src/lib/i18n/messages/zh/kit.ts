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
		linkExample: '链接所基于的示例',
		custom: '自定义数字',
		copyLink: '复制本场景的链接',
		copied: '链接已复制到剪贴板。',
		copyFailed: '复制失败：请在地址栏中选中网址后手动复制。',
		reset: '重置',
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
	fieldUnits: { years: '年', months: '个月' },
	currency: '币种',
	timeUnit: '时间单位'
} satisfies typeof en;

export default kit;
