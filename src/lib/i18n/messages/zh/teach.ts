import type en from '../en/teach';

const teach = {
	presentHeading: '可直接上课演示的案例',
	presentIntro:
		'每个链接都会打开对应的计算器，载入文章中的一个案例，并直接进入演示模式：大字号、高对比度，只留下要讲的内容。用方向键逐节讲解，按 Esc 退出。打开二维码，台下学员用手机扫一扫就能看到同一个案例。',
	present: '演示',
	presentCase: (title: string) => `演示：${title}`,
	cases: {
		clv: {
			'textbook-example': {
				title: '教科书例题',
				note: '从这里开讲：m = 100、r = 80%、i = 12%。先请大家猜结果，再说明三种现金流时点假设为什么会算出三个不同的答案。'
			},
			'airline-frequent-flyer': {
				title: '航空公司常旅客',
				note: '消费高、利润薄：先问大家毛利率提高一个点和留存率提高一个点哪个更值钱，再分别拉动两个杠杆验证。'
			},
			'credit-card-holder': {
				title: '信用卡持卡人',
				note: '忠诚且获客便宜：在图上找到回本的年份，再把获客成本往上调，看回本点什么时候消失。'
			},
			'gap-shopper': {
				title: 'GAP 顾客',
				note: '按季度计算：把时间单位切换成年，看消费额和留存率是怎样换算的，再讨论为什么客户价值只变了一点点。'
			},
			'car-buyer': {
				title: '一辈子的购车客户',
				note: '那个著名的“终身”数字：对比不折现的总和与折现后的价值，讨论经理做决策时该用哪一个。'
			},
			'supermarket-regular': {
				title: '超市常客',
				note: '每月小额购物：把月留存率从 93% 调到 95%，看看折算成一年的价值变化有多大。'
			}
		},
		lifecycle: {
			relationship: {
				title: '客户关系：从考察期到退化期',
				note: '利润随关系的起落先升后降：先别亮出价值表，请大家猜猜处在哪个阶段的客户今天最值钱，以及为什么进入退化期的客户几乎不值钱。'
			},
			telecom: {
				title: '电信客户与离网挽回',
				note: '有购机补贴，新客户头几个月是亏的：先找出累计利润何时转正，再把折现率设成 0%，讨论为什么有了挽回，终身价值反而算不出有限值。'
			},
			'retail-recency': {
				title: '零售顾客：活跃、沉默、休眠、流失',
				note: '按“播放”，让大家看着客户一步步流向“流失”；再请大家判断：给休眠客户每月花 2 元发提醒划不划算，最后揭晓 ROI。'
			},
			crm: {
				title: 'CRM 阶段与重点跟进',
				note: '对比忠实客户和重点跟进客户各值多少，讨论销售多花的时间得换来什么；再对重点跟进客户做一次活动，看回报率。'
			},
			'pfeifer-carraway': {
				title: 'Pfeifer 与 Carraway 的邮购客户',
				note: '论文里的原始数据：上次购买已是四年前的客户，价值是负的。公司还该继续给他们寄目录吗？'
			}
		},
		points: {
			'airline-alliance': {
				title: '航空里程，联盟内通兑',
				note: '大部分里程最终会被兑换，只是要等很久：对照积分负债和 CLV 增量两条线，问问财务总监看到的是哪一条。'
			},
			'cobranded-credit-card': {
				title: '银行联名信用卡',
				note: '积分永不过期：改成 12 个月过期，讨论省下的成本值不值得丢掉的那部分忠诚。'
			},
			'gap-vouchers': {
				title: 'GAP 折扣券，一年清零',
				note: '把过期规则改成“永不过期”：负债变大了，CLV 也变大了——“积分是投资”的道理一键可见。'
			}
		},
		complement: {
			'vanke-property-services': {
				title: '万科住宅与万科物业',
				note: '物业费本身赚得不多：先让大家猜增加的价值从哪里来，再展示堆叠柱状图。'
			}
		},
		club: {
			'premium-car-club': {
				title: '豪华车车友会',
				note: '找到回本年份，再把留存效果减半，看俱乐部还划不划算。'
			},
			'business-school-alumni': {
				title: '商学院校友会',
				note: '校友自己张罗，所以花费很少：把俱乐部成本提高十倍，看投资回报率和回本时间怎么变。'
			}
		},
		segments: {
			'online-shop': {
				title: '网店：利润来自谁？',
				note: '先请大家猜前 20% 的客户贡献多少利润，再揭晓；然后把亏损客户占比调到 30%，问问金子客户的利润占比为什么反而上升。'
			},
			supermarket: {
				title: '超市会员',
				note: '客单利润薄、爱用券的人多：取消勾选“亏钱的一律算压力客户”，讨论溪流客户究竟是哪些人。'
			},
			'b2b-distributor': {
				title: 'B2B 经销商',
				note: '少数大客户撑起整盘生意：先读二八定律那句话，再把相关性调到 0，看金子客户怎样变少。'
			},
			'subscription-app': {
				title: '订阅制 App',
				note: '每月付费相差不大，订阅时长却差很多：利润远没有那么集中。为什么二八定律在这里不成立？'
			}
		}
	}
} satisfies typeof en;

export default teach;
