/**
 * What the reader's-own-table panel says when a table is refused or read: the reason a paste or
 * file cannot be read, how each column was read, and the list separator, in the page's language.
 */
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { DecimalMark } from '$lib/import/numbers';
import type { ImportError } from '$lib/import/problems';
import { count } from './format';
import type { ColumnReading } from './table-layouts';
import type { SectionTexts } from './section-texts';

type Messages = SectionTexts;

/** A size in megabytes with one decimal: `1.5 MB`. */
export const megabytes = (bytes: number, locale: Locale) =>
	`${formatNumber(bytes / 1024 / 1024, locale, { digits: 1 })} MB`;

/** Why a paste longer than the box accepts is refused: its characters and lines. */
export const pasteTooLongText = (value: string, locale: Locale, t: Messages) =>
	t.own.pasteTooLarge(count(value.length, locale), count(value.split('\n').length, locale));

/** Why a file or text as a whole cannot be read. */
export function importErrorText(error: ImportError, locale: Locale, t: Messages): string {
	const e = t.own.errors;
	switch (error.code) {
		case 'binary':
		case 'spreadsheet':
		case 'empty':
		case 'header-only':
			return e[error.code];
		case 'unbalanced-quote':
			return e['unbalanced-quote'](count(error.line, locale));
		case 'too-large':
			return t.own.fileTooLarge(megabytes(error.bytes, locale));
		default:
			return t.own.readFailed;
	}
}

/** How one customer field was read from the file's columns. */
export function readingText({ field, headers, rule }: ColumnReading, t: Messages): string {
	const [first = '', second = ''] = headers;
	return t.own.readAs[rule](t.own.columns[field], first, second);
}

/** Items joined as the page's language lists them. */
export const listText = (items: readonly string[], locale: Locale) =>
	items.join(locale === 'zh' ? '、' : ', ');

/** The decimal mark the switch offers: the one not used. */
export const otherMark = (mark: DecimalMark): DecimalMark => (mark === 'point' ? 'comma' : 'point');
