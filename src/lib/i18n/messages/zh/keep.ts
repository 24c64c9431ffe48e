import type en from '../en/keep';

const keep = {
	present: {
		controls: '演示控制',
		exit: '退出演示',
		next: '下一步',
		previous: '上一步',
		step: (n: number, total: number) => `${n} / ${total}`,
		stepLabel: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
		keys: '方向键：翻页 · Esc：退出'
	},
	share: {
		title: '用手机打开这个场景',
		instructions:
			'用手机相机扫描二维码，即可打开与屏幕上完全相同的场景；也可以手动输入下面的网址。',
		code: '本场景链接的二维码',
		address: '网址',
		close: '关闭',
		failed: '二维码生成失败，但下面的网址仍然可以使用。'
	},
	saved: {
		heading: '已保存的场景',
		intro: '场景只保存在当前浏览器里。如需换设备或备份，请导出为文件。',
		name: '名称',
		defaultName: (n: number) => `场景 ${n}`,
		save: '保存当前场景',
		savedAs: (name: string) => `已保存为“${name}”。`,
		empty: '还没有保存任何场景。',
		savedOn: (date: string) => `保存于 ${date}`,
		open: '打开',
		opened: (name: string) => `已打开“${name}”。`,
		rename: '重命名',
		newName: (name: string) => `“${name}”的新名称`,
		confirmRename: '确定',
		renamed: (name: string) => `已改名为“${name}”。`,
		cancel: '取消',
		delete: '删除',
		deleted: (name: string) => `已删除“${name}”。`,
		actions: (name: string) => `“${name}”`,
		export: '全部导出为文件',
		import: '从文件导入',
		imported: (n: number) => `已导入 ${n} 个场景。`,
		clash: (names: string) =>
			`以下名称已经被你的场景占用：${names}。两个都保留，还是用导入的替换？`,
		keepBoth: '都保留（给导入的场景加编号）',
		replace: '替换我原有的',
		checking: '正在检查文件……',
		unreadableDiscarded: '被单独保留的内容已删除。',
		storage: {
			quota: '浏览器给本站的存储空间已满，这次没有保存成功。请先删除几个场景，或把它们导出为文件。',
			unavailable:
				'当前浏览器不允许本站保存数据（可能是无痕模式或隐私设置），所以无法在这里保存场景。导出为文件仍然可用。'
		},
		file: {
			'too-large': (size: string, max: string) => `这个文件有 ${size}，场景文件最大只能是 ${max}。`,
			'too-many': (count: string, max: string) =>
				`这个文件里有 ${count} 个场景，一次最多只能导入 ${max} 个。`,
			'not-json': '这不是 JSON 文件。',
			'not-scenarios': '这不是 CLV 实验室导出的场景文件。',
			'other-calculator': (id: string) =>
				`这个文件里是另一个计算器（“${id}”）的场景，请到那个计算器里导入。`,
			empty: '这个文件里没有场景。',
			'bad-entry': (n: number) => `文件中的第 ${n} 项缺少名称、数值或版本号。`,
			outdated: (name: string, version: number, current: number) =>
				`“${name}”由旧版计算器保存（第 ${version} 版，当前是第 ${current} 版），无法打开。`,
			newer: (name: string, version: number) =>
				`“${name}”由更新版本的计算器保存（第 ${version} 版）。请刷新页面获取新版，再重新导入。`,
			invalid: (name: string) => `“${name}”中有数值缺失或超出范围。`,
			nothing: '没有导入任何内容。'
		}
	},
	compare: {
		heading: '对比两个场景',
		a: '场景 A',
		b: '场景 B',
		current: '当前屏幕上的场景',
		needSaved: '请先保存一个场景，然后就可以拿它和屏幕上的场景（或另一个已保存的场景）对比。',
		measure: '指标',
		difference: '差值（B − A）',
		same: '相同',
		changed: '有差异',
		notComparable: '无法比较',
		points: (value: string) => `${value} 个百分点`,
		failed: '其中一个场景无法计算。',
		chartSummary: '实线是场景 A，虚线是场景 B。',
		series: (which: string, label: string) => `${which}：${label}`
	},
	chart: {
		made: (date: string) => `由客户终身价值实验室生成于 ${date}`,
		more: (n: number) => `另有 ${n} 项设置（下方网址包含全部设置）`,
		pair: (label: string, value: string) => `${label}：${value}`,
		yes: '是',
		separator: '；'
	}
} satisfies typeof en;

export default keep;
