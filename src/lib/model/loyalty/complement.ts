/**
 * A complementary product (互补品): a cheap, frequent service sold beside an expensive, rarely
 * bought main product, and what it adds to the main product's customer lifetime value.
 */
import {
	requireDiscountRate,
	requireInteger,
	requireMoney,
	requireRange,
	requireShare,
	requireShareUplift
} from '../errors';
import { add, c, div, idx, mul, paren, pow, sub, sum, v, type Expr, type Step } from '../expr';

export interface ComplementInput {
	/** P: price of the main product (a home), money per purchase. */
	readonly mainPrice: number;
	/** g_m: gross margin on the main product, 0–1. */
	readonly mainMargin: number;
	/**
	 * q: probability that an owner buys the next one from the same firm, at each purchase occasion.
	 */
	readonly repurchaseProbability: number;
	/** Y: years between purchases of the main product (whole years, ≥ 1). */
	readonly yearsBetweenPurchases: number;
	/** f: complement fee per month (property management), money. */
	readonly complementFeePerMonth: number;
	/** g_c: margin on the complement, 0–1. */
	readonly complementMargin: number;
	/** Δq: rise in repurchase probability the complement brings, percentage points as a decimal. */
	readonly repurchaseUplift: number;
	/** ρ: friends referred per owner per year, without the complement. */
	readonly referralRate: number;
	/** κ: share of referred friends who buy, without the complement. */
	readonly referralConversion: number;
	/** Δρ: extra referrals per owner per year with the complement. */
	readonly referralRateUplift: number;
	/**
	 * Δκ: rise in the conversion of referrals with the complement, percentage points as a decimal.
	 */
	readonly conversionUplift: number;
	/**
	 * π: price premium the main product commands thanks to the complement, as a decimal (0.05 = 5%).
	 */
	readonly pricePremium: number;
	/** i: discount rate per year. */
	readonly discountRate: number;
	/** H: horizon in years (whole years, ≥ 1). */
	readonly horizonYears: number;
}

/** Present value per customer by source, money. */
export interface ComplementSources {
	/** The first purchase's margin, P·g_m. */
	readonly main: number;
	/** Margin on the complement while the customer owns one of the firm's products. */
	readonly complement: number;
	/** Margin on later purchases of the main product. */
	readonly repurchase: number;
	/** Margin on first purchases by referred friends. */
	readonly referrals: number;
	/** The price premium on every purchase above (own and referred). */
	readonly premium: number;
	/** Sum of the sources: the CLV. */
	readonly total: number;
}

export interface ComplementResult {
	readonly without: ComplementSources;
	readonly with: ComplementSources;
	/** with − without, source by source. */
	readonly difference: ComplementSources;
	readonly steps: readonly Step[];
}

function validate(input: Readonly<ComplementInput>): void {
	requireMoney('mainPrice', input.mainPrice);
	requireShare('mainMargin', input.mainMargin);
	requireShare('repurchaseProbability', input.repurchaseProbability);
	requireInteger('yearsBetweenPurchases', input.yearsBetweenPurchases, 1, 100);
	requireMoney('complementFeePerMonth', input.complementFeePerMonth);
	requireShare('complementMargin', input.complementMargin);
	requireShareUplift('repurchaseUplift', input.repurchaseUplift, input.repurchaseProbability);
	requireRange('referralRate', input.referralRate, 0, 10);
	requireShare('referralConversion', input.referralConversion);
	requireRange('referralRateUplift', input.referralRateUplift, -input.referralRate, 10);
	requireShareUplift('conversionUplift', input.conversionUplift, input.referralConversion);
	requireRange('pricePremium', input.pricePremium, 0, 2);
	requireDiscountRate('discountRate', input.discountRate);
	requireInteger('horizonYears', input.horizonYears, 1, 100);
}

/** Symbols of one scenario: its repurchase probability and referral rate and conversion. */
interface Scenario {
	readonly name: 'without' | 'with';
	readonly q: number;
	readonly referralRate: number;
	readonly conversion: number;
	/** Whether the complement is sold (and so its margin and premium count). */
	readonly complement: boolean;
	/** Symbol suffix: '' without the complement, '′' with it. */
	readonly prime: '' | '′';
}

const onePlus = (rate: number) => paren(add(c(1), v('i', rate, 'rate')));

/**
 * D = Σ_{k=1}^{K} q^k/(1+i)^(kY), K = ⌊H/Y⌋: the discounted expected number of repurchases (the
 * k-th comes after kY years, if the owner has come back k times in a row).
 */
function discountedRepurchases(input: Readonly<ComplementInput>, s: Scenario): Step {
	const { yearsBetweenPurchases: years, horizonYears, discountRate } = input;
	const occasions = Math.floor(horizonYears / years);
	let value = 0;
	for (let k = 1; k <= occasions; k++) {
		value += Math.pow(s.q, k) / Math.pow(1 + discountRate, k * years);
	}
	const k = idx('k');
	const term = div(
		pow(v(`q${s.prime}`, s.q, 'rate'), k),
		pow(onePlus(discountRate), mul(k, v('Y', years, 'count')))
	);
	const formula = occasions >= 1 ? sum('k', 1, occasions, term) : c(0);
	return { id: `complement.${s.name}.discountedRepurchases`, formula, value };
}

/**
 * A = Σ_{t=1}^{H} q^(⌈t/Y⌉−1)/(1+i)^t: discounted expected years as an owner. Years 1…Y of the
 * first home are certain; each later cycle of Y years needs one more repurchase. Written as cycles
 * k of years j: Σ_k Σ_{j=1}^{Y} q^k/(1+i)^(kY+j), the last cycle cut at H.
 */
function discountedOwnerYears(input: Readonly<ComplementInput>, s: Scenario): Step {
	const { yearsBetweenPurchases: years, horizonYears, discountRate } = input;
	let value = 0;
	for (let t = 1; t <= horizonYears; t++) {
		value += Math.pow(s.q, Math.ceil(t / years) - 1) / Math.pow(1 + discountRate, t);
	}
	const cycles = Math.floor(horizonYears / years);
	const rest = horizonYears - cycles * years;
	const term = (cycle: Expr) =>
		div(
			pow(v(`q${s.prime}`, s.q, 'rate'), cycle),
			pow(onePlus(discountRate), add(mul(cycle, v('Y', years, 'count')), idx('j')))
		);
	const parts: Expr[] = [];
	if (cycles >= 1) parts.push(sum('k', 0, cycles - 1, sum('j', 1, years, term(idx('k')))));
	if (rest >= 1) parts.push(sum('j', 1, rest, term(c(cycles))));
	const formula = parts.length === 1 ? parts[0]! : add(...parts);
	return { id: `complement.${s.name}.discountedOwnerYears`, formula, value };
}

/** The CLV of one scenario by source, with a step per source. */
function scenarioSources(
	input: Readonly<ComplementInput>,
	s: Scenario
): { sources: ComplementSources; steps: Step[] } {
	const repurchases = discountedRepurchases(input, s);
	const ownerYears = discountedOwnerYears(input, s);
	const D = v(`D${s.prime}`, repurchases.value);
	const A = v(`A${s.prime}`, ownerYears.value);
	const unitMargin = input.mainPrice * input.mainMargin;
	const unit = mul(v('P', input.mainPrice, 'money'), v('g_m', input.mainMargin, 'rate'));
	const referred = s.referralRate * s.conversion;
	const refer = mul(v(`ρ${s.prime}`, s.referralRate), v(`κ${s.prime}`, s.conversion, 'rate'));
	const premiumRate = s.complement ? input.pricePremium : 0;
	const annualFee = s.complement ? 12 * input.complementFeePerMonth * input.complementMargin : 0;
	const main = unitMargin;
	const repurchase = unitMargin * repurchases.value;
	const referrals = referred * ownerYears.value * unitMargin;
	const complement = annualFee * ownerYears.value;
	const premium =
		premiumRate * input.mainPrice * (1 + repurchases.value + referred * ownerYears.value);
	const id = (source: string) => `complement.${s.name}.${source}`;
	const steps: Step[] = [
		repurchases,
		ownerYears,
		{ id: id('main'), formula: unit, value: main },
		{ id: id('repurchase'), formula: mul(unit, D), value: repurchase },
		{ id: id('referrals'), formula: mul(refer, A, unit), value: referrals }
	];
	if (s.complement) {
		const fee = mul(
			c(12),
			v('f', input.complementFeePerMonth, 'money'),
			v('g_c', input.complementMargin, 'rate')
		);
		const purchases = paren(add(c(1), D, mul(refer, A)));
		const premiumFormula = mul(
			v('π', input.pricePremium, 'rate'),
			v('P', input.mainPrice, 'money'),
			purchases
		);
		steps.push(
			{ id: id('complement'), formula: mul(fee, A), value: complement },
			{ id: id('premium'), formula: premiumFormula, value: premium }
		);
	}
	const total = main + complement + repurchase + referrals + premium;
	const parts = steps.slice(2).map((step) => v(step.id.split('.').pop()!, step.value, 'money'));
	steps.push({ id: id('clv'), formula: add(...parts), value: total });
	return { sources: { main, complement, repurchase, referrals, premium, total }, steps };
}

/**
 * CLV of a buyer of a high-price, low-frequency main product, with and without a high-frequency
 * complement, split by source. The Vanke case of “What customer lifetime value means”: good
 * property management (the complement) makes owners buy again, recommend the developer to
 * friends, and lets its homes sell, and resell, at a premium.
 *
 * Per customer, years t = 1…H, discount rate i per year: the first purchase at t = 0 earns P·g_m.
 * The owner buys again every Y years with probability q (q′ = q + Δq with the complement), so
 * expected discounted repurchases are D = Σ_k q^k/(1+i)^(kY) and discounted owner-years A = Σ_t
 * q^(⌈t/Y⌉−1)/(1+i)^t. While an owner, the customer pays the complement's fee (margin 12·f·g_c a
 * year) and brings ρκ new buyers a year (ρ′κ′ with the complement), each earning P·g_m. The premium
 * π adds π·P to every purchase, own and referred. Sources: main = P·g_m; repurchase = P·g_m·D;
 * complement = 12·f·g_c·A; referrals = ρκ·A·P·g_m; premium = π·P·(1 + D + ρκ·A). Without the
 * complement there is no fee and no premium. Referred buyers' own repurchases and referrals are
 * left out (see the referral model for those).
 *
 * Sources: “What customer lifetime value means” (Chinese web article) on Vanke's property
 * services; CLV as discounted expected margin (Gupta & Lehmann 2003).
 * Code → symbols: mainPrice = P, mainMargin = g_m, repurchaseProbability = q,
 * yearsBetweenPurchases = Y, complementFeePerMonth = f, complementMargin = g_c, referralRate = ρ,
 * referralConversion = κ, pricePremium = π, discountRate = i, horizonYears = H.
 *
 * @example
 * complementClv({ mainPrice: 1000, mainMargin: 0.2, repurchaseProbability: 0.5,
 *   yearsBetweenPurchases: 1, complementFeePerMonth: 0, complementMargin: 0, repurchaseUplift: 0,
 *   referralRate: 0, referralConversion: 0, referralRateUplift: 0, conversionUplift: 0,
 *   pricePremium: 0, discountRate: 0, horizonYears: 2 }).with.total
 * //=> 350 (200 now + 200 × (0.5 + 0.25) repurchases)
 */
export function complementClv(input: Readonly<ComplementInput>): ComplementResult {
	validate(input);
	const without = scenarioSources(input, {
		name: 'without',
		q: input.repurchaseProbability,
		referralRate: input.referralRate,
		conversion: input.referralConversion,
		complement: false,
		prime: ''
	});
	const withComplement = scenarioSources(input, {
		name: 'with',
		q: input.repurchaseProbability + input.repurchaseUplift,
		referralRate: input.referralRate + input.referralRateUplift,
		conversion: input.referralConversion + input.conversionUplift,
		complement: true,
		prime: '′'
	});
	const a = without.sources;
	const b = withComplement.sources;
	const difference: ComplementSources = {
		main: b.main - a.main,
		complement: b.complement - a.complement,
		repurchase: b.repurchase - a.repurchase,
		referrals: b.referrals - a.referrals,
		premium: b.premium - a.premium,
		total: b.total - a.total
	};
	const formula = sub(v('CLV_with', b.total, 'money'), v('CLV_without', a.total, 'money'));
	const gain: Step = { id: 'complement.difference', formula, value: difference.total };
	return {
		without: a,
		with: b,
		difference,
		steps: [...without.steps, ...withComplement.steps, gain]
	};
}
