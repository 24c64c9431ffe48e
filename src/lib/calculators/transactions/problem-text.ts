/**
 * What the page says about a problem with the reader's data, in the reader's language. Shown only
 * once data has been given, so it loads with the analysis code (`LiveStatus.svelte`), not the page,
 * and its words are the sections' (`section-texts.ts`).
 */
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { count } from './format';
import type { SectionTexts as Texts } from './section-texts';
import type { Failure } from './session.svelte';

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
