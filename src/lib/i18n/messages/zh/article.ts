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
		wrong: '不是这个。',
		answerIs: '答案：',
		yourGuess: '你的判断：',
		close: '误差不大，估得不错。',
		off: (by: string, high: boolean) => `你的估计比答案${high ? '高' : '低'}了 ${by}。`,
		wrongBy: (chose: string, actual: string) => `不是这个：你选的约为 ${chose}，实际是 ${actual}。`
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
	},
	references: {
		heading: '参考资料'
	},
	hands: {
		heading: '举手表决',
		lead: '每个答案有多少人举手？输入人数，柱条随之变化。',
		count: (label: string) => `选“${label}”的人数`,
		bar: (count: number, share: string) => `${count} 人（${share}）`,
		total: (n: number) => `共统计 ${n} 人。`,
		invalid: '请输入 0 或正整数。',
		right: '正确答案',
		summary: (right: number, total: number, share: string) =>
			`${total} 人中有 ${right} 人选对（${share}）。`,
		unlock: '统计举手人数（或选一个答案）后才能揭晓。',
		room: '全场选得最多的：'
	},
	timeline: {
		caption: (m: string, r: string, i: string) =>
			`同一位客户，三种记账时点：每笔利润何时到账、到账的可能性多大（m = ${m}，r = ${r}，i = ${i}）`,
		lead: '三行说的是同一位客户：只要还是客户，每期带来利润 m；每过一期，留下来的概率是 r。不同的只是利润记在哪个时点。',
		at: (t: number) => (t === 0 ? '今天' : `第 ${t} 期末`),
		none: '没有利润',
		bites: (at: string) => `留存率从${at}开始起作用。`,
		expected: (symbol: string, value: string) => `${symbol} = ${value}`
	},
	identities: {
		heading: '三个数值之间的关系',
		end: (end: string, start: string, m: string) =>
			`期末 = 期初 − m：${end} = ${start} − ${m}。两串现金流完全相同，只差今天这一笔，期末口径不计它。`,
		certain: (certain: string, start: string, onePlusI: string) =>
			`首笔确定 = 期初 ÷（1 + i）：${certain} = ${start} ÷ ${onePlusI}。它就是期初那串现金流整体推后一期，每一笔都多折现一次。`
	}
} satisfies typeof en;

export default article;
