import type en from '../en/common';

/** 全站界面文字。结构必须与 en/common.ts 一致：缺少或多出的键都会让类型检查失败。 */
const common = {
	siteName: '客户终身价值实验室',
	siteTagline: '动手算一算，弄懂客户终身价值',

	skipToContent: '跳到正文',
	nav: {
		label: '主导航',
		home: '首页',
		learn: '学习',
		calculate: '计算',
		teach: '教学',
		glossary: '术语表'
	},
	languageSwitch: {
		label: '语言',
		to: 'English',
		hint: '用英文阅读本页'
	},
	theme: {
		dark: '深色模式',
		hint: '在浅色与深色之间切换；默认跟随系统设置'
	},
	footer: {
		about:
			'客户终身价值实验室用可以动手操作的计算器讲解客户终身价值。所有计算都在你的浏览器里完成：不用注册，不做追踪，数据不会离开本页。',
		languages: '其他语言'
	},
	minutes: (n: number) => `约 ${n} 分钟读完`,
	article: {
		backToIndex: '全部文章',
		related: '相关计算器'
	}
} satisfies typeof en;

export default common;
