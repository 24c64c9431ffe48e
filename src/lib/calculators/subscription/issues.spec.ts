import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en/subscription';
import zh from '$lib/i18n/messages/zh/subscription';
import { parseCohortTable, type CohortTableResult } from '$lib/model/sbg';
import enReader from '$lib/i18n/messages/en/subscription-reader';
import zhReader from '$lib/i18n/messages/zh/subscription-reader';
import { issueText, tableProblemText } from './cell-issues';
import { labelsByLine } from './reader';

const issuesOf = (read: CohortTableResult) => (read.kind === 'invalid' ? read.issues : []);

describe('what the page says about a paste it cannot use', () => {
	it('names each bad cell by row, column, cohort and period, in either language', () => {
		const text = 'cohort\t0\t1\t2\nJan\t1000\t1200\t800\nFeb\t900\tabc\n';
		const read = parseCohortTable(text);
		const issues = issuesOf(read);
		expect(issues).toHaveLength(2);
		const labels = labelsByLine(text, read.kind === 'invalid' && !!read.layout?.labels);
		expect(issueText(issues[0]!, enReader.table, 'en', labels)).toBe(
			'Row 2, column 3 (cohort Jan, period 1): 1200 is more than the 1,000 a period earlier: a cohort can only shrink. Customers who come back belong in a new cohort.'
		);
		expect(issueText(issues[1]!, zhReader.table, 'zh', labels)).toBe(
			'第 3 行第 3 列（同期群 Feb，第 1 期）：“abc”不是数字。'
		);
	});

	it('explains negative and fractional counts and percentages above 100', () => {
		const say = (text: string) =>
			issuesOf(parseCohortTable(text)).map((i) => issueText(i, enReader.table, 'en', new Map()));
		expect(say('1000\t-5')[0]).toContain('-5 is below zero');
		expect(say('1000\t631.5\t400')[0]).toContain('631.5 is not a whole number of customers');
		expect(say('100%\t120%')[0]).toContain('120% is above 100%');
	});

	it('says what is wrong with the table as a whole', () => {
		const problem = (text: string) => {
			const read = parseCohortTable(text);
			return read.kind === 'invalid' && read.problem
				? tableProblemText(
						read.problem,
						{ problems: { ...en.table.problems, ...enReader.table.problems } },
						'en'
					)
				: '';
		};
		expect(problem('1000\n900\n')).toBe(''); // a column is a series: fine
		expect(problem('1000\t1000\t1000')).toContain('Nobody left');
		expect(problem('1000\t0')).toContain('no one ever renewed');
		expect(problem('1000')).toContain('only its starting count');
		expect(problem('1'.repeat(2_000_001))).toContain('2,000,000 characters');
		const zhText = parseCohortTable('');
		expect(
			zhText.kind === 'invalid' &&
				zhText.problem &&
				tableProblemText(
					zhText.problem,
					{ problems: { ...zh.table.problems, ...zhReader.table.problems } },
					'zh'
				)
		).toContain('框里是空的');
	});
});
