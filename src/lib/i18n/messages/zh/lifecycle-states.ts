/** The presets’ state names in Chinese (keys as in ../en/lifecycle-states.ts). */
import type en from '../en/lifecycle-states';

const stateNames = {
	exploration: '考察期',
	formation: '形成期',
	stability: '稳定期',
	decline: '退化期',
	// 电信五阶段里的“衰退期”（同一个 id，叫法不同）
	'telecom:decline': '衰退期',
	ended: '关系终止',
	acquisition: '获取期',
	growth: '提升期',
	maturity: '成熟期',
	churn: '离网',
	active: '活跃',
	silent: '沉默',
	dormant: '休眠',
	lost: '流失',
	new: '新客户',
	loyal: '忠实客户',
	'key-follow-up': '重点跟进',
	'recency-1': '1 年前购买',
	'recency-2': '2 年前购买',
	'recency-3': '3 年前购买',
	'recency-4': '4 年前购买'
} satisfies typeof en;

export default stateNames;
