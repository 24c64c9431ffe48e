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
	// The class cases, resolved when the page is built: their links are encoded from every
	// calculator's fields and presets, and their titles and notes are the longest text of the page
	// (both languages' would be ~6 kB gzip of its script). The page gets them as data, in its own
	// language only.
	const teach = pick(locale, en, zh);
	const present = {
		heading: teach.presentHeading,
		intro: teach.presentIntro,
		groups: classCaseGroups(locale, teach.cases).map(({ id, cases }) => ({
			id,
			cases: cases.map(({ preset, title, note, href }) => ({
				preset,
				title,
				note,
				href,
				link: teach.presentCase(title)
			}))
		}))
	};
	return { articles: listArticles(locale), themes, present };
};
