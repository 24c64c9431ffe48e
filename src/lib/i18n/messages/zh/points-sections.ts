import type en from '../en/points-sections';

const pointsSections = {
	timeline: {
		body: '在会计眼里，会员已经挣到、还没用掉的积分是一笔负债，金额是将来兑换预计要花的钱，也就是图中的虚线。换个角度看：积分计划是对会员的投资，会员留得更久、买得更多，投资就一点点收回来。实线把到每一期为止、每位会员比没有计划时多贡献的价值按今天的钱累加起来。',
		title: '每位会员的积分负债与累计 CLV 增量',
		liability: '积分负债（会计视角）',
		gain: '累计 CLV 增量现值（投资视角）',
		summary: (peak: string, gain: string, periods: string) =>
			`积分负债最高为 ${peak}；${periods}后，累计 CLV 增量达到 ${gain}。`,
		period: (unit: string) => unit
	},
	expiry: {
		body: '积分过期会提高沉淀率，奖励成本下降，负债缩小，会计上的账更好看了。可是会员手里没有余额可惜，留下来的理由就少了，留存效果随之减弱，投资这本账反而可能变差。下表用同一个积分计划，分别按两种规则计算。',
		figure: '指标',
		never: '永不过期',
		after: (months: string) => `${months}后过期`,
		change: '变化',
		rows: {
			breakage: '沉淀率',
			costPerMember: (unit: string) => `每位会员每${unit}的计划成本`,
			effectiveRetentionUplift: '实际兑现的留存率提升',
			peakLiability: '积分负债峰值',
			liabilityAtHorizon: '期末积分负债',
			clvWith: '有积分计划时的 CLV',
			netEffect: 'CLV 净变化'
		},
		verdictWorse: (saved: string, unit: string, lost: string) =>
			`设置过期后，每位会员每${unit}省下 ${saved} 的奖励成本，CLV 却少了 ${lost}：没有余额要守，会员走得更快。`,
		verdictBetter: (saved: string, unit: string, gained: string) =>
			`在这组数字下，过期反而划算：每位会员每${unit}省下 ${saved}，CLV 还增加 ${gained}，因为留存效果很少依赖积分余额。`,
		verdictSame: '在这组数字下，过期与否对 CLV 没有影响。',
		chartTitle: '两种规则下每位会员的积分负债峰值与 CLV 净变化',
		chartSummary: (never: string, after: string) =>
			`CLV 净变化：永不过期时为 ${never}，设置过期时为 ${after}。`,
		rule: '规则'
	}
} satisfies typeof en;

export default pointsSections;
