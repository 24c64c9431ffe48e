/**
 * Labels of a calculator's inputs by their share-link keys, so a notice about a link can name the
 * settings it means in the reader's words. Most calculators keep their input labels in a `fields`
 * message object keyed like the schema; some labels take the period ("Spend per period").
 */
import { pick } from '$lib/i18n/messages';
import kitEn from '$lib/i18n/messages/en/kit';
import kitZh from '$lib/i18n/messages/zh/kit';
import type { Locale } from '$lib/i18n/locales';
import { presetKey } from './link-keys';

/** A label message: text, or a function of the period word. */
type LabelMessage = string | ((period: string) => string);

/** "period" / "期", for labels that are written per time unit. */
export function periodWord(locale: Locale): string {
	const period = pick(locale, kitEn, kitZh).chart.period;
	return locale === 'zh' ? period : period.toLowerCase();
}

/**
 * The label of `key`: from `extra` first, then the time unit and currency every calculator has,
 * then `fields[key]`; undefined when none has it.
 */
export function fieldLabelFrom(
	key: string,
	locale: Locale,
	fields: object,
	extra: Readonly<Record<string, LabelMessage>> = {}
): string | undefined {
	const kit = pick(locale, kitEn, kitZh);
	const common: Record<string, LabelMessage> = {
		unit: kit.timeUnit,
		currency: kit.currency,
		cur: kit.currency,
		[presetKey]: kit.scenario.linkExample
	};
	const message =
		extra[key] ?? common[key] ?? (fields as Record<string, LabelMessage | undefined>)[key];
	if (typeof message === 'function') return message(periodWord(locale));
	return typeof message === 'string' ? message : undefined;
}
