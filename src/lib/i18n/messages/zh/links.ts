/** Notices about a share link that was not applied as sent; the en file defines the shape. */
import type en from '../en/links';

const links = {
	outdated: '这个链接来自旧版计算器，当前版本无法读取其中的设置，已改为显示默认示例。',
	newer:
		'这个链接来自比当前浏览器中更新的计算器版本。请刷新页面获取更新后再打开链接；现在先显示默认示例。',
	corrupt: '这个链接已损坏（版本标记缺失或无法读取），已改为显示默认示例。',
	tooLong: (length: string) =>
		`这个链接远远超过计算器生成的任何链接的长度（${length} 个字符），所以没有读取，已改为显示默认示例。`,
	invalid: (fields: string) => `链接中有些设置无效（${fields}），已改为显示默认示例。`,
	invalidTogether: '链接中的设置彼此不匹配，组合起来无效，已改为显示默认示例。',
	partial: (fields: string) =>
		`这个链接似乎被截断了。链接里已有的设置都已应用，但以下设置缺失，显示的是默认示例的数值：${fields}。`,
	checkLast: (field: string) =>
		`链接里的最后一项设置（${field}）也可能被截断了：请检查它，或向对方索取完整的链接。`,
	unchecked:
		'这个链接与生成时的校验码不符：它被截断或改动过，或者它所基于的示例后来改了数值。链接里已有的设置都已应用到该示例上；缺失的设置显示的是示例的数值。',
	uncheckedLast: (field: string) =>
		`请检查链接里的最后一项设置（${field}），或向对方索取完整的链接。`,
	edited: (field: string) =>
		`这个链接与生成时的校验码不符：它被改动过，或在最后一项设置中间被截断。链接已按原样应用，请检查${field}。`
} satisfies typeof en;

export default links;
