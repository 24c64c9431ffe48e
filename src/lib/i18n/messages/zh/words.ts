import type en from '../en/words';

const words = {
	illustrative: '示意数字：为说明道理而设定，并非企业的真实数据。',
	gap: '',
	sentences: (...parts: string[]) => parts.filter(Boolean).join(''),
	steps: {
		heading: '结果是怎么算出来的',
		summary: '展开每一步，代入你的数字'
	},
	problem: {
		uplift: (base: string, min: string, max: string) =>
			`${base}加上这个变化后必须在 0% 到 100% 之间，所以变化只能在 ${min} 到 ${max} 之间。`,
		floor: (base: string, min: string) =>
			`${base}加上这个变化后不能小于零，所以变化至少为 ${min}。`,
		range: (min: string, max: string) => `模型要求这里的取值在 ${min} 到 ${max} 之间。`,
		min: (min: string) => `模型要求这里至少为 ${min}。`,
		max: (max: string) => `模型要求这里至多为 ${max}。`,
		integer: '模型要求这里填整数。',
		other: '这组输入算不出有效结果，请检查上面各项。',
		kept: '下方结果仍按你上一次的有效输入显示。'
	},
	pp: (n: string) => `${n} 个百分点`,
	ppShort: (n: string) => `${n} 个百分点`,
	years: (n: number) => `${n} 年`,
	nth: {
		month: (n: number) => `第 ${n} 个月`,
		quarter: (n: number) => `第 ${n} 个季度`,
		year: (n: number) => `第 ${n} 年`
	},
	duration: {
		month: (n: number) => `${n} 个月`,
		quarter: (n: number) => `${n} 个季度`,
		year: (n: number) => `${n} 年`
	},
	units: {
		month: '月',
		quarter: '季度',
		year: '年',
		months: '个月',
		quarters: '个季度',
		years: '年'
	},
	axis: { month: '月', quarter: '季度', year: '年' },
	yearAxis: '年份'
} satisfies typeof en;

export default words;
