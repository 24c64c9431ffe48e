/**
 * Workshop theme 3, lifecycle and loyalty: the value of a customer by relationship stage, judging a
 * campaign by its return, whether a points programme pays, what a voucher costs, complements and
 * clubs — the articles "The customer lifecycle" and "Loyalty business models" with their cases.
 */
import type { Locale } from '$lib/i18n/locales';
import { text } from '../../text';
import type { WorkshopTheme } from '../../types';
import { lifecycleLoyaltyFigures } from './figures';
import { lifecycleLoyaltyRunSheet } from './run-sheet';
import { lifecycleLoyaltyWorksheet } from './worksheet';

export function lifecycleLoyalty(locale: Locale): WorkshopTheme {
	const t = text(locale);
	const f = lifecycleLoyaltyFigures(locale);
	return {
		id: 'lifecycle-loyalty',
		title: t.say('Lifecycle and loyalty', '生命周期与客户忠诚'),
		summary: t.say(
			'The value of a customer by relationship stage, judging a campaign by its return, and whether points, complements and clubs pay.',
			'不同关系阶段客户的价值，按回报评判营销活动，以及积分、互补品和俱乐部是否划算。'
		),
		articles: ['customer-lifecycle', 'loyalty-business-models', 'segmenting-by-value'],
		blocks: lifecycleLoyaltyRunSheet(t, f),
		exercises: lifecycleLoyaltyWorksheet(t, f)
	};
}
