/**
 * What the page says about a paste it cannot use, in its own language: each unreadable cell by row
 * and column of the paste, its cohort and period, and the reason; or the problem with the table as
 * a whole (empty, too long, a single period, nobody lost, nobody renewed). Loads with the box's
 * reader (`reader.ts`), as only the reader finds these; its words are `subscription-reader`.
 */
import { formatNumber, formatPercent } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type enPage from '$lib/i18n/messages/en/subscription';
import type en from '$lib/i18n/messages/en/subscription-reader';
import type { CellIssue, TableProblem } from '$lib/model/sbg/cohort-table';

type Texts = (typeof en)['table'];
type Problems = (typeof enPage)['table']['problems'] & Texts['problems'];

/** The reason a cell cannot be used, with its numbers written for the locale. */
export function reasonText(issue: CellIssue, t: Texts, locale: Locale): string {
	const r = t.reasons;
	const number = (x: number) => formatNumber(x, locale, { digits: 6 });
	switch (issue.reason) {
		case 'rising':
			return r.rising(issue.text, number(issue.previous ?? 0));
		case 'start-not-full':
			return r['start-not-full'](
				issue.text,
				issue.expected === 1 ? '1' : formatPercent(1, locale, { digits: 0 })
			);
		case 'too-large':
			return r['too-large'](issue.text, number(issue.limit ?? 1e12));
		case 'gap':
		case 'missing-start':
		case 'zero-start':
			return r[issue.reason]();
		default:
			return r[issue.reason](issue.text);
	}
}

/**
 * One unreadable cell as a sentence: where it is (row and column of the paste, cohort and period)
 * and why it cannot be used.
 *
 * @example
 * issueText({ line: 3, column: 4, cohort: 1, age: 2, reason: 'not-a-number', text: 'abc' }, t, 'en', new Map())
 * //=> 'Row 3, column 4 (cohort #2, period 2): “abc” is not a number.'
 */
export function issueText(
	issue: CellIssue,
	t: Texts,
	locale: Locale,
	labels: ReadonlyMap<number, string>
): string {
	const cohort = labels.get(issue.line) || `#${issue.cohort + 1}`;
	const where = `${t.where(issue.line, issue.column)}${locale === 'zh' ? '（' : ' ('}${t.cell(cohort, issue.age)}${locale === 'zh' ? '）' : ')'}`;
	return `${where}${locale === 'zh' ? '：' : ': '}${reasonText(issue, t, locale)}`;
}

/**
 * The problem with the table as a whole, as a sentence (`t`: the page's words for a paste too long,
 * which it refuses before reading, with the reader's for the rest).
 */
export function tableProblemText(
	problem: TableProblem,
	t: { readonly problems: Problems },
	locale: Locale
): string {
	const p = t.problems;
	const number = (x: number) => formatNumber(x, locale, { digits: 0 });
	switch (problem.kind) {
		case 'too-large':
			return p['too-large'](number(problem.limit));
		case 'too-many-rows':
			return p['too-many-rows'](number(problem.limit));
		case 'too-many-columns':
			return p['too-many-columns'](number(problem.limit), problem.line);
		default:
			return p[problem.kind];
	}
}
