import type en from '../en/subscription-reader';

const subscriptionReader = {
	table: {
		where: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
		cell: (cohort: string, age: number) => `同期群 ${cohort}，第 ${age} 期`,
		more: (n: number) => `……另有 ${n} 处。`,
		problems: {
			empty: '框里是空的：请粘贴一张同期群表，或选一个示例。',
			'too-many-rows': (limit: string) => `这张表超过了 ${limit} 行。`,
			'too-many-columns': (limit: string, line: number) =>
				`第 ${line} 行超过了 ${limit} 个单元格。`,
			'single-period': '每个同期群都只有期初人数：至少还要再有一期，才看得出谁留下、谁离开。',
			'all-retained':
				'没有一个同期群有人流失，无从了解流失：留存率看上去是 100%，算出的价值会是无穷大。',
			'all-lost': '所有人都在第一期就离开了，没有人续订过：没有什么可以预测。'
		},
		reasons: {
			'not-a-number': (text: string) => `“${text}”不是数字。`,
			negative: (text: string) => `${text} 小于零，人数不可能是负的。`,
			'fractional-count': (text: string) =>
				`${text} 不是整数个客户。如果这些是百分比，请加上 % 号，或在上方选“百分比”。`,
			'above-100-percent': (text: string) =>
				`${text} 超过了 100%：一个同期群留下的客户不可能比期初还多。`,
			rising: (text: string, previous: string) =>
				`${text} 比上一期的 ${previous} 还多：同期群只会变小。回流的客户应算作新的同期群。`,
			gap: () => '这一格是空的，后面却还有数：一行里不能有空档。',
			'missing-start': () => '第一格（同期群的期初人数）是空的。',
			'zero-start': () => '期初 0 位客户的同期群说明不了任何问题。',
			'start-not-full': (text: string, expected: string) =>
				`百分比的一行应从 ${expected} 开始，而不是 ${text}。`,
			'mixed-units': (text: string) => `${text} 让一张表里既有客户数又有百分比：请只用一种。`,
			'too-large': (text: string, limit: string) => `${text} 超过了 ${limit} 位客户。`
		}
	}
} satisfies typeof en;

export default subscriptionReader;
