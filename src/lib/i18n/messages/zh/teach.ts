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
		referral: {
			'software-vendor': {
				title: '软件商与设计公司的五年',
				note: '第一年是亏的：先让大家猜这位客户哪一年开始赚钱，再把推荐周期改成 2 年——K 没变，倍数却掉了，为什么？'
			},
			'subscription-app': {
				title: '订阅制 App：靠推荐还是靠留存？',
				note: '先让大家押注：推荐人数多 10% 和月留存率高 1 个点，哪个更值钱？再打开杠杆表揭晓——留存遥遥领先。'
			},
			'b2b-services': {
				title: 'B2B 服务公司：介绍不多，单单都大',
				note: '在这里多推荐比多留存略胜一筹；再把推荐周期拉长一倍，推荐价值差不多少了四分之一。'
			},
			'premium-car': {
				title: '豪华车品牌：口碑来得慢',
				note: '推荐周期两年、成交率一成，车主的价值只多出六分之一左右：先讨论推荐计划该先改哪一项，再逐个拉动杠杆试试。'
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
