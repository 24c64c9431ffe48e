/**
 * Workshop theme 3, lifecycle and loyalty: the value of a customer by relationship stage, judging a
 * campaign by its return, whether a points programme pays, what a voucher costs, complements and
 * clubs — the articles "The customer lifecycle" and "Loyalty business models" with their cases.
 */
import { computeCampaign, computeLifecycle } from '$lib/calculators/lifecycle/compute';
import { presetInputs } from '$lib/calculators/lifecycle/presets';
import type { Locale } from '$lib/i18n/locales';
import { clvSideBySide, findClvPreset, retentionClv } from '$lib/model/clv';
import { finite, text } from '../text';
import type { Exercise, RunBlock, WorkshopTheme } from '../types';

const headline = (inputs: Parameters<typeof clvSideBySide>[0]) =>
	finite(clvSideBySide(inputs).retention['start-of-period'].finite);

export function lifecycleLoyalty(locale: Locale): WorkshopTheme {
	const { say, money, num, pct, classCase } = text(locale);
	const currency = locale === 'zh' ? 'CNY' : 'USD';

	// The class cases, as the articles state them (state names do not matter for the numbers).
	const relationship = presetInputs('relationship', locale, (id) => id);
	const stageValue = (id: string) => {
		const view = computeLifecycle(relationship);
		return view.infinite.kind === 'finite'
			? view.infinite.values[relationship.states.findIndex((s) => s.id === id)]!
			: Number.NaN;
	};
	const retail = presetInputs('retail-recency', locale, (id) => id);
	const campaign = computeCampaign(retail);
	const roi = campaign.roi.kind === 'finite' ? campaign.roi.value : Number.NaN;
	const flyer = findClvPreset('airline-frequent-flyer')!.inputs;
	const withPoints = headline({
		...flyer,
		grossMargin: flyer.grossMargin - 0.015,
		retention: 0.88
	});
	const withoutPoints = headline(flyer);

	// Worksheet numbers.
	const winBack = { cost: 20, share: 0.1, worth: 400 };
	const winBackNet = winBack.share * 10 * winBack.worth - 10 * winBack.cost;
	const winBackRoi = winBackNet / (10 * winBack.cost);
	const voucherAt = (grossMargin: number) => (0.1 * 300) / (grossMargin * 300);
	const margin = 12_000 * 0.12;
	const marginWithPoints = 12_000 * (0.12 - 0.015);
	const base = finite(
		retentionClv({
			margin,
			retention: 0.85,
			discountRate: 0.08,
			timing: 'start-of-period',
			horizon: 'infinite'
		})
	);
	// Retention at which the cheaper margin gives the same value: 1 + i − r* = (m′/m)(1 + i − r).
	const breakEven = 1.08 - (marginWithPoints / margin) * (1.08 - 0.85);
	const stayInDecline = 1 / (1 - 0.4);

	const blocks: RunBlock[] = [
		{
			start: 0,
			minutes: 10,
			title: say(
				'Opening: a new customer or a loyal one in decline?',
				'开场：新客户，还是正在退化的老客户？'
			),
			show: say(
				'The lifecycle article’s first prediction in presentation mode. Count the hands; do not reveal yet.',
				'用演示模式放出《客户生命周期》的第一道预测题。先数举手，暂不揭晓。'
			),
			links: [
				{
					kind: 'article',
					slug: 'customer-lifecycle',
					label: say('The customer lifecycle', '客户生命周期')
				}
			],
			ask: say(
				'One customer has just made a first trial purchase; another has bought for years but is in decline. Who is worth more from today on?',
				'一位客户刚第一次试着下单；另一位买了很多年，却已进入退化期。从今天起谁更值钱？'
			),
			wrong: [
				{
					guess: say(
						'The loyal one — look at everything they have bought.',
						'老客户，看看他买过多少东西。'
					),
					reply: say(
						`What they have bought is historical value. In the model the new customer is worth ${money(stageValue('exploration'), currency)}, the declining one ${money(stageValue('decline'), currency)}: the new one may still reach formation and stability.`,
						`他买过的属于历史价值。在模型里，新客户值 ${money(stageValue('exploration'), currency)}，退化期的老客户只值 ${money(stageValue('decline'), currency)}：新客户还有机会走进形成期和稳定期。`
					)
				}
			]
		},
		{
			start: 10,
			minutes: 20,
			title: say('Four stages in numbers', '用数字看四个阶段'),
			show: say(
				'The relationship class case: reveal the value table, point out the inverted U twice (profit per quarter, value by stage), then change one probability.',
				'展示“客户关系：从考察期到退化期”课堂案例：揭晓价值表，指出倒 U 形出现了两次（每季度利润、各阶段客户的价值），再改一个转移概率。'
			),
			links: [classCase('lifecycle', 'relationship')],
			ask: say(
				'Which single change to the chain raises the value of a new customer most?',
				'改链上的哪一个概率，最能提高一位新客户的价值？'
			)
		},
		{
			start: 30,
			minutes: 15,
			title: say('Does the reminder pay? Show of hands', '提醒划算吗？举手表决'),
			show: say(
				'The retail class case: press Play, then the article’s second prediction. Count hands on the four options, then reveal the return.',
				'展示“零售顾客”课堂案例：先按“播放”，再放出文章的第二道预测题。数四个选项的举手人数，再揭晓回报率。'
			),
			links: [classCase('lifecycle', 'retail-recency')],
			ask: say(
				`A reminder costs ${money(retail.campaign.cost, currency)} per dormant customer per month for ${retail.campaign.duration} months. Does it pay?`,
				`提醒每月每位休眠客户花 ${money(retail.campaign.cost, currency)}，发 ${retail.campaign.duration} 个月。划算吗？`
			),
			wrong: [
				{
					guess: say(
						'About break-even — reminders are cheap but so is the effect.',
						'大致持平，提醒便宜，效果也小。'
					),
					reply: say(
						`A return of about ${pct(roi)}: a customer brought back to active keeps earning for months, so a small push at the right moment pays many times over.`,
						`回报率约 ${pct(roi)}：被拉回活跃状态的客户能接着贡献好几个月的利润，在对的时机推一把，能赚回好几倍。`
					)
				}
			]
		},
		{
			start: 45,
			minutes: 15,
			title: say('Does a points programme pay?', '积分计划划算吗？'),
			show: say(
				'The frequent-flyer class case. Lower the gross margin by the cost of the points (1.5 points of margin), then raise retention until the value is back.',
				'展示“航空常旅客”课堂案例。先把毛利率减去积分的成本（1.5 个百分点），再把留存率往上调，直到价值回到原来的水平。'
			),
			links: [
				classCase('clv', 'airline-frequent-flyer'),
				{
					kind: 'article',
					slug: 'loyalty-business-models',
					label: say('Loyalty business models', '客户忠诚的商业模式')
				}
			],
			ask: say(
				'Points cost 1.5% of spend and lift retention from 85% to 88%. Do they pay?',
				'积分花掉消费额的 1.5%，把留存率从 85% 提到 88%。划算吗？'
			),
			wrong: [
				{
					guess: say(
						'No — 1.5% of spend is most of a 12% margin.',
						'不划算，1.5% 的消费额占了 12% 毛利的一大块。'
					),
					reply: say(
						`Over ten years the flyer is worth ${money(withoutPoints, 'CNY')} without points and ${money(withPoints, 'CNY')} with them. Three points of retention compound; compare values, not margins.`,
						`按十年计，没有积分时这位旅客值 ${money(withoutPoints, 'CNY')}，有积分时值 ${money(withPoints, 'CNY')}。三个百分点的留存会层层叠加；要比的是价值，不是毛利。`
					)
				}
			]
		},
		{
			start: 60,
			minutes: 10,
			title: say('Break', '休息'),
			show: say('Leave the points calculator on screen.', '屏幕上留着积分计算器。'),
			links: []
		},
		{
			start: 70,
			minutes: 15,
			title: say('Vouchers and expiry: GAP', '折扣券与积分清零：GAP'),
			show: say(
				'The GAP vouchers class case. First the voucher arithmetic on the board (its cost as a share of the margin), then switch expiry to “never” and read the liability and CLV.',
				'展示“GAP 一年作废的折扣券”课堂案例。先在黑板上算折扣券的账（它占毛利的比例），再把有效期改成“永不过期”，看负债和 CLV 怎么变。'
			),
			links: [classCase('points', 'gap-vouchers')],
			ask: say(
				'Expiring points shrink the liability. Does that make the programme better?',
				'积分过期让负债变小了。计划因此变好了吗？'
			),
			wrong: [
				{
					guess: say('Yes — a smaller liability is good.', '是的，负债越小越好。'),
					reply: say(
						'In accounting, yes; in CLV terms it depends on what expiry does to retention. Points are also an investment in the relationship.',
						'从会计上看是的；从 CLV 的角度看，要看清零对留存率有什么影响。积分也是对客户关系的一笔投资。'
					)
				}
			]
		},
		{
			start: 85,
			minutes: 15,
			title: say(
				'Complements and clubs: Vanke, car clubs, alumni',
				'互补品与俱乐部：万科、车友会、校友会'
			),
			show: say(
				'The Vanke case, then the car club. For each, ask where the extra value comes from before showing the stacked bars.',
				'先讲万科的案例，再讲车友会。每个案例都先问大家多出来的价值来自哪里，再打开堆叠柱状图。'
			),
			links: [
				classCase('complement', 'vanke-property-services'),
				classCase('club', 'premium-car-club')
			],
			ask: say(
				'The property-management fee itself earns little. Where does the value come from?',
				'物业费本身赚得不多。价值从哪里来？'
			),
			wrong: [
				{
					guess: say('From the fees.', '来自物业费。'),
					reply: say(
						'Mostly from the main product: price and resale premium, owners buying again, and referrals.',
						'主要来自主产品：售价和转手溢价、业主再次购买，以及推荐购买。'
					)
				}
			]
		},
		{
			start: 100,
			minutes: 15,
			title: say('Worksheet, in pairs', '练习单，两人一组'),
			show: say('Exercises 1–5.', '做第 1–5 题。'),
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
			id: 'win-back',
			kind: 'compute',
			question: say(
				`A win-back offer costs ${money(winBack.cost, 'CNY')} per declining customer and brings one in ten back; a customer brought back is worth ${money(winBack.worth, 'CNY')} from then on (in today’s money). Per ten customers, what is the net gain and the return on the money spent?`,
				`一项挽回优惠发给每位退化期客户要花 ${money(winBack.cost, 'CNY')}，十个人里能拉回一个；被拉回的客户从此值 ${money(winBack.worth, 'CNY')}（按今天的价值）。每 10 位客户，净收益和回报率各是多少？`
			),
			working: say('400 − 10 × 20; (400 − 200) ÷ 200.', '400 − 10 × 20；（400 − 200）÷ 200。'),
			answer: say(
				`A net gain of ${money(winBackNet, 'CNY')}, a return of ${pct(winBackRoi)} — provided the offer does not go to customers who would have stayed anyway.`,
				`净收益 ${money(winBackNet, 'CNY')}，回报率 ${pct(winBackRoi)}——前提是优惠没有发给本来就不会走的客户。`
			),
			value: winBackRoi
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
				`${pct(voucherAt(0.5))} at a 50% margin; ${pct(voucherAt(0.2))} at 20%. Vouchers are cheap for high-margin goods.`,
				`毛利率 50% 时占 ${pct(voucherAt(0.5))}；20% 时占 ${pct(voucherAt(0.2))}。折扣券对高毛利商品便宜得多。`
			),
			value: voucherAt(0.2)
		},
		{
			id: 'points',
			kind: 'predict',
			question: say(
				`Predict, then compute. A flyer spends ${money(12_000, 'CNY')} a year at a 12% margin, stays each year with probability 85%; discount rate 8%, no end date, start of period. Points cost 1.5% of spend. To what retention must the points lift the flyer for the value to stay the same: about 86%, about 88% or about 92%?`,
				`先预测，再计算。一位旅客每年消费 ${money(12_000, 'CNY')}，毛利率 12%，每年留下来的概率 85%；折现率 8%，不设终点，期初口径。积分花掉消费额的 1.5%。积分要把留存率提到多少，价值才能保持不变：约 86%、约 88% 还是约 92%？`
			),
			working: say(
				`Margin falls from ${money(margin, 'CNY')} to ${money(marginWithPoints, 'CNY')}. Same value m(1 + i) ÷ (1 + i − r) means 1.08 − r* = (${num(marginWithPoints, 0)} ÷ ${num(margin, 0)}) × (1.08 − 0.85).`,
				`毛利从 ${money(margin, 'CNY')} 降到 ${money(marginWithPoints, 'CNY')}。价值 m(1 + i) ÷（1 + i − r）不变，即 1.08 − r* =（${num(marginWithPoints, 0)} ÷ ${num(margin, 0)}）×（1.08 − 0.85）。`
			),
			answer: say(
				`About ${pct(breakEven, 1)} (the value stays at ${money(base, 'CNY')}). Three points of retention to pay for 1.5 points of margin.`,
				`约 ${pct(breakEven, 1)}（价值保持在 ${money(base, 'CNY')}）。要用三个百分点的留存，换回 1.5 个百分点的毛利。`
			),
			value: breakEven
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
				`${num(stayInDecline)} quarters: the window for a win-back is short.`,
				`${num(stayInDecline)} 个季度：挽回的时间窗口很短。`
			),
			value: stayInDecline
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

	return {
		id: 'lifecycle-loyalty',
		title: say('Lifecycle and loyalty', '生命周期与客户忠诚'),
		summary: say(
			'The value of a customer by relationship stage, judging a campaign by its return, and whether points, complements and clubs pay.',
			'不同关系阶段客户的价值，按回报评判营销活动，以及积分、互补品和俱乐部是否划算。'
		),
		articles: ['customer-lifecycle', 'loyalty-business-models', 'segmenting-by-value'],
		blocks,
		exercises
	};
}
