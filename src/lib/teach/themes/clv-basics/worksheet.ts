/** The student worksheet and its answer key of the CLV-basics workshop theme, in the page's language. */
import type { Text } from '../../text';
import type { Exercise } from '../../types';
import type { ClvBasicsFigures } from './figures';

export function clvBasicsWorksheet(t: Text, f: ClvBasicsFigures): Exercise[] {
	const { say, money, pct } = t;
	return [
		{
			id: 'timings',
			kind: 'compute',
			question: say(
				`A customer leaves ${money(f.m, 'CNY')} of margin a year and stays each year with probability 80%; the discount rate is 10% a year, with no end date. Compute the CLV (before acquisition cost) under each timing convention: start of period, end of period, first margin certain.`,
				`一位客户每年贡献毛利 ${money(f.m, 'CNY')}，每年留下来的概率是 80%；折现率每年 10%，不设终点。分别按期初、期末、首笔确定三种时点约定计算 CLV（不扣获客成本）。`
			),
			working: say(
				`Start of period: m(1 + i) ÷ (1 + i − r) = 300 × 1.1 ÷ 0.3. End of period = start − m. First margin certain = start ÷ (1 + i).`,
				`期初：m(1 + i) ÷ (1 + i − r) = 300 × 1.1 ÷ 0.3。期末 = 期初 − m。首笔确定 = 期初 ÷（1 + i）。`
			),
			answer: say(
				`Start of period ${money(f.start, 'CNY')}; end of period ${money(f.end, 'CNY')}; first margin certain ${money(f.certain, 'CNY')}.`,
				`期初 ${money(f.start, 'CNY')}；期末 ${money(f.end, 'CNY')}；首笔确定 ${money(f.certain, 'CNY')}。`
			),
			value: f.start
		},
		{
			id: 'simple-margin',
			kind: 'compute',
			question: say(
				`A customer spends ${money(f.spend, 'CNY')} a year for 10 years; the gross margin is 30% and winning the customer cost ${money(1_000, 'CNY')}. Compute simple CLV and margin CLV. Which is closer to what the customer is worth, and why is neither the answer?`,
				`一位客户每年消费 ${money(f.spend, 'CNY')}，持续 10 年；毛利率 30%，获客成本 ${money(1_000, 'CNY')}。分别计算简单公式和毛利公式的 CLV。哪个更接近客户的真实价值？为什么两个都不是最终答案？`
			),
			working: say(
				'5,000 × 10 − 1,000; 5,000 × 0.3 × 10 − 1,000.',
				'5,000 × 10 − 1,000；5,000 × 0.3 × 10 − 1,000。'
			),
			answer: say(
				`Simple ${money(f.simple, 'CNY')}; margin ${money(f.margin, 'CNY')}. Margin CLV is closer (it counts profit), but both assume the customer stays all ten years and ignore discounting.`,
				`简单公式 ${money(f.simple, 'CNY')}；毛利公式 ${money(f.margin, 'CNY')}。毛利公式更接近（它算的是利润），但两者都假设客户十年都在，也都没有折现。`
			),
			value: f.margin
		},
		{
			id: 'retention-lever',
			kind: 'predict',
			question: say(
				'Predict first, then compute: for the customer of exercise 1 (start of period), retention rises from 80% to 90%. Does the CLV grow by about 12%, about 50% or about 100%?',
				'先预测，再计算：第 1 题的客户（期初口径），留存率从 80% 提高到 90%。CLV 大约增加 12%、50% 还是 100%？'
			),
			working: say(
				'300 × 1.1 ÷ (1.1 − 0.9) against 300 × 1.1 ÷ (1.1 − 0.8).',
				'300 × 1.1 ÷（1.1 − 0.9）与 300 × 1.1 ÷（1.1 − 0.8）相比。'
			),
			answer: say(
				`${money(f.higher, 'CNY')} against ${money(f.start, 'CNY')}: about ${pct(f.higher / f.start - 1)} more. The denominator 1 + i − r falls from 0.3 to 0.2.`,
				`${money(f.higher, 'CNY')} 对比 ${money(f.start, 'CNY')}：约多出 ${pct(f.higher / f.start - 1)}。分母 1 + i − r 从 0.3 降到 0.2。`
			),
			value: f.higher / f.start - 1
		},
		{
			id: 'discounting',
			kind: 'compute',
			question: say(
				`What is ${money(1_000, 'CNY')} of margin received in ten years worth today at 8% a year? Why does this matter more for a car maker than for a coffee shop?`,
				`十年后收到的 ${money(1_000, 'CNY')} 毛利，按每年 8% 折现，今天值多少？为什么这一点对车企比对咖啡店更重要？`
			),
			working: say('1,000 ÷ 1.08¹⁰.', '1,000 ÷ 1.08¹⁰。'),
			answer: say(
				`About ${money(f.later, 'CNY')}. A car buyer’s value is spread over decades, so much of it sits where discounting bites hardest; a coffee customer’s value arrives within a year or two.`,
				`约 ${money(f.later, 'CNY')}。车主的价值分散在几十年里，很大一部分落在折现影响最大的远期；咖啡店客户的价值一两年内就兑现了。`
			),
			value: f.later
		},
		{
			id: 'young-cohort',
			kind: 'interpret',
			question: say(
				'A start-up sees 40% of new customers leave in their first month and concludes that customers stay 1 ÷ 0.4 = 2.5 months on average. What would you tell them?',
				'一家初创公司发现新客户第一个月就流失 40%，于是得出结论：客户平均只留 1 ÷ 0.4 = 2.5 个月。你会怎么跟他们说？'
			),
			answer: say(
				'The least committed customers leave first, so churn falls as a cohort ages; 1/churn from the first month understates the lifetime. Measure retention by customer age (or use a model that allows customers to differ).',
				'最不坚定的客户最先离开，一批客户越“老”，流失率越低；拿第一个月的流失率算 1/流失率，会低估客户寿命。应当按客户“年龄”分别测留存率，或使用允许客户之间存在差异的模型。'
			)
		},
		{
			id: 'acquisition',
			kind: 'compute',
			question: say(
				`The customer of exercise 1 (start of period) is won with a ${money(f.welcome, 'CNY')} welcome offer. What is the CLV on the day they join? What is the most the firm could pay to win such a customer and still break even? And the day after they join, does the ${money(f.welcome, 'CNY')} still count?`,
				`第 1 题的客户（期初口径）是靠一份 ${money(f.welcome, 'CNY')} 的新人礼争取来的。他入会当天的 CLV 是多少？企业为争取这样一位客户最多能花多少钱而不亏？入会第二天，这 ${money(f.welcome, 'CNY')} 还算不算？`
			),
			answer: say(
				`${money(f.start - f.welcome, 'CNY')} on the day they join; at most ${money(f.start, 'CNY')} to break even. The day after, the ${money(f.welcome, 'CNY')} is spent and no longer changes any decision: the forward-looking value is ${money(f.start, 'CNY')} again.`,
				`入会当天 ${money(f.start - f.welcome, 'CNY')}；最多花 ${money(f.start, 'CNY')} 才不亏。第二天，这 ${money(f.welcome, 'CNY')} 已经花掉，不再影响任何决定：向前看的价值又是 ${money(f.start, 'CNY')}。`
			),
			value: f.start - f.welcome
		}
	];
}
