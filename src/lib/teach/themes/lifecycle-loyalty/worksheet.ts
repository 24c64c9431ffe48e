/** The student worksheet and its answer key of the lifecycle-and-loyalty workshop theme, in the page's language. */
import type { Text } from '../../text';
import type { Exercise } from '../../types';
import type { LifecycleLoyaltyFigures } from './figures';

export function lifecycleLoyaltyWorksheet(t: Text, f: LifecycleLoyaltyFigures): Exercise[] {
	const { say, money, num, pct } = t;
	return [
		{
			id: 'win-back',
			kind: 'compute',
			question: say(
				`A win-back offer costs ${money(f.winBack.cost, 'CNY')} per declining customer and brings one in ten back; a customer brought back is worth ${money(f.winBack.worth, 'CNY')} from then on (in today’s money). Per ten customers, what is the net gain and the return on the money spent?`,
				`一项挽回优惠发给每位退化期客户要花 ${money(f.winBack.cost, 'CNY')}，十个人里能拉回一个；被拉回的客户从此值 ${money(f.winBack.worth, 'CNY')}（按今天的价值）。每 10 位客户，净收益和回报率各是多少？`
			),
			working: say('400 − 10 × 20; (400 − 200) ÷ 200.', '400 − 10 × 20；（400 − 200）÷ 200。'),
			answer: say(
				`A net gain of ${money(f.winBackNet, 'CNY')}, a return of ${pct(f.winBackRoi)} — provided the offer does not go to customers who would have stayed anyway.`,
				`净收益 ${money(f.winBackNet, 'CNY')}，回报率 ${pct(f.winBackRoi)}——前提是优惠没有发给本来就不会走的客户。`
			),
			value: f.winBackRoi
		},
		{
			id: 'voucher',
			kind: 'compute',
			question: say(
				`A shirt sells for ${money(300, 'CNY')}. What share of its margin does a stackable 10%-off voucher give up at a 50% gross margin, and at a 20% one?`,
				`一件衬衫售价 ${money(300, 'CNY')}。一张可叠加的九折券，在毛利率 50% 和 20% 时，各让掉了多大比例的毛利？`
			),
			working: say('30 ÷ 150; 30 ÷ 60.', '30 ÷ 150；30 ÷ 60。'),
			answer: say(
				`${pct(f.voucherAt(0.5))} at a 50% margin; ${pct(f.voucherAt(0.2))} at 20%. Vouchers are cheap for high-margin goods.`,
				`毛利率 50% 时占 ${pct(f.voucherAt(0.5))}；20% 时占 ${pct(f.voucherAt(0.2))}。折扣券对高毛利商品便宜得多。`
			),
			value: f.voucherAt(0.2)
		},
		{
			id: 'points',
			kind: 'predict',
			question: say(
				`Predict, then compute. A flyer spends ${money(12_000, 'CNY')} a year at a 12% margin, stays each year with probability 85%; discount rate 8%, no end date, start of period. Points cost 1.5% of spend. To what retention must the points lift the flyer for the value to stay the same: about 86%, about 88% or about 92%?`,
				`先预测，再计算。一位旅客每年消费 ${money(12_000, 'CNY')}，毛利率 12%，每年留下来的概率 85%；折现率 8%，不设终点，期初口径。积分花掉消费额的 1.5%。积分要把留存率提到多少，价值才能保持不变：约 86%、约 88% 还是约 92%？`
			),
			working: say(
				`Margin falls from ${money(f.margin, 'CNY')} to ${money(f.marginWithPoints, 'CNY')}. Same value m(1 + i) ÷ (1 + i − r) means 1.08 − r* = (${num(f.marginWithPoints, 0)} ÷ ${num(f.margin, 0)}) × (1.08 − 0.85).`,
				`毛利从 ${money(f.margin, 'CNY')} 降到 ${money(f.marginWithPoints, 'CNY')}。价值 m(1 + i) ÷（1 + i − r）不变，即 1.08 − r* =（${num(f.marginWithPoints, 0)} ÷ ${num(f.margin, 0)}）×（1.08 − 0.85）。`
			),
			answer: say(
				`About ${pct(f.breakEven, 1)} (the value stays at ${money(f.base, 'CNY')}). Three points of retention to pay for 1.5 points of margin.`,
				`约 ${pct(f.breakEven, 1)}（价值保持在 ${money(f.base, 'CNY')}）。要用三个百分点的留存，换回 1.5 个百分点的毛利。`
			),
			value: f.breakEven
		},
		{
			id: 'segment',
			kind: 'compute',
			question: say(
				`In a shop the median customer makes 8 purchases a year and leaves ${money(25, 'CNY')} of profit per purchase. A customer bought 3 times this year for ${money(210, 'CNY')} of profit. Which segment (gold, comet, stream, pressure), split at the medians?`,
				`某店的中位数客户一年购买 8 次，每次贡献利润 ${money(25, 'CNY')}。一位客户今年来了 3 次，共贡献利润 ${money(210, 'CNY')}。按中位数划分，他属于金子、彗星、溪流、压力中的哪一类？`
			),
			working: say(
				'210 ÷ 3 = 70 per purchase, above 25; 3 purchases, below 8.',
				'210 ÷ 3 = 70 一次，高于 25；3 次，低于 8 次。'
			),
			answer: say(
				'A comet: profitable per purchase, but infrequent.',
				'彗星客户：单次利润高，但来得少。'
			),
			value: 70
		},
		{
			id: 'decline',
			kind: 'compute',
			question: say(
				'Each quarter a declining customer stays in decline with probability 40% (otherwise they move on, or the relationship ends). How many quarters does a customer spend in decline on average, counting the current one?',
				'退化期的客户每个季度有 40% 的概率仍停留在退化期（否则就转往别处，或者关系结束）。算上当前这个季度，客户平均在退化期停留几个季度？'
			),
			working: say('1 ÷ (1 − 0.4).', '1 ÷（1 − 0.4）。'),
			answer: say(
				`${num(f.stayInDecline)} quarters: the window for a win-back is short.`,
				`${num(f.stayInDecline)} 个季度：挽回的时间窗口很短。`
			),
			value: f.stayInDecline
		},
		{
			id: 'expiry',
			kind: 'interpret',
			question: say(
				'The finance director wants points to expire after 12 months to shrink the liability. What do you ask before agreeing, and how would you test it?',
				'财务总监想让积分 12 个月后清零，以缩小负债。你同意之前要问什么？怎样检验？'
			),
			answer: say(
				'What expiry does to retention: compare CLV with and without expiry, not only the liability. Test it on part of the membership first (a controlled trial), and watch retention, not just breakage.',
				'先问清零对留存率有什么影响：比较有、无清零规则时的 CLV，而不只看负债。先在一部分会员里试行（对照试验），盯住留存率，而不只是沉淀率。'
			)
		}
	];
}
