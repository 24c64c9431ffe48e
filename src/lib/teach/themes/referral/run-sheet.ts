/** The trainer's run sheet of the referral workshop theme, in the page's language. */
import type { Text } from '../../text';
import type { RunBlock } from '../../types';
import { worksheetThenExitTicket } from '../closing';
import type { ReferralFigures } from './figures';

export function referralRunSheet(t: Text, f: ReferralFigures): RunBlock[] {
	const { say, money, num, classCase } = t;
	return [
		{
			start: 0,
			minutes: 10,
			title: say(
				'Opening: judging a customer by the first invoice',
				'开场：用第一张发票给客户定价'
			),
			show: say(
				'Tell the consulting-firm story from the article in two sentences, then put the question.',
				'用两句话讲完文章开头咨询公司的故事，然后提问。'
			),
			links: [
				{
					kind: 'article',
					slug: 'customer-value-multiplication',
					label: say('The customer-value multiplication law', '客户价值倍增法则')
				}
			],
			ask: say(
				`A new customer loses you ${money(-f.y1.profit, f.currency)} in year 1. Keep them or let them go?`,
				`一位新客户第一年让你亏了 ${money(-f.y1.profit, f.currency)}。留下还是放走？`
			),
			wrong: [
				{
					guess: say('Let them go — they lose money.', '放走，他在亏钱。'),
					reply: say(
						'The loss is the one-off acquisition cost. Judge the relationship over its life: upgrades, other products and the customers they bring.',
						'亏的是一次性的获客成本。要看整段关系：升级、其他产品，还有他带来的客户。'
					)
				}
			]
		},
		{
			start: 10,
			minutes: 20,
			title: say('Five years with one customer — show of hands', '与一位客户的五年——举手表决'),
			show: say(
				'The software vendor class case and the article’s prediction in presentation mode: count hands, reveal, then walk through the year-by-year table.',
				'展示“软件商与设计公司的五年”课堂案例，用演示模式放出文章的预测题：数举手、揭晓，再逐年讲解那张表。'
			),
			links: [classCase('referral', 'software-vendor')],
			ask: say(
				'Over five years, which brings more sales: the design firm’s own purchases or those of the customers it referred?',
				'五年下来，哪一部分销售额更多：设计公司自己的购买，还是它推荐来的客户的购买？'
			),
			wrong: [
				{
					guess: say('The firm’s own — it is the big customer.', '设计公司自己的，它才是大客户。'),
					reply: say(
						`The referred customers: ${money(f.referralSales, f.currency)} against ${money(f.ownSales, f.currency)}. Each referral is small, but there are four of them, and they keep buying too.`,
						`是推荐来的客户：${money(f.referralSales, f.currency)} 对 ${money(f.ownSales, f.currency)}。每一位都不大，但一共有四位，而且他们也在持续购买。`
					)
				}
			]
		},
		{
			start: 30,
			minutes: 15,
			title: say('Continuing value: the table in one line', '客户持续价值：把表压成一行'),
			show: say(
				'Write the formula on the board and fill it in with the room, in profit rather than revenue. It equals the table’s five-year cumulative profit.',
				'把公式写在黑板上，和大家一起代入数字，用利润而不是销售额。结果等于表中五年的累计利润。'
			),
			links: [],
			ask: say('What does the formula leave out?', '这个公式漏掉了什么？'),
			wrong: [
				{
					guess: say('Nothing — it counts referrals too.', '什么都没漏，连推荐都算了。'),
					reply: say(
						'It is undiscounted: money in year 5 counts like money today. Good for explaining the case, weak for comparing with money spent now.',
						'它不做折现：第五年的钱和今天的钱一样算。适合讲清案例，不适合拿来和今天要花的钱比较。'
					)
				}
			]
		},
		{
			start: 45,
			minutes: 15,
			title: say('The viral coefficient K', '病毒系数 K'),
			show: say(
				'The software-chain class case: every customer recommends 0.5 times a year, 20% convert, 75% stay each year. Let the room compute K and the total before you show the tree.',
				'展示“软件商：被推荐的人也推荐”课堂案例：每位客户每年推荐 0.5 次，20% 成交，每年 75% 留下。先让大家自己算 K 和总人数，再打开推荐树。'
			),
			links: [classCase('referral', 'software-chain')],
			ask: say(
				'How many customers does one customer won by advertising lead to, in all?',
				'一位靠广告赢来的客户，总共能带来多少位客户？'
			),
			wrong: [
				{
					guess: say('K = 0.5 × 20% = 0.1, so 1.1.', 'K = 0.5 × 20% = 0.1，所以是 1.1 位。'),
					reply: say(
						`0.1 is per year. Over an expected lifetime of 1 ÷ (1 − 0.75) = 4 years, K = ${num(f.k)}, and the chain gives 1 ÷ (1 − K) = ${num(f.chainTotal)} customers, the first one included.`,
						`0.1 是每年的数。预期寿命是 1 ÷（1 − 0.75）= 4 年，所以 K = ${num(f.k)}，推荐链一共带来 1 ÷（1 − K）= ${num(f.chainTotal)} 位客户（含第一位）。`
					)
				}
			]
		},
		{
			start: 60,
			minutes: 10,
			title: say('Break', '休息'),
			show: say('Leave the tree on screen.', '屏幕上留着推荐树。'),
			links: []
		},
		{
			start: 70,
			minutes: 15,
			title: say(
				'K of the first customers and of the ones they bring',
				'首批客户的 K 与被推荐客户的 K'
			),
			show: say(
				`Back to the fitted five-year case: K₀ = ${num(f.k0, 0)} for the design firm, K_r = ${num(f.kr)} for the designers it brings in.`,
				`回到按故事拟合的五年案例：设计公司的 K₀ = ${num(f.k0, 0)}，它带来的设计师 K_r = ${num(f.kr)}。`
			),
			links: [classCase('referral', 'software-vendor')],
			ask: say(
				`K₀ = ${num(f.k0, 0)}: does the chain run away?`,
				`K₀ = ${num(f.k0, 0)}：推荐链会失控吗？`
			),
			wrong: [
				{
					guess: say('Yes — K is far above 1.', '会，K 远大于 1。'),
					reply: say(
						`Only K_r decides: the first customers are a fixed group, while each later generation must be replaced by the next. With K_r = ${num(f.kr)} the chain dies out, at 1 + K₀ ÷ (1 − K_r) = ${num(f.fittedTotal, 0)} customers.`,
						`只看 K_r：首批客户是固定的一群人，之后每一代都要靠下一代接替。K_r = ${num(f.kr)}，推荐链终会停下，总共 1 + K₀ ÷（1 − K_r）= ${num(f.fittedTotal, 0)} 位客户。`
					)
				}
			]
		},
		{
			start: 85,
			minutes: 15,
			title: say('Referral value and influence', '推荐价值与影响力'),
			show: say(
				'Kumar, Petersen and Leone’s referral value: margin minus reward plus the acquisition cost saved — but only the saving for people who would have joined anyway. Then the insurance client whose small policy hides a large referral value.',
				'讲 Kumar、Petersen 与 Leone 的推荐价值：利润减奖励，再加省下的获客成本；本来就会来的人只算省下的成本。再讲那位自己保单很小、推荐价值却很大的投保人。'
			),
			links: [
				{
					kind: 'article',
					slug: 'customer-value-multiplication',
					label: say('The customer-value multiplication law', '客户价值倍增法则')
				}
			],
			ask: say(
				'Rank two clients: one buys a lot, the other little but recommends you widely.',
				'给两位客户排个序：一位自己买得多，另一位买得少却到处推荐你。'
			)
		},
		...worksheetThenExitTicket(
			say,
			say(
				'Exercises 1–5; collect the answers to exercise 3 by show of hands before checking.',
				'做第 1–5 题；第 3 题先举手表决，再核对答案。'
			)
		)
	];
}
