import type en from '../en/tools';

const tools = {
	scenario: {
		copyLink: '复制本场景的链接',
		copied: '链接已复制到剪贴板。',
		copyFailed: '复制失败：请在地址栏中选中网址后手动复制。',
		reset: '重置'
	},
	panelFailed: '这个面板没能加载，请检查网络后再试一次。',
	present: {
		button: '演示',
		hint: '全屏大字，适合在教室投影；用方向键逐步讲解，按 Esc 退出'
	},
	print: {
		button: '打印讲义',
		preparing: '正在准备讲义……'
	},
	share: { button: '二维码' },
	saved: { button: '已保存的场景' },
	compare: { button: '对比 A 与 B' },
	chart: {
		png: '下载 PNG 图片',
		csv: '下载 CSV 数据',
		failed: '下载失败。请重试，或查看数据表格。'
	}
} satisfies typeof en;

export default tools;
