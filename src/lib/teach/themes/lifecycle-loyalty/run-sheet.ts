/** The trainer's run sheet of the lifecycle-and-loyalty workshop theme, in the page's language. */
import type { Text } from '../../text';
import type { RunBlock } from '../../types';
import { worksheetThenExitTicket } from '../closing';
import type { LifecycleLoyaltyFigures } from './figures';

export function lifecycleLoyaltyRunSheet(t: Text, f: LifecycleLoyaltyFigures): RunBlock[] {
	const { say, money, pct, classCase } = t;
	return [
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
						`What they have bought is historical value. In the model the new customer is worth ${money(f.stageValue('exploration'), f.currency)}, the declining one ${money(f.stageValue('decline'), f.currency)}: the new one may still reach formation and stability.`,
						`他买过的属于历史价值。在模型里，新客户值 ${money(f.stageValue('exploration'), f.currency)}，退化期的老客户只值 ${money(f.stageValue('decline'), f.currency)}：新客户还有机会走进形成期和稳定期。`
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
				`A reminder costs ${money(f.retail.campaign.cost, f.currency)} per dormant customer per month for ${f.retail.campaign.duration} months. Does it pay?`,
				`提醒每月每位休眠客户花 ${money(f.retail.campaign.cost, f.currency)}，发 ${f.retail.campaign.duration} 个月。划算吗？`
			),
			wrong: [
				{
					guess: say(
						'About break-even — reminders are cheap but so is the effect.',
						'大致持平，提醒便宜，效果也小。'
					),
					reply: say(
						`A return of about ${pct(f.roi)}: a customer brought back to active keeps earning for months, so a small push at the right moment pays many times over.`,
						`回报率约 ${pct(f.roi)}：被拉回活跃状态的客户能接着贡献好几个月的利润，在对的时机推一把，能赚回好几倍。`
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
						`Over ten years the flyer is worth ${money(f.withoutPoints, 'CNY')} without points and ${money(f.withPoints, 'CNY')} with them. Three points of retention compound; compare values, not margins.`,
						`按十年计，没有积分时这位旅客值 ${money(f.withoutPoints, 'CNY')}，有积分时值 ${money(f.withPoints, 'CNY')}。三个百分点的留存会层层叠加；要比的是价值，不是毛利。`
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
		...worksheetThenExitTicket(say, say('Exercises 1–5.', '做第 1–5 题。'))
	];
}
