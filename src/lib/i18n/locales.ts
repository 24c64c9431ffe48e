/** The site's languages. Chinese first: it is the project's home language. */
export const locales = ['zh', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh';

/** BCP 47 tags for `Intl` and `<html lang>`. */
export const intlLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Each language's name in itself, for the language switch. */
export const localeNames: Record<Locale, string> = { zh: '中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
	return locale === 'zh' ? 'en' : 'zh';
}

/** Swaps the locale segment of a site path: `/en/calculate/clv/` → `/zh/calculate/clv/`. */
export function localizePath(pathname: string, locale: Locale): string {
	const parts = pathname.split('/');
	if (isLocale(parts[1])) parts[1] = locale;
	else parts.splice(1, 0, locale);
	return parts.join('/') || '/';
}

/** Picks the best site locale for a list of browser languages (navigator.languages). */
export function preferredLocale(languages: readonly string[]): Locale {
	for (const tag of languages) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLocale(base)) return base;
	}
	return 'en';
}
