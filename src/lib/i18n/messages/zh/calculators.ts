import type en from '../en/calculators';

const calculators = {
	clv: {
		title: '客户终身价值',
		summary:
			'把教科书里的各种 CLV 公式放在同一组数字上对照计算，逐步列出算式，标出回本时点，并找出最值得拉动的杠杆。'
	},
	lifecycle: {
		title: '客户生命周期模拟器',
		summary:
			'用马尔可夫链描述客户生命周期：可编辑的状态图、逐月推演的一批客户、各阶段的客户终身价值、蒙特卡洛验证，以及一场营销活动的回报测算。'
	}
} satisfies typeof en;

export default calculators;
