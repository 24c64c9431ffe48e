/** Formatting helpers shared by the segmentation calculator's components. */
import { formatMoney, formatNumber, formatPercent, money, type Currency } from '$lib/i18n/format';
import { intlLocale, type Locale } from '$lib/i18n/locales';
import type segmentsEn from '$lib/i18n/messages/en/segments';
import { nodes, type Step } from '$lib/model/expr';

/** The site's one money format (cents below 1,000, whole units above). */
export { money };

export const count = (value: number, locale: Locale) => formatNumber(value, locale, { digits: 0 });

export const percent = (value: number, locale: Locale, digits = 1) =>
	formatPercent(value, locale, { digits });

/** Short money for axis ticks: "$1.2K", "¥5万". */
export const compactMoneyFormat = (currency: Currency, locale: Locale) =>
	new Intl.NumberFormat(intlLocale[locale], {
		style: 'currency',
		currency,
		currencyDisplay: 'narrowSymbol',
		notation: 'compact',
		maximumFractionDigits: 1
	});

/** Steps whose value is a share (shown as a percentage). */
const shareSteps = new Set(['segments.profitShare.gold', 'pareto.topShare']);

/** A step's value as the arithmetic reads it. */
export function stepValue(step: Step, currency: Currency, locale: Locale): string {
	if (shareSteps.has(step.id)) return percent(step.value, locale);
	if (step.id === 'segments.threshold.transactions') return formatNumber(step.value, locale);
	return formatMoney(step.value, currency, locale);
}

/** Symbol on the left of a step's equation. */
export const stepSymbol: Record<string, string> = {
	'segments.threshold.profitPerTransaction': 'p*',
	'segments.threshold.transactions': 'n*',
	'segments.profitShare.gold': 'S',
	'pareto.topShare': 'S₂₀',
	'generate.meanProfitPerTransaction': 'p̄'
};

const segmentNames = /^(gold|comet|stream|pressure)$/;

/** What a symbol in a step means, in the page's language (undefined when self-evident). */
function describe(
	stepId: string,
	name: string,
	t: (typeof segmentsEn)['legend']
): string | undefined {
	const order = /^([pn])_\((\d+)\)$/.exec(name);
	if (order) return order[1] === 'p' ? t.orderProfit(order[2]!) : t.orderCount(order[2]!);
	const top = /^Π_top(\d+)$/.exec(name);
	if (top) return t.topProfit(top[1]!);
	const [base, sub] = name.split('_');
	if (sub && segmentNames.test(sub)) return base === 'N' ? t.segmentCount : t.segmentProfit;
	if (name === 'N') return t.allCount;
	if (name === 'Π') return stepId === 'pareto.topShare' ? t.earnedProfit : t.netProfit;
	if (name === 'φ') return t.part;
	if (name.startsWith('π_')) return t.nextProfit;
	if (name === 'p̃') return t.median;
	if (name === 'σ') return t.spread;
	if (name === 'e') return t.e;
	return undefined;
}

/** The symbols a step uses and their meaning, so the legend explains only what appears. */
export function stepLegend(step: Step, t: (typeof segmentsEn)['legend']): Record<string, string> {
	const found: Record<string, string> = {};
	for (const e of nodes(step.formula)) {
		if (e.op === 'var') {
			const meaning = describe(step.id, e.name, t);
			if (meaning) found[e.name] = meaning;
		}
	}
	return found;
}
