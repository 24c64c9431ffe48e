/** Stored entries this version of a calculator cannot open; the en file defines the shape. */
import type en from '../en/unreadable';

const unreadable = {
	heading: (n: number) => `有 ${n} 项已保存的内容无法用这个版本的计算器打开`,
	kept: '它们被单独保留在这个浏览器里，没有删除；换成能读取它们的版本后会重新出现。可以下载一份留存。',
	item: (who: string, why: string) => `${who}：${why}。`,
	entry: (name: string) => `“${name}”`,
	unnamed: (n: number) => `第 ${n} 项`,
	reasons: {
		outdated: (version: number, current: number) =>
			`由旧版计算器保存（第 ${version} 版，当前是第 ${current} 版），当前版本无法读取它的设置`,
		newer: (version: number) =>
			`由更新版本的计算器保存（第 ${version} 版）：刷新页面获取新版后即可重新打开`,
		invalid: '有数值缺失或超出范围（可能被手动改过）',
		'bad-entry': '缺少名称、数值或版本号',
		'not-json': '保存的数据已损坏：不是可读取的 JSON。',
		'not-scenarios': '保存的数据不是场景列表。'
	},
	download: '下载被单独保留的内容',
	discard: '从这个浏览器中删除它们'
} satisfies typeof en;

export default unreadable;
