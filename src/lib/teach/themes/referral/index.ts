/**
 * Workshop theme 2, referral multiplication: the five-year software case, continuing value, the
 * viral coefficient K of first and of referred customers, and referral value — the article "The
 * customer-value multiplication law" with its class cases.
 */
import type { Locale } from '$lib/i18n/locales';
import { text } from '../../text';
import type { WorkshopTheme } from '../../types';
import { referralFigures } from './figures';
import { referralRunSheet } from './run-sheet';
import { referralWorksheet } from './worksheet';

export function referral(locale: Locale): WorkshopTheme {
	const t = text(locale);
	const f = referralFigures(locale);
	return {
		id: 'referral',
		title: t.say('Referral multiplication', '推荐与价值倍增'),
		summary: t.say(
			'How a customer who loses money in year one becomes very profitable, continuing value, the viral coefficient of first and referred customers, and referral value.',
			'第一年亏钱的客户如何变得很赚钱，客户持续价值，首批客户与被推荐客户的病毒系数，以及推荐价值。'
		),
		articles: ['customer-value-multiplication'],
		blocks: referralRunSheet(t, f),
		exercises: referralWorksheet(t, f)
	};
}
