import type en from '../en/kit';
import words from './words';

const kit = {
	field: {
		slider: (label: string) => `${label}（滑块）`
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
	/** Shown over a table or formula wider than the screen (it scrolls sideways). */
	scrollHint: '左右滑动可查看全部',
	chart: {
		table: '以表格形式查看数据',
		period: '期'
	},
	scenario: {
		presets: '从示例开始',
		linkExample: '链接所基于的示例',
		custom: '自定义数字',
		dismiss: '关闭提示',
		noScript:
			'浏览器未启用 JavaScript，这里只显示示例的结果。启用后即可输入自己的数字、换用其他示例和分享链接。'
	},
	units: words.units,
	fieldUnits: { years: '年', months: '个月' },
	currency: '币种',
	/** 中文界面只写币种的中文名称，不写英文代码。 */
	currencyOption: (name: string) => name,
	currencyGroups: { common: '常用币种', all: '全部币种' },
	timeUnit: '时间单位',
	unitChange: {
		/** The unit-free word for a row's label ("Spend per period"). */
		period: '期'
	}
} satisfies typeof en;

export default kit;
