import type en from '../en/points';

const points = {
	title: '消费积分计算器',
	intro:
		'一个积分计划，每位会员要花多少钱、会积下多少积分负债，又能不能靠会员留得更久、买得更多把成本赚回来？这里把两本账并排摆出来：会计眼中的负债，和对客户终身价值的投资。',
	presets: {
		'airline-alliance': '航空常旅客计划（联盟内通兑）',
		'cobranded-credit-card': '银行联名信用卡',
		'gap-vouchers': 'GAP：积分换折扣券，约一年清零'
	},
	cases: {
		'airline-alliance':
			'每次乘机都累积里程，可以升舱、换机票，也能到积分商城换商品；还能在联盟内任一航空公司兑换，比如东航会员可以兑换天合联盟成员的航班，所以大部分里程最终都会被用掉。这里假设里程三年后过期。',
		'cobranded-credit-card':
			'刷卡积分可以换机票、机场贵宾室和积分商城里的商品，而且永不过期。银行在刷卡消费上只赚很薄的一层，但多年的消费和还款记录让客户换银行的代价很高。',
		'gap-vouchers':
			'顾客留手机号就能入会，积分主要用来换 9 折券，还能与其他折扣叠加，这是服装业毛利高、过季降价快才负担得起的做法。积分大约一年就清零——案例认为，这是把对顾客的投资当成负债急着清掉。'
	},
	groups: {
		members: '没有积分计划时的会员',
		programme: '积分计划本身',
		effects: '你预期它带来的效果'
	},
	fields: {
		spend: (unit: string) => `每位会员每${unit}消费额`,
		margin: '消费的毛利率',
		retention: (unit: string) => `每${unit}留存率`,
		discount: '年折现率',
		years: '计算期限',
		earn: (one: string) => `每消费 ${one} 获得的积分`,
		pointValue: '每个积分兑换时的成本',
		redemption: '积分不过期时的兑换率',
		expires: '积分会过期吗？',
		never: '永不过期',
		after: '若干个月后过期',
		expiry: '积分有效期',
		lag: '从获得到兑换的平均等待时间',
		running: (unit: string) => `每位会员每${unit}的运营成本`,
		retentionUplift: (unit: string) => `每${unit}留存率提升（百分点）`,
		spendUplift: '消费额提升（来得更勤或买得更多）',
		balanceEffect: '留存效果中依赖积分余额的比例'
	},
	hints: {
		spend: '一位活跃会员在一期内贡献的收入。',
		margin: '消费额扣除直接成本后剩下的比例。',
		retention: (annual: string) => `一期后仍然活跃的会员比例，折合每年 ${annual}。`,
		discount: (perPeriod: string, unit: string) => `按复利换算为每${unit} ${perPeriod}。`,
		years: '从会员入会算起，往后算多少年。',
		earn: '每消费一个货币单位记入的积分（里程）数。',
		pointValue: '兑换一个积分你要付出的成本：它换来的机票、折扣券或商品。',
		redemption: '其余的是沉淀积分，永远不会被兑换。联盟通兑和积分商城会让兑换率更高。',
		expiry: '下方会把这条规则和“永不过期”并排比较。',
		lag: '会员往往攒够了才兑换，奖励成本也就晚这么久才支付。',
		running: '系统、人员、对账单和合作方费用，不含奖励本身。',
		retentionUplift:
			'因为有了积分计划，每一百位会员中每期多留下几位。这是你的假设；“盈亏平衡所需的留存率提升”会告诉你至少要多少。',
		spendUplift: '攒积分的会员来得更勤，每次也买得更多。',
		balanceEffect:
			'会员留下来，部分是为了不让积分白白浪费。积分过期会让余额变少，这部分效果也随之减弱。'
	},
	result: {
		label: '每位会员的 CLV 净变化',
		detail: (without: string, withProgramme: string, years: string) =>
			`按今天入会的每位会员计算，${years}内的 CLV 从没有积分计划时的 ${without} 变为有计划时的 ${withProgramme}，已扣除奖励和运营成本。`
	},
	breakEven: {
		heading: '盈亏平衡所需的留存率提升',
		found: (needed: string, unit: string) =>
			`只要每${unit}留存率提升 ${needed}，积分计划就能收回成本。`,
		clears: (assumed: string) => `你假设提升 ${assumed}，足够了。`,
		short: (assumed: string) => `你假设提升 ${assumed}，还不够。`,
		notNeeded: (net: string) =>
			`不需要任何留存效果：单靠多出来的消费就能覆盖成本，即使没有一位会员因此多留，每位会员也能多贡献 ${net}。`,
		none: (max: string) =>
			`留存率再怎么提升也收不回成本：即便留住所有会员（提升 ${max}），CLV 仍低于没有积分计划的时候。请降低奖励或运营成本，或者寻找更大的消费拉动效果。`,
		expiryNote:
			'积分会过期时，任何留存提升都只有一部分能兑现（见“依赖积分余额的比例”）；这里的盈亏平衡点和你的输入一样，尚未扣除积分过期的影响。'
	},
	figures: {
		costPerMember: (unit: string) => `每位会员每${unit}的计划成本`,
		costShare: (share: string) => `占消费额的 ${share}`,
		breakage: '沉淀率：永远不会被兑换的积分',
		retentionWith: '有积分计划时的留存率',
		effectiveUplift: (uplift: string) => `扣除过期影响后提升 ${uplift}`,
		programmeCost: '计划成本现值（每位会员）',
		peakLiability: '每位会员积分负债的峰值',
		peakIn: (when: string) => `出现在${when}`,
		liabilityEnd: '期末的积分负债'
	},
	summary: {
		clvWithout: '没有积分计划时的 CLV',
		clvWith: '有积分计划时的 CLV',
		costPerYear: '每位会员每年的计划成本',
		breakEven: '盈亏平衡所需的年留存率提升（百分点）',
		retentionYear: '有积分计划时的年留存率',
		gainByYear: '各年累计 CLV 增量',
		year: '年份'
	},
	timeline: {
		heading: '负债，还是投资？'
	},
	expiry: {
		heading: (months: string) => `积分过期改变了什么：永不过期与 ${months}后过期`
	}
} satisfies typeof en;

export default points;
