import type en from '../en/workshop';

const workshop = {
	heading: '培训工具包',
	intro:
		'围绕一个主题上两小时课所需的全部材料：培训师用的流程表（时间安排、展示什么、问大家什么问题、常见的错误答案及如何回应），学员用的练习单，以及单独的答案。每一部分都可以单独打印；所有数字都出自与计算器相同的模型。',
	hands:
		'在演示模式下，文章里的每道选择题都可以举手表决：输入每个选项有多少人举手，屏幕画出分布，再揭晓答案。',
	parts: {
		'run-sheet': '流程表',
		worksheet: '练习单',
		answers: '答案'
	},
	partOf: (part: string, theme: string) => `${part}：${theme}`,
	minutes: '120 分钟',
	time: (start: number, end: number) => `第 ${start}–${end} 分钟`,
	show: '展示什么',
	ask: '问大家',
	wrong: '常见的错误答案',
	guess: '常听到',
	reply: '回应',
	open: '打开',
	openCase: (title: string) => `演示：${title}`,
	reading: '课前课后阅读',
	otherParts: '其他部分',
	kinds: {
		compute: '计算',
		predict: '先预测，再计算',
		interpret: '分析'
	},
	name: '姓名',
	date: '日期',
	worksheetLead: '写出计算过程。遇到“先预测”的题目，先写下你的预测，再动手计算。',
	answerSpace: '计算过程与答案',
	answersLead: '供培训师使用：请与练习单分开打印。',
	working: '过程',
	answer: '答案',
	question: (n: number) => `第 ${n} 题`,
	back: '返回“教学”'
} satisfies typeof en;

export default workshop;
