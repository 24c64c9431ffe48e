/**
 * Money in Chinese prose: amounts from 10,000 up are written in 万 or 亿 ("¥99.12 万", "40 万美元"),
 * as Chinese readers count, and US dollars are named in Chinese ("8,000 美元") rather than with a
 * "$" that could be any dollar. Articles use this for every amount in their zh text; calculators
 * format through `$lib/i18n/format`.
 */
import { formatNumber, type Currency } from '$lib/i18n/format';

const units = [
	{ size: 1e8, name: '亿' },
	{ size: 1e4, name: '万' }
] as const;

/** Rounds as the text will show it: `digits` decimals. */
const rounded = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * An amount for Chinese prose. Below 10,000: whole units (or cents with `cents`); from 10,000: up
 * to two decimals of 万 or 亿, by the amount as shown (9,999.7 is "¥1 万", not "¥10,000").
 *
 * @example
 * moneyZh(991211, 'CNY') //=> '¥99.12 万'
 * moneyZh(400000, 'USD') //=> '40 万美元'
 * moneyZh(880, 'CNY') //=> '¥880'
 * moneyZh(-1200, 'USD') //=> '-1,200 美元'
 */
export function moneyZh(
	value: number,
	currency: Currency,
	options: { cents?: boolean } = {}
): string {
	if (!Number.isFinite(value)) return '—';
	const size = Math.abs(value);
	const plain = options.cents ? 2 : 0;
	const largest = units.find((u) => rounded(size / u.size, 2) >= 1);
	const unit = largest && rounded(size, plain) >= 1e4 ? largest : undefined;
	const number = unit ? rounded(size / unit.size, 2) : rounded(size, plain);
	const amount = unit
		? formatNumber(number, 'zh', { digits: 2 })
		: formatNumber(number, 'zh', { digits: plain, minDigits: plain });
	const sign = value < 0 && number !== 0 ? '-' : '';
	if (currency === 'USD') return `${sign}${amount}${unit ? ` ${unit.name}` : ' '}美元`;
	return `${sign}${currency === 'EUR' ? '€' : '¥'}${amount}${unit ? ` ${unit.name}` : ''}`;
}
