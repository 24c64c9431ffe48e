/**
 * Workshop theme 2, referral multiplication: the five-year software case, continuing value, the
 * viral coefficient K of first and of referred customers, and referral value — the article "The
 * customer-value multiplication law" with its class cases.
 */
import type { Locale } from '$lib/i18n/locales';
import {
	customerReferralValue,
	expectedHeadCount,
	referralCaseTable,
	referralPresets,
	softwareVendorCase,
	viralCoefficient
} from '$lib/model/referral';
import { finite, text } from '../text';
import type { Exercise, RunBlock, WorkshopTheme } from '../types';

const kOf = (referralRate: number, conversion: number, retention: number) =>
	finite(
		viralCoefficient(
			{ ...referralPresets['software-chain'].params.first, referralRate, conversion, retention },
			1
		).lifetime
	);

export function referral(locale: Locale): WorkshopTheme {
	const { say, money, num, classCase } = text(locale);
	const currency = locale === 'zh' ? 'CNY' : 'USD';

	// The class cases, as the article states them.
	const table = referralCaseTable(softwareVendorCase);
	const { ownSales, referralSales } = table.totals;
	const y1 = table.years[0]!;
	const chain = referralPresets['software-chain'].params;
	const k = kOf(chain.first.referralRate, chain.first.conversion, chain.first.retention);
	const chainTotal = finite(expectedHeadCount(chain));
	const fitted = referralPresets['software-vendor'].params;
	const k0 = finite(viralCoefficient(fitted.first, fitted.lag).lifetime);
	const kr = finite(viralCoefficient(fitted.referred!, fitted.lag).lifetime);
	const fittedTotal = finite(expectedHeadCount(fitted));

	// Worksheet numbers.
	const kBase = kOf(0.5, 0.2, 0.75);
	const kRetention = kOf(0.5, 0.2, 0.8);
	const kRate = kOf(0.6, 0.2, 0.75);
	const mixed = 1 + 3 / (1 - 0.5);
	const { acquisitionCost, referralReward } = softwareVendorCase;
	const average = (acquisitionCost + 3 * referralReward) / 4;
	const influence = customerReferralValue(
		[
			{
				period: 1,
				count: 10,
				wouldJoinAnyway: false,
				margin: 1_500,
				incentive: 100,
				acquisitionSaving: 400
			},
			{
				period: 1,
				count: 2,
				wouldJoinAnyway: true,
				margin: 0,
				incentive: 0,
				acquisitionSaving: 400
			}
		],
		0
	).value;

	const blocks: RunBlock[] = [
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
				`A new customer loses you ${money(-y1.profit, currency)} in year 1. Keep them or let them go?`,
				`一位新客户第一年让你亏了 ${money(-y1.profit, currency)}。留下还是放走？`
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
						`The referred customers: ${money(referralSales, currency)} against ${money(ownSales, currency)}. Each referral is small, but there are four of them, and they keep buying too.`,
						`是推荐来的客户：${money(referralSales, currency)} 对 ${money(ownSales, currency)}。每一位都不大，但一共有四位，而且他们也在持续购买。`
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
						`0.1 is per year. Over an expected lifetime of 1 ÷ (1 − 0.75) = 4 years, K = ${num(k)}, and the chain gives 1 ÷ (1 − K) = ${num(chainTotal)} customers, the first one included.`,
						`0.1 是每年的数。预期寿命是 1 ÷（1 − 0.75）= 4 年，所以 K = ${num(k)}，推荐链一共带来 1 ÷（1 − K）= ${num(chainTotal)} 位客户（含第一位）。`
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
				`Back to the fitted five-year case: K₀ = ${num(k0, 0)} for the design firm, K_r = ${num(kr)} for the designers it brings in.`,
				`回到按故事拟合的五年案例：设计公司的 K₀ = ${num(k0, 0)}，它带来的设计师 K_r = ${num(kr)}。`
			),
			links: [classCase('referral', 'software-vendor')],
			ask: say(
				`K₀ = ${num(k0, 0)}: does the chain run away?`,
				`K₀ = ${num(k0, 0)}：推荐链会失控吗？`
			),
			wrong: [
				{
					guess: say('Yes — K is far above 1.', '会，K 远大于 1。'),
					reply: say(
						`Only K_r decides: the first customers are a fixed group, while each later generation must be replaced by the next. With K_r = ${num(kr)} the chain dies out, at 1 + K₀ ÷ (1 − K_r) = ${num(fittedTotal, 0)} customers.`,
						`只看 K_r：首批客户是固定的一群人，之后每一代都要靠下一代接替。K_r = ${num(kr)}，推荐链终会停下，总共 1 + K₀ ÷（1 − K_r）= ${num(fittedTotal, 0)} 位客户。`
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
		{
			start: 100,
			minutes: 15,
			title: say('Worksheet, in pairs', '练习单，两人一组'),
			show: say(
				'Exercises 1–5; collect the answers to exercise 3 by show of hands before checking.',
				'做第 1–5 题；第 3 题先举手表决，再核对答案。'
			),
			links: []
		},
		{
			start: 115,
			minutes: 5,
			title: say('Wrap-up and exit ticket', '总结与离场小测'),
			show: say('Exercise 6 as the exit ticket.', '第 6 题作为离场小测。'),
			links: []
		}
	];

	const exercises: Exercise[] = [
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
				`K = ${num(kBase)}; 1 ÷ (1 − ${num(kBase)}) = ${num(1 / (1 - kBase))} customers, the first included.`,
				`K = ${num(kBase)}；1 ÷（1 − ${num(kBase)}）= ${num(1 / (1 - kBase))} 位客户（含第一位）。`
			),
			value: kBase
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
				`1 + 3 ÷ 0.5 = ${num(mixed, 0)}. With K_r = 1 each generation replaces itself and the chain never dies out; only the market stops it.`,
				`1 + 3 ÷ 0.5 = ${num(mixed, 0)}。K_r = 1 时每一代都恰好接替自己，推荐链永远不会停下，只有市场的大小能让它停住。`
			),
			value: mixed
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
				`Retention: K = ${num(kRetention)} against ${num(kRate)}. Longer lives mean more years of recommending, and retention also raises the customer’s own value.`,
				`留存率：K = ${num(kRetention)}，对比 ${num(kRate)}。客户留得越久，推荐的年头就越多；留存率还同时提高了客户自己的价值。`
			),
			value: kRetention
		},
		{
			id: 'average-cost',
			kind: 'compute',
			question: say(
				`Winning a customer by advertising costs ${money(acquisitionCost, currency)}; a referred customer costs a ${money(referralReward, currency)} thank-you. One customer is won by advertising and three by referral. What is the average acquisition cost?`,
				`靠广告赢得一位客户要花 ${money(acquisitionCost, currency)}；推荐来的客户只花 ${money(referralReward, currency)} 答谢。一位靠广告、三位靠推荐，平均获客成本是多少？`
			),
			working: say(
				`(${acquisitionCost} + 3 × ${referralReward}) ÷ 4.`,
				`（${acquisitionCost} + 3 × ${referralReward}）÷ 4。`
			),
			answer: say(`${money(average, currency, true)}.`, `${money(average, currency, true)}。`),
			value: average
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
				`${money(influence, 'CNY')}. The two who would have come anyway count only for the acquisition cost saved.`,
				`${money(influence, 'CNY')}。本来就会来的两位，只算省下的获客成本。`
			),
			value: influence
		},
		{
			id: 'dashboard',
			kind: 'interpret',
			question: say(
				'A dashboard shows K = 20 for last year’s new customers. The marketing director wants to cut acquisition spending because “the customers now bring themselves”. What do you check first?',
				'仪表盘显示去年新客户的 K = 20。市场总监想削减获客预算，理由是“客户自己会带来客户”。你先核查什么？'
			),
			answer: say(
				`Whether the customers they bring in refer as much: a chain runs on K_r, not K₀. In the article’s fitted case K₀ = ${num(k0, 0)} but K_r = ${num(kr)}, so the chain dies out at ${num(fittedTotal, 0)} customers. Also check how many referred customers would have joined anyway.`,
				`先看被推荐来的客户是否也推荐得这么多：推荐链靠的是 K_r，而不是 K₀。文章里拟合的案例 K₀ = ${num(k0, 0)}，K_r 却只有 ${num(kr)}，推荐链到 ${num(fittedTotal, 0)} 位客户就停了。还要核查有多少被推荐者本来就会来。`
			)
		}
	];

	return {
		id: 'referral',
		title: say('Referral multiplication', '推荐与价值倍增'),
		summary: say(
			'How a customer who loses money in year one becomes very profitable, continuing value, the viral coefficient of first and referred customers, and referral value.',
			'第一年亏钱的客户如何变得很赚钱，客户持续价值，首批客户与被推荐客户的病毒系数，以及推荐价值。'
		),
		articles: ['customer-value-multiplication'],
		blocks,
		exercises
	};
}
