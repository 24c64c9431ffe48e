import type en from '../en/index-pages';

const indexPages = {
	learn: {
		title: '学习',
		intro: '每篇短文只讲透一个概念，并配有可以直接上手的计算器。可以按顺序读，也可以挑需要的看。',
		articlesHeading: '文章',
		uses: '用到的计算器'
	},
	calculate: {
		title: '计算',
		intro:
			'独立使用的计算器。每个都会把公式连同你填的数字一起列出来，配有图表和对应的数据表，还有“如果……会怎样”的杠杆分析。场景参数保存在网址里，分享链接就能让别人看到同样的结果。',
		open: '打开'
	},
	teach: {
		title: '教学',
		intro:
			'给讲师用的材料：按课程顺序排列的文章及其教学要点，以及可以让全场学员用手机同时打开的计算器。',
		course: '课程大纲',
		calculators: '课堂上可现场演示的计算器',
		tips: '教学建议',
		tipList: [
			'拖动滑块之前，先请学员猜一猜结果，再揭晓答案。',
			'计算器的所有参数都在网址里：复制链接发给大家，所有人看到的就是同一个场景。',
			'教室后排看不清时，放大浏览器（Ctrl 加 +），版面会自动重排，依然清晰易读。'
		]
	},
	glossary: {
		title: '术语表',
		intro: '本站用到的术语，中英对照，每条附一句话的解释。',
		term: '术语',
		definition: '解释',
		usedIn: '出现在'
	}
} satisfies typeof en;

export default indexPages;
