/** The trainer's run sheet of the CLV-basics workshop theme, in the page's language. */
import type { Text } from '../../text';
import type { RunBlock } from '../../types';
import type { ClvBasicsFigures } from './figures';

export function clvBasicsRunSheet(t: Text, f: ClvBasicsFigures): RunBlock[] {
	const { say, money, num, pct, classCase } = t;
	return [
		{
			start: 0,
			minutes: 10,
			title: say('Opening: what is one customer worth?', '开场：一位客户值多少钱？'),
			show: say(
				'The home page’s mini-calculator with its defaults. Let the room answer before you touch a slider.',
				'打开首页的迷你计算器，先不动滑块，让大家先回答。'
			),
			links: [
				{ kind: 'article', slug: 'what-is-clv', label: say('What is CLV?', '什么是客户终身价值？') }
			],
			ask: say(
				`A supermarket regular spends ${money(f.regular.spendPerPeriod, 'CNY')} a month. What is she worth to the store?`,
				`一位超市老顾客每月消费 ${money(f.regular.spendPerPeriod, 'CNY')}。她对超市值多少钱？`
			),
			wrong: [
				{
					guess: say(
						'Her spending times twelve times the years she will stay.',
						'每月消费乘以 12，再乘以她会留下的年数。'
					),
					reply: say(
						'That is revenue, not profit, it assumes she never leaves, and it treats next decade’s money as today’s. CLV fixes all three: margin, retention, discounting.',
						'那是销售额，不是利润；还默认她永远不走，把十年后的钱当成今天的钱。CLV 把这三处都改过来：毛利、留存、折现。'
					)
				}
			]
		},
		{
			start: 10,
			minutes: 15,
			title: say('Past, present, future: three parts of value', '过去、现在、未来：价值的三个部分'),
			show: say(
				`The supermarket regular class case. Her current value is about ${money(f.regularNow, 'CNY')}; the calculator’s headline is ${money(f.regularNow - f.regular.acquisitionCost, 'CNY')} because it also subtracts the ${money(f.regular.acquisitionCost, 'CNY')} welcome coupon that won her.`,
				`展示“超市常客”课堂案例。她的当前价值约 ${money(f.regularNow, 'CNY')}；计算器的主结果是 ${money(f.regularNow - f.regular.acquisitionCost, 'CNY')}，因为它还减去了争取她时发出的 ${money(f.regular.acquisitionCost, 'CNY')} 新人券。`
			),
			links: [classCase('clv', 'supermarket-regular')],
			ask: say(
				`In twelve months she has left about ${money(f.regularPast, 'CNY')} of margin with the store. Is that part of her CLV?`,
				`十二个月来，她已经给超市留下了约 ${money(f.regularPast, 'CNY')} 的毛利。这笔钱算不算她的 CLV？`
			),
			wrong: [
				{
					guess: say('Yes — it is value she has brought.', '算，这是她带来的价值。'),
					reply: say(
						'It is her historical value. CLV looks forward because decisions can only change the future; the past is evidence, not something you can still earn.',
						'那是历史价值。CLV 只向前看，因为决策只能改变未来；过去是参考依据，不是还能去争取的钱。'
					)
				}
			]
		},
		{
			start: 25,
			minutes: 15,
			title: say('Show of hands: two points of retention', '举手表决：留存率提高两个百分点'),
			show: say(
				'Present the article’s first prediction in presentation mode, count the hands for each option, then reveal.',
				'用演示模式放出文章里的第一道预测题，数一数每个选项有多少人举手，再揭晓答案。'
			),
			links: [
				{ kind: 'article', slug: 'what-is-clv', label: say('What is CLV?', '什么是客户终身价值？') }
			],
			ask: say(
				'Monthly retention goes from 93% to 95%. By how much does her three-year value grow?',
				'每月留存率从 93% 提高到 95%，她三年的价值会增加多少？'
			),
			wrong: [
				{
					guess: say('About 2%.', '2% 左右。'),
					reply: say(
						`It grows by about ${pct(f.regularBetter / f.regularNow - 1)}, from ${money(f.regularNow, 'CNY')} to ${money(f.regularBetter, 'CNY')}. The two points apply every month and compound: the chance she is still a customer after three years rises far more than two points.`,
						`增加约 ${pct(f.regularBetter / f.regularNow - 1)}，从 ${money(f.regularNow, 'CNY')} 到 ${money(f.regularBetter, 'CNY')}。两个百分点每个月都在起作用，层层叠加：三年后她仍是顾客的概率，提高的远不止两个百分点。`
					)
				}
			]
		},
		{
			start: 40,
			minutes: 15,
			title: say('The US$400,000 car buyer', '值 40 万美元的车主'),
			show: say(
				'The car buyer class case: simple, margin, discounted, then retention-based CLV, step by step, all at the start of each year.',
				'展示“一辈子的购车客户”课堂案例：依次算简单公式、毛利公式、折现公式和基于留存率的公式，全部按期初口径。'
			),
			links: [
				classCase('clv', 'car-buyer'),
				{
					kind: 'article',
					slug: 'how-to-calculate-clv',
					label: say('How to calculate CLV', 'CLV 怎么算')
				}
			],
			ask: say(
				'With margin, discounting and a 90% yearly retention, what is this “US$400,000 customer” worth today?',
				'算上毛利、折现和每年 90% 的留存率，这位“40 万美元客户”今天值多少？'
			),
			wrong: [
				{
					guess: say('Still about US$400,000, or 15% of it.', '还是 40 万美元左右，或者它的 15%。'),
					reply: say(
						`About ${money(f.carValue, 'USD')}. The US$400,000 is fifty years of revenue; a 15% margin, an 8% discount rate and churn each take a large bite.`,
						`约 ${money(f.carValue, 'USD')}。40 万美元是五十年的收入；15% 的毛利率、8% 的折现率和客户流失，每一项都要砍掉一大截。`
					)
				}
			]
		},
		{
			start: 55,
			minutes: 10,
			title: say('Break', '休息'),
			show: say('Leave the car buyer on screen.', '屏幕上留着车主的案例。'),
			links: []
		},
		{
			start: 65,
			minutes: 20,
			title: say(
				'Why textbooks disagree: three timing conventions',
				'为什么教科书各说各的：三种时点约定'
			),
			show: say(
				'The textbook class case (no end date). Draw the timeline: when the first margin arrives, when retention first counts. Count hands, reveal, then write the two identities on the board.',
				'展示“教科书例题”课堂案例（不设终点）。画出时间轴：第一笔利润何时到账，留存率从哪一期开始起作用。数完举手再揭晓，然后把两个换算关系写在黑板上。'
			),
			links: [classCase('clv', 'textbook-example')],
			ask: say(
				'm = 100, r = 80%, i = 12%. Start of period, end of period or first margin certain: which gives the largest CLV?',
				'm = 100，r = 80%，i = 12%。期初、期末、首笔确定，哪一种算出的 CLV 最大？'
			),
			wrong: [
				{
					guess: say(
						'They must be equal — it is the same customer.',
						'应该一样大，毕竟是同一位客户。'
					),
					reply: say(
						`Start of period ${num(f.textbook('start-of-period'))}, end of period ${num(f.textbook('end-of-period'))}, first margin certain ${num(f.textbook('end-first-certain'))}. ${num(f.textbook('end-of-period'))} = ${num(f.textbook('start-of-period'))} − 100 (no margin today); ${num(f.textbook('end-first-certain'))} = ${num(f.textbook('start-of-period'))} ÷ 1.12 (every margin one period later).`,
						`期初 ${num(f.textbook('start-of-period'))}，期末 ${num(f.textbook('end-of-period'))}，首笔确定 ${num(f.textbook('end-first-certain'))}。${num(f.textbook('end-of-period'))} = ${num(f.textbook('start-of-period'))} − 100（少了今天这一笔）；${num(f.textbook('end-first-certain'))} = ${num(f.textbook('start-of-period'))} ÷ 1.12（每一笔都推后一期）。`
					)
				}
			]
		},
		{
			start: 85,
			minutes: 15,
			title: say('Worksheet, exercises 1–4, in pairs', '练习单第 1–4 题，两人一组'),
			show: say(
				'Hand out the worksheet. Walk round; collect the answers to exercise 1 on the board.',
				'发练习单，巡视答疑；把第 1 题的答案收集到黑板上。'
			),
			links: []
		},
		{
			start: 100,
			minutes: 12,
			title: say(
				'CLV in practice: what may a service cost?',
				'CLV 的实际应用：一项服务最多能花多少钱？'
			),
			show: say(
				'The car buyer again. Raise yearly retention from 90% to 92% and read the gain per customer: that is the most loaner cars and follow-up may cost per customer, in today’s money.',
				'再打开车主的案例。把年留存率从 90% 调到 92%，读出每位客户的价值增量：这就是代步车和跟踪服务按今天的价值最多能花的钱。'
			),
			links: [
				classCase('clv', 'car-buyer'),
				{
					kind: 'article',
					slug: 'clv-in-practice',
					label: say('CLV in practice', 'CLV 的实际应用')
				}
			],
			ask: say(
				'Is a service worth running if it costs less per year than the margin it saves?',
				'一项服务每年的成本低于它保住的毛利，就一定值得做吗？'
			),
			wrong: [
				{
					guess: say('Yes, obviously.', '当然值得。'),
					reply: say(
						'Compare like with like: the CLV it adds against its cost over the years the customer stays, both discounted to today.',
						'要把同类的数放在一起比：它增加的 CLV，和客户在的那些年里它的总成本，两者都折算成今天的钱。'
					)
				}
			]
		},
		{
			start: 112,
			minutes: 8,
			title: say('Wrap-up and exit ticket', '总结与离场小测'),
			show: say(
				'The three articles’ self-check questions. Exit ticket: exercises 5 and 6 of the worksheet, handed in on the way out.',
				'用三篇文章末尾的自测题收尾。离场小测：练习单第 5、6 题，离开时交上来。'
			),
			links: [
				{
					kind: 'article',
					slug: 'how-to-calculate-clv',
					label: say('How to calculate CLV', 'CLV 怎么算')
				}
			]
		}
	];
}
