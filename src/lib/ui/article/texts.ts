/**
 * The articles' own words (headings of their boxes, prompts, hints) in the page's language, for
 * the article components: `const texts = useArticleTexts();` in a component's setup, then
 * `texts().summary` wherever the words are needed.
 */
import { useLocale } from '$lib/i18n';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/article';
import zh from '$lib/i18n/messages/zh/article';

export function useArticleTexts() {
	const getLocale = useLocale();
	return () => pick(getLocale(), en, zh);
}
