import type en from '../en/article';

const article = {
	objectives: {
		heading: '学习目标',
		lead: '读完本文，你应该能够：'
	},
	predict: {
		kicker: '先猜，再揭晓',
		hint: '先写下你的判断，再点按钮看答案。',
		estimate: '你的估计',
		reveal: '揭晓答案',
		chooseFirst: '选一个答案后才能揭晓。',
		typeFirst: '填一个数字后才能揭晓。',
		notNumber: '请用阿拉伯数字填写，例如 1500。',
		right: '答对了。',
		notQuite: '差一点。',
		answerIs: '答案：',
		yourGuess: '你的判断：',
		close: '误差不大，估得不错。',
		off: (by: string) => `与答案相差 ${by}。`
	},
	selfCheck: {
		heading: '自测一下',
		lead: '先在心里作答，再点开对照。',
		show: '查看答案',
		hide: '收起答案'
	},
	summary: {
		heading: '小结'
	},
	table: {
		scroll: '表格较宽，可左右滑动查看'
	}
} satisfies typeof en;

export default article;
