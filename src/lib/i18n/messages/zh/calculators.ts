import type en from '../en/calculators';

const calculators = {
	clv: {
		title: '客户终身价值',
		summary:
			'把教科书里的各种 CLV 公式放在同一组数字上对照计算，逐步列出算式，标出回本时点，并找出最值得拉动的杠杆。'
	}
} satisfies typeof en;

export default calculators;
