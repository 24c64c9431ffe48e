import { classCaseGroups } from '$lib/calculators/class-cases';
import { listArticles } from '$lib/content.server';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/teach';
import zh from '$lib/i18n/messages/zh/teach';
import type { Locale } from '$lib/i18n/locales';
import { workshopThemes } from '$lib/teach/workshop';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = params.lang as Locale; // guaranteed by the [lang=locale] matcher
	const themes = workshopThemes(locale).map(({ id, title, summary }) => ({ id, title, summary }));
	// The class cases' links, resolved when the page is built: encoding them in the page's script
	// would put every calculator's fields and presets on its first load. Titles and notes come
	// from the page's own messages; only the preset ids and addresses travel as data.
	const caseGroups = classCaseGroups(locale, pick(locale, en, zh).cases).map(({ id, cases }) => ({
		id,
		cases: cases.map(({ preset, href }) => ({ preset, href }))
	}));
	return { articles: listArticles(locale), themes, caseGroups };
};
