import type en from '../en/calculators';

const calculators = {
	clv: {
		title: '客户终身价值',
		summary:
			'把教科书里的各种 CLV 公式放在同一组数字上对照计算，逐步列出算式，标出回本时点，并找出最值得拉动的杠杆。'
	},
	lifecycle: {
		title: '客户生命周期模拟器',
		summary:
			'用马尔可夫链描述客户生命周期：可编辑的状态图、逐月推演的一批客户、各阶段的客户终身价值、蒙特卡洛验证，以及一场营销活动的回报测算。'
	},
	referral: {
		title: '推荐倍增',
		summary:
			'一位客户回购、升级、添置别的产品，还带来同样会买会推荐的新客户：价值倍数、病毒系数 K 与 1/(1 − K)、逐代展开的推荐树，以及蒙特卡洛波动区间。'
	},
	segments: {
		title: '客户分群',
		summary:
			'按单次利润和购买频次把客户分成金子、彗星、溪流、压力四类，检验二八法则，给出每类客户的对策和 RFM 评分；可用生成的示例客户，也可用你自己的客户表。'
	},
	points: {
		title: '消费积分',
		summary:
			'每位会员的积分成本、沉淀率和积分负债，对照积分计划赚回来的 CLV；算出盈亏平衡所需的留存率提升，以及积分过期规则带来的变化。附航空公司、联名信用卡和 GAP 示例。'
	},
	complement: {
		title: '互补品',
		summary:
			'在昂贵而低频的主产品旁配一个便宜而高频的服务：有无互补品时的 CLV，按首购、复购、交叉销售、推荐和售价溢价拆开。附万科示例。'
	},
	transactions: {
		title: '用交易记录预测客户价值',
		summary:
			'导入你自己的交易记录，逐位客户给出预测：在浏览器里拟合 BG/NBD、Pareto/NBD 和 Gamma-Gamma 模型，算出仍活跃的概率 P(alive)、预期购买次数和带区间的客户终身价值，并用留出期检验。附 CDNOW 示例数据，任何数据都不会上传。'
	},
	club: {
		title: '客户俱乐部',
		summary:
			'车友会或校友会每位会员的花费，对照售后生意、更长的忠诚和朋友推荐：算出投资回报率和回本年份。附豪华车车友会和商学院校友会示例。'
	}
} satisfies typeof en;

export default calculators;
