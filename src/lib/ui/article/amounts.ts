/**
 * Money in Chinese prose: amounts from 10,000 up are written in 万 or 亿 ("¥99.12 万", "40 万美元"),
 * as Chinese readers count, and US dollars are named in Chinese ("8,000 美元") rather than with a
 * "$" that could be any dollar. Articles use this for every amount in their zh text. The rule lives
 * in `$lib/i18n/format` (one implementation with the calculators' `money`).
 */
export { moneyZh } from '$lib/i18n/format';
