/**
 * Message modules, one per feature, each with an `en` file and a `zh` file that `satisfies` it.
 * Components import only the modules they use, so a page ships only its own strings.
 */
import type { Locale } from '../locales';

export function pick<T>(locale: Locale, en: T, zh: NoInfer<T>): T {
	return locale === 'zh' ? zh : en;
}
