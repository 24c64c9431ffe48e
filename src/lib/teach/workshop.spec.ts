/**
 * The workshop kit holds up: each theme's run sheet fills 120 minutes without gaps, every link
 * opens a class case or an article, the worksheet has compute, predict and interpret exercises,
 * and the answer key's numbers are the ones worked out by hand below (not by the code under test).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presentLink } from '$lib/calculators/class-cases';
import { locales } from '$lib/i18n/locales';
import { kitPath, themeIds, workshopTheme, workshopThemes } from './workshop';

const slugs = new Set(
	readdirSync(join(process.cwd(), 'content', 'en')).map((file) => file.replace(/\.md$/, ''))
);

describe('workshop kit', () => {
	it.each(locales)('has the three themes in %s', (locale) => {
		expect(workshopThemes(locale).map((t) => t.id)).toEqual([
			'clv-basics',
			'referral',
			'lifecycle-loyalty'
		]);
	});

	it.each(themeIds)('%s: a 120-minute run sheet, block after block', (id) => {
		for (const locale of locales) {
			const { blocks } = workshopTheme(id, locale);
			expect(blocks[0]!.start).toBe(0);
			for (let k = 1; k < blocks.length; k++)
				expect(blocks[k]!.start, `${id} block ${k}`).toBe(
					blocks[k - 1]!.start + blocks[k - 1]!.minutes
				);
			const last = blocks.at(-1)!;
			expect(last.start + last.minutes).toBe(120);
			// Questions for the room, with the usual wrong guesses answered.
			expect(blocks.filter((b) => b.ask).length).toBeGreaterThanOrEqual(4);
			expect(blocks.filter((b) => (b.wrong?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(3);
		}
	});

	it.each(themeIds)('%s: every link opens a class case or an article', (id) => {
		for (const locale of locales) {
			const theme = workshopTheme(id, locale);
			for (const slug of theme.articles) expect(slugs.has(slug), slug).toBe(true);
			for (const link of theme.blocks.flatMap((b) => b.links)) {
				if (link.kind === 'article') expect(slugs.has(link.slug), link.slug).toBe(true);
				else expect(presentLink(locale, link.calculator, link.preset), link.preset).toBeDefined();
				expect(link.label).not.toBe(link.kind === 'case' ? link.preset : '');
			}
		}
	});

	it.each(themeIds)('%s: numeric exercises of each kind, the same in both languages', (id) => {
		const [zh, en] = locales.map((locale) => workshopTheme(id, locale));
		expect(zh!.exercises.map((e) => [e.id, e.kind, e.value])).toEqual(
			en!.exercises.map((e) => [e.id, e.kind, e.value])
		);
		const kinds = new Set(en!.exercises.map((e) => e.kind));
		expect([...kinds].sort()).toEqual(['compute', 'interpret', 'predict']);
		expect(en!.exercises.filter((e) => e.value !== undefined).length).toBeGreaterThanOrEqual(4);
		for (const e of [...zh!.exercises, ...en!.exercises]) {
			expect(e.question.trim(), e.id).not.toBe('');
			expect(e.answer.trim(), e.id).not.toBe('');
			expect(`${e.question} ${e.answer}`).not.toMatch(/NaN|Infinity|undefined/);
		}
	});

	it('answers the worksheets with the hand-worked numbers', () => {
		const value = (theme: (typeof themeIds)[number], exercise: string) =>
			workshopTheme(theme, 'en').exercises.find((e) => e.id === exercise)!.value!;
		// CLV basics
		expect(value('clv-basics', 'timings')).toBeCloseTo((300 * 1.1) / 0.3, 9); // 1,100
		expect(value('clv-basics', 'simple-margin')).toBeCloseTo(5000 * 0.3 * 10 - 1000, 9); // 14,000
		expect(value('clv-basics', 'retention-lever')).toBeCloseTo(0.3 / 0.2 - 1, 9); // +50%
		expect(value('clv-basics', 'discounting')).toBeCloseTo(1000 / 1.08 ** 10, 9); // ≈ 463.19
		expect(value('clv-basics', 'acquisition')).toBeCloseTo(1100 - 150, 9);
		// Referral
		expect(value('referral', 'k')).toBeCloseTo((0.5 * 0.2) / 0.25, 12); // 0.4
		expect(value('referral', 'two-ks')).toBe(7);
		expect(value('referral', 'lever')).toBeCloseTo((0.5 * 0.2) / 0.2, 12); // 0.5 > 0.48
		expect(value('referral', 'average-cost')).toBeCloseTo((700 + 3 * 50) / 4, 9); // 212.5
		expect(value('referral', 'referral-value')).toBeCloseTo(10 * (1500 - 100 + 400) + 2 * 400, 9);
		// Lifecycle and loyalty
		expect(value('lifecycle-loyalty', 'win-back')).toBeCloseTo((400 - 200) / 200, 12); // 100%
		expect(value('lifecycle-loyalty', 'voucher')).toBeCloseTo(30 / 60, 12);
		expect(value('lifecycle-loyalty', 'points')).toBeCloseTo(1.08 - (1260 / 1440) * 0.23, 12);
		expect(value('lifecycle-loyalty', 'decline')).toBeCloseTo(1 / 0.6, 12);
	});

	it('the points exercise’s retention really keeps the value', () => {
		// m(1 + i)/(1 + i − r) with the cheaper margin at r* equals the original: 1,440 × 1.08 / 0.23
		const r = workshopTheme('lifecycle-loyalty', 'en').exercises.find(
			(e) => e.id === 'points'
		)!.value!;
		expect((1260 * 1.08) / (1.08 - r)).toBeCloseTo((1440 * 1.08) / 0.23, 6);
	});

	it('has a printable path for each part', () => {
		expect(kitPath('zh', 'referral', 'run-sheet')).toBe('/zh/teach/kit/referral/');
		expect(kitPath('en', 'referral', 'worksheet')).toBe('/en/teach/kit/referral/worksheet/');
		expect(kitPath('en', 'clv-basics', 'answers')).toBe('/en/teach/kit/clv-basics/answers/');
	});
});
