import type en from '../en/field-errors';

const fieldErrors = {
	errors: {
		empty: '请填写一个数值。',
		notNumber: '请用阿拉伯数字填写，例如 12.5。',
		fullWidth: (suggestion: string) => `这里无法识别全角数字。你想填的是 ${suggestion} 吗？`,
		arabicDigits: (suggestion: string) => `这里无法识别这种数字。你想填的是 ${suggestion} 吗？`,
		decimalComma: (suggestion: string) => `小数请用小数点“.”。你想填的是 ${suggestion} 吗？`,
		ambiguous: (a: string, b: string) => `这个数可以读作 ${a}，也可以读作 ${b}，请选一个。`,
		grouping: (suggestion: string) => `请去掉千位分隔符，直接填写 ${suggestion}。`,
		tooLarge: (max: string) => `数值太大了，最大允许 ${max}。`,
		belowMin: (min: string) => `不能小于 ${min}。`,
		aboveMax: (max: string) => `不能大于 ${max}。`,
		notInteger: '请填写整数。'
	},
	use: (suggestion: string) => `改为 ${suggestion}`,
	keptResult: '结果仍按你上一次的有效输入显示。'
} satisfies typeof en;

export default fieldErrors;
