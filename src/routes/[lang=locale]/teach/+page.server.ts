import { listArticles } from '$lib/content.server';
import type { Locale } from '$lib/i18n/locales';
import { workshopThemes } from '$lib/teach/workshop';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = params.lang as Locale; // guaranteed by the [lang=locale] matcher
	const themes = workshopThemes(locale).map(({ id, title, summary }) => ({ id, title, summary }));
	return { articles: listArticles(locale), themes };
};
