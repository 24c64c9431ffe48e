import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';

export * from './locales';

/** A message module per locale: `{ en, zh }`, where zh `satisfies typeof en`. */
export type Translations<T> = Readonly<Record<Locale, T>>;

const key = Symbol('locale');

/** Called once by the `[lang]` layout so every component below can read the page's locale. */
export function provideLocale(getLocale: () => Locale): void {
	setContext(key, getLocale);
}

/** The current page's locale. Read it inside `$derived` to follow client-side language changes. */
export function useLocale(): () => Locale {
	const getLocale = getContext<(() => Locale) | undefined>(key);
	return getLocale ?? (() => 'en');
}
