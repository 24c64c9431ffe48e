/**
 * The words of a PNG's caption in the page's language (messages `keep.chart`), loaded with the
 * PNG code on the first "Download PNG": no page shows them before that.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/keep';
import zh from '$lib/i18n/messages/zh/keep';
import type { CaptionWords } from './png-export';

export function captionWords(locale: Locale): CaptionWords {
	return pick(locale, en, zh).chart;
}
