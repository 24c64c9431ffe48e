/**
 * The glossary page's view of the terms in one language: sorted the way that language sorts, each
 * with the term in the other language and the articles, then calculators, that use it.
 */
import type { CalculatorId } from '$lib/calculators/ids';
import { intlLocale, otherLocale, type Locale } from '$lib/i18n/locales';
import { glossary, type GlossaryTerm } from './terms';

export interface GlossaryLink {
	readonly href: string;
	readonly title: string;
}

export interface GlossaryEntry {
	readonly id: string;
	readonly term: string;
	readonly definition: string;
	/** The term in the other language, with that language's tag for `lang`. */
	readonly other: { readonly term: string; readonly lang: string };
	readonly links: readonly GlossaryLink[];
}

/**
 * @param articleTitles slug → title of the articles in this language (a slug without one is left out)
 * @param calculatorTitles calculator id → its name in this language
 */
export function glossaryEntries(
	locale: Locale,
	articleTitles: Readonly<Record<string, string>>,
	calculatorTitles: Readonly<Record<CalculatorId, { readonly title: string }>>,
	terms: readonly GlossaryTerm[] = glossary
): GlossaryEntry[] {
	const other = otherLocale(locale);
	return [...terms]
		.sort((a, b) => a[locale].term.localeCompare(b[locale].term, intlLocale[locale]))
		.map((term) => ({
			id: term.id,
			term: term[locale].term,
			definition: term[locale].definition,
			other: { term: term[other].term, lang: intlLocale[other] },
			links: [
				...term.articles
					.filter((slug) => articleTitles[slug])
					.map((slug) => ({ href: `/${locale}/learn/${slug}/`, title: articleTitles[slug]! })),
				...term.calculators.map((id) => ({
					href: `/${locale}/calculate/${id}/`,
					title: calculatorTitles[id].title
				}))
			]
		}));
}
