/**
 * The example customer table offered for download: the tea shop of the segmentation article, with
 * headers in the page's language.
 */
import type { Locale } from '$lib/i18n/locales';
import { teaShopCustomers } from './tea-shop';

/** The example's header in each language (both are accepted). */
const headers: Record<Locale, string> = {
	en: 'id,transactions,profit,recency_days',
	zh: '编号,交易次数,利润,最近购买天数'
};

/** The tea shop of the segmentation article: ten customers, all four segments among them. */
const exampleRows = teaShopCustomers.map(
	({ id, transactions, profit, recencyDays }) => `${id},${transactions},${profit},${recencyDays}`
);

/** The example table as CSV text, with headers in the page's language. */
export function exampleCsv(locale: Locale): string {
	return [headers[locale], ...exampleRows].join('\n') + '\n';
}

/**
 * The example as a `data:` URL for a download link. A byte-order mark makes spreadsheet programs
 * read the Chinese header as UTF-8; the reader ignores it.
 */
export function exampleHref(locale: Locale): string {
	return 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + exampleCsv(locale));
}
