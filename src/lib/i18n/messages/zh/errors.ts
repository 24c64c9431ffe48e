import type en from '../en/errors';

const errors = {
	notFound: {
		title: '找不到这个页面',
		body: '这个网址没有对应的页面：页面可能已经搬走，也可能是链接输错了。',
		address: '你访问的网址是',
		tryThese: '可以从这里继续'
	},
	error: {
		title: '出了点问题',
		body: '这个页面没能显示出来。请刷新一下，或者回到首页重新开始。'
	}
} satisfies typeof en;

export default errors;
