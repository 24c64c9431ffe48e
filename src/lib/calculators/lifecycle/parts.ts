/** What the lifecycle simulator's result parts share: the period, the currency and the page's texts. */
import type { Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type lifecycleEn from '$lib/i18n/messages/en/lifecycle';
import type { TimeUnit } from '$lib/model/time';

export interface PartProps<T = typeof lifecycleEn> {
	unit: TimeUnit;
	currency: Currency;
	locale: Locale;
	/** The page's words (a section adds its own: `sectionTexts`), or those of its section. */
	t: T;
}
