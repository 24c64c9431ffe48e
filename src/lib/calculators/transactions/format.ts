/**
 * How the page writes its numbers, dates and problems in the reader's language (on top of `Intl`
 * via `$lib/i18n/format`).
 */
import { formatNumber, formatPercent } from '$lib/i18n/format';
import { intlLocale, type Locale } from '$lib/i18n/locales';
import type en from '$lib/i18n/messages/en/transactions';
import type { TimeUnit } from '$lib/import/customer-base';
import type { Failure } from './session.svelte';

export type Texts = typeof en;

/** A count with grouping: 2357 → "2,357". */
export const count = (value: number, locale: Locale) => formatNumber(value, locale, { digits: 0 });

/** A share as a percent with up to one decimal. */
export const percent = (value: number, locale: Locale, digits = 1) =>
	formatPercent(value, locale, { digits });

const dates = new Map<Locale, Intl.DateTimeFormat>();

/** A day number (days since 1970-01-01) as a date in the locale: "30 Sept 1997", "1997年9月30日". */
export function formatDay(day: number, locale: Locale): string {
	let format = dates.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' });
		dates.set(locale, format);
	}
	return format.format(new Date(day * 86_400_000));
}

/** n units in running text: "39 weeks", "39 周". */
export const span = (value: number, unit: TimeUnit, t: Texts, locale: Locale, digits = 1) =>
	t.settings.span[unit](formatNumber(value, locale, { digits }));

/** Bytes as megabytes: "200 MB". */
export const megabytes = (bytes: number, t: Texts, locale: Locale) =>
	t.input.size(formatNumber(bytes / 1024 / 1024, locale, { digits: 1 }));

/** What the page says about a problem, in the reader's language. */
export function problemText(failure: Failure, t: Texts, locale: Locale): string {
	const p = t.problems;
	const problem = failure.problem;
	const n = (value: number) => count(value, locale);
	switch (problem.code) {
		case 'binary':
			return p.binary;
		case 'spreadsheet':
			return p.spreadsheet;
		case 'too-large':
			return p.tooLarge(megabytes(problem.bytes, t, locale), megabytes(problem.limit, t, locale));
		case 'too-many-rows':
			return p.tooManyRows(n(problem.limit));
		case 'empty':
			return p.empty;
		case 'header-only':
			return p.headerOnly;
		case 'unbalanced-quote':
			return p.unbalancedQuote(n(problem.line));
		case 'missing-columns':
			return p.missingColumns(
				problem.missing
					.map((role) => t.read.roles[role as keyof Texts['read']['roles']] ?? role)
					.join(locale === 'zh' ? '、' : ', ')
			);
		case 'bad-mapping':
			return p.badMapping(n(problem.column + 1));
		case 'no-valid-rows':
			return p.noValidRows;
		case 'too-few-customers':
			return p.tooFewCustomers(problem.customers, n(problem.customers));
		case 'only-one-time-buyers':
			return p.onlyOneTimeBuyers(n(problem.customers));
		case 'read-failed':
			return t.input.readFailed;
		case 'paste-empty':
			return t.input.pasteEmpty;
		case 'paste-too-large':
			return p.pasteTooLarge(n(problem.limit));
		case 'example-failed':
			return t.input.exampleFailed;
		case 'worker-failed':
		case 'source-missing':
			return p.failed;
	}
}
