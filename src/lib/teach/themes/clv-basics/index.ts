/**
 * Workshop theme 1, CLV basics: what CLV is (forward-looking), the formula family, the three timing
 * conventions and what retention does — the articles "What is CLV?", "How to calculate CLV" and
 * "CLV in practice", with their class cases.
 */
import type { Locale } from '$lib/i18n/locales';
import { text } from '../../text';
import type { WorkshopTheme } from '../../types';
import { clvBasicsFigures } from './figures';
import { clvBasicsRunSheet } from './run-sheet';
import { clvBasicsWorksheet } from './worksheet';

export function clvBasics(locale: Locale): WorkshopTheme {
	const t = text(locale);
	const f = clvBasicsFigures();
	return {
		id: 'clv-basics',
		title: t.say('CLV basics', 'CLV 基础'),
		summary: t.say(
			'What CLV is and is not, the formula family, the three timing conventions, and why retention is the biggest lever.',
			'CLV 是什么、不是什么，公式家族，三种时点约定，以及留存率为什么是最大的杠杆。'
		),
		articles: ['what-is-clv', 'how-to-calculate-clv', 'clv-in-practice'],
		blocks: clvBasicsRunSheet(t, f),
		exercises: clvBasicsWorksheet(t, f)
	};
}
