/**
 * What the page gives each section below the fold (the fit, the projection, the values, the
 * lesson), besides the settings the section shows.
 */
import type { Locale } from '$lib/i18n/locales';
import type en from '$lib/i18n/messages/en/subscription';
import type { SubscriptionView } from './compute';

export interface SectionProps {
	/** The latest result; a section out of view shows it one frame later (see `Lagging`). */
	view: SubscriptionView;
	locale: Locale;
	t: typeof en;
	/** Article embed: the short version (see `SubscriptionCalculator`). */
	compact: boolean;
}
