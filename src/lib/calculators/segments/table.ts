/**
 * The reader's own customer table: reading pasted or uploaded CSV text with the model's parser, and
 * the example file offered for download. Everything happens in the browser; nothing is sent.
 */
import type { Locale } from '$lib/i18n/locales';
import type {
	BadRow,
	ColumnReading,
	CsvColumn,
	CsvLayout,
	CustomerRecord
} from '$lib/model/segments';
import { teaShopCustomers } from './tea-shop';

export type TableRead =
	| {
			readonly kind: 'table';
			readonly rows: readonly CustomerRecord[];
			readonly badRows: readonly BadRow[];
			readonly hasRecency: boolean;
			readonly layout: CsvLayout;
			/** How each field was read from the table's columns (shown to the reader). */
			readonly columns: readonly ColumnReading[];
	  }
	/** A header was found but no data row could be used. */
	| { readonly kind: 'no-rows'; readonly badRows: readonly BadRow[] }
	| {
			readonly kind: 'missing-columns';
			readonly missing: readonly CsvColumn[];
			readonly layout: CsvLayout;
	  }
	| { readonly kind: 'empty' };

/**
 * Reads CSV text into customers and the rows left out (with their line numbers and reasons). The
 * parser (with Papa Parse, ~7 kB gzip) loads on the first table read, not with the page.
 */
export async function readTable(text: string): Promise<TableRead> {
	const { parseCustomerCsv } = await import('$lib/model/segments/csv');
	const result = parseCustomerCsv(text);
	if (result.kind !== 'table') return result;
	if (result.rows.length === 0) return { kind: 'no-rows', badRows: result.badRows };
	return {
		kind: 'table',
		rows: result.rows,
		badRows: result.badRows,
		hasRecency: result.hasRecency,
		layout: result.layout,
		columns: result.columns
	};
}

/** The example's header in each language (both are accepted by the parser). */
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
 * read the Chinese header as UTF-8; the parser ignores it.
 */
export function exampleHref(locale: Locale): string {
	return 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + exampleCsv(locale));
}
