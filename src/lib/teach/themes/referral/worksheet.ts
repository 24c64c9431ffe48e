/** The student worksheet and its answer key of the referral workshop theme, in the page's language. */
import type { Text } from '../../text';
import type { Exercise } from '../../types';
import type { ReferralFigures } from './figures';

export function referralWorksheet(t: Text, f: ReferralFigures): Exercise[] {
	const { say, money, num } = t;
	return [
		{
			id: 'k',
			kind: 'compute',
			question: say(
				'Each customer makes 0.5 recommendations a year, 20% of which convert, and stays each year with probability 75%. Compute K and the total number of customers one customer leads to.',
				'每位客户每年推荐 0.5 次，其中 20% 成交，每年留下来的概率是 75%。计算 K，以及一位客户总共能带来多少位客户。'
			),
			working: say(
				'K = ρ × c ÷ (1 − r) = 0.5 × 0.2 ÷ 0.25; total = 1 ÷ (1 − K).',
				'K = ρ × c ÷（1 − r）= 0.5 × 0.2 ÷ 0.25；总数 = 1 ÷（1 − K）。'
			),
			answer: say(
				`K = ${num(f.kBase)}; 1 ÷ (1 − ${num(f.kBase)}) = ${num(1 / (1 - f.kBase))} customers, the first included.`,
				`K = ${num(f.kBase)}；1 ÷（1 − ${num(f.kBase)}）= ${num(1 / (1 - f.kBase))} 位客户（含第一位）。`
			),
			value: f.kBase
		},
		{
			id: 'two-ks',
			kind: 'compute',
			question: say(
				'A first customer has K₀ = 3; the customers it brings in have K_r = 0.5. How many customers in all? What changes if K_r = 1?',
				'首位客户 K₀ = 3，他带来的客户 K_r = 0.5。总共多少位客户？如果 K_r = 1 呢？'
			),
			working: say('1 + K₀ ÷ (1 − K_r).', '1 + K₀ ÷（1 − K_r）。'),
			answer: say(
				`1 + 3 ÷ 0.5 = ${num(f.mixed, 0)}. With K_r = 1 each generation replaces itself and the chain never dies out; only the market stops it.`,
				`1 + 3 ÷ 0.5 = ${num(f.mixed, 0)}。K_r = 1 时每一代都恰好接替自己，推荐链永远不会停下，只有市场的大小能让它停住。`
			),
			value: f.mixed
		},
		{
			id: 'lever',
			kind: 'predict',
			question: say(
				'Predict, then compute from exercise 1: which raises K more — retention from 75% to 80%, or recommendations from 0.5 to 0.6 a year?',
				'先预测，再用第 1 题的数据计算：哪一项让 K 提高得更多——留存率从 75% 提到 80%，还是每年推荐次数从 0.5 提到 0.6？'
			),
			working: say(
				'0.5 × 0.2 ÷ 0.2 against 0.6 × 0.2 ÷ 0.25.',
				'0.5 × 0.2 ÷ 0.2 对比 0.6 × 0.2 ÷ 0.25。'
			),
			answer: say(
				`Retention: K = ${num(f.kRetention)} against ${num(f.kRate)}. Longer lives mean more years of recommending, and retention also raises the customer’s own value.`,
				`留存率：K = ${num(f.kRetention)}，对比 ${num(f.kRate)}。客户留得越久，推荐的年头就越多；留存率还同时提高了客户自己的价值。`
			),
			value: f.kRetention
		},
		{
			id: 'average-cost',
			kind: 'compute',
			question: say(
				`Winning a customer by advertising costs ${money(f.acquisitionCost, f.currency)}; a referred customer costs a ${money(f.referralReward, f.currency)} thank-you. One customer is won by advertising and three by referral. What is the average acquisition cost?`,
				`靠广告赢得一位客户要花 ${money(f.acquisitionCost, f.currency)}；推荐来的客户只花 ${money(f.referralReward, f.currency)} 答谢。一位靠广告、三位靠推荐，平均获客成本是多少？`
			),
			working: say(
				`(${f.acquisitionCost} + 3 × ${f.referralReward}) ÷ 4.`,
				`（${f.acquisitionCost} + 3 × ${f.referralReward}）÷ 4。`
			),
			answer: say(
				`${money(f.average, f.currency, true)}.`,
				`${money(f.average, f.currency, true)}。`
			),
			value: f.average
		},
		{
			id: 'referral-value',
			kind: 'compute',
			question: say(
				`A client brought in 12 customers. Ten joined because of the referral; each leaves ${money(1_500, 'CNY')} of margin, earned the client a ${money(100, 'CNY')} reward and saved ${money(400, 'CNY')} of acquisition cost. Two would have joined anyway. What is the client’s referral value (undiscounted)?`,
				`一位客户介绍来 12 位新客户。其中 10 位是因为推荐才来的：每位贡献毛利 ${money(1_500, 'CNY')}，给介绍人发了 ${money(100, 'CNY')} 奖励，为企业省下 ${money(400, 'CNY')} 获客成本。另外 2 位本来就会来。这位客户的推荐价值是多少（不折现）？`
			),
			working: say('10 × (1,500 − 100 + 400) + 2 × 400.', '10 ×（1,500 − 100 + 400）+ 2 × 400。'),
			answer: say(
				`${money(f.influence, 'CNY')}. The two who would have come anyway count only for the acquisition cost saved.`,
				`${money(f.influence, 'CNY')}。本来就会来的两位，只算省下的获客成本。`
			),
			value: f.influence
		},
		{
			id: 'dashboard',
			kind: 'interpret',
			question: say(
				'A dashboard shows K = 20 for last year’s new customers. The marketing director wants to cut acquisition spending because “the customers now bring themselves”. What do you check first?',
				'仪表盘显示去年新客户的 K = 20。市场总监想削减获客预算，理由是“客户自己会带来客户”。你先核查什么？'
			),
			answer: say(
				`Whether the customers they bring in refer as much: a chain runs on K_r, not K₀. In the article’s fitted case K₀ = ${num(f.k0, 0)} but K_r = ${num(f.kr)}, so the chain dies out at ${num(f.fittedTotal, 0)} customers. Also check how many referred customers would have joined anyway.`,
				`先看被推荐来的客户是否也推荐得这么多：推荐链靠的是 K_r，而不是 K₀。文章里拟合的案例 K₀ = ${num(f.k0, 0)}，K_r 却只有 ${num(f.kr)}，推荐链到 ${num(f.fittedTotal, 0)} 位客户就停了。还要核查有多少被推荐者本来就会来。`
			)
		}
	];
}
