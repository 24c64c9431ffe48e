/**
 * The glossary and the articles agree: every `<Term id>` in content/ has an entry, each entry lists
 * the articles that link to it, and every slug and calculator an entry names exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatorIds } from '$lib/calculators/ids';
import { locales } from '$lib/i18n/locales';
import clvEn from '$lib/i18n/messages/en/clv';
import clvZh from '$lib/i18n/messages/zh/clv';
import { retentionTimings } from '$lib/model/clv';
import { splitTimingLabel } from '$lib/ui/article/timing-labels';
import { glossary } from './terms';

const contentDir = join(process.cwd(), 'content');

/** Term ids linked from each article, per locale: `{ 'en/what-is-clv': Set { 'clv', … } }`. */
function termsByArticle(): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	for (const locale of locales) {
		for (const file of readdirSync(join(contentDir, locale))) {
			if (!file.endsWith('.md')) continue;
			const source = readFileSync(join(contentDir, locale, file), 'utf8');
			const ids = [...source.matchAll(/<Term\s+id="([^"]+)"/g)].map((match) => match[1]!);
			found.set(`${locale}/${file.slice(0, -3)}`, new Set(ids));
		}
	}
	return found;
}

const articles = termsByArticle();
const byId = new Map(glossary.map((term) => [term.id, term]));
const slugs = new Set([...articles.keys()].map((key) => key.split('/')[1]!));

describe('glossary', () => {
	it('has unique ids', () => {
		expect(byId.size).toBe(glossary.length);
	});

	it('has a term and a one-line definition in both languages', () => {
		for (const term of glossary) {
			for (const locale of locales) {
				expect(term[locale].term.trim(), `${term.id} ${locale}`).not.toBe('');
				expect(term[locale].definition.trim(), `${term.id} ${locale}`).not.toBe('');
				expect(term[locale].definition, `${term.id} ${locale}`).not.toContain('\n');
			}
		}
	});

	it('has an entry for every <Term id> used in content/', () => {
		expect(articles.size).toBeGreaterThan(0);
		for (const [article, ids] of articles) {
			for (const id of ids)
				expect(byId.has(id), `${article} links to unknown term "${id}"`).toBe(true);
		}
	});

	it('lists every article that links to a term', () => {
		for (const [article, ids] of articles) {
			const slug = article.split('/')[1]!;
			for (const id of ids) {
				expect(byId.get(id)?.articles, `"${id}" should list ${slug}`).toContain(slug);
			}
		}
	});

	it('names only articles and calculators that exist', () => {
		for (const term of glossary) {
			for (const slug of term.articles) expect(slugs.has(slug), `${term.id}: ${slug}`).toBe(true);
			for (const id of term.calculators) {
				expect(calculatorIds as readonly string[], `${term.id}: ${id}`).toContain(id);
			}
		}
	});

	it('links the same terms in both languages of an article', () => {
		for (const slug of slugs) {
			const [first, ...rest] = locales.map((locale) =>
				[...(articles.get(`${locale}/${slug}`) ?? [])].sort()
			);
			for (const other of rest) expect(other, slug).toEqual(first);
		}
	});

	it('names the timing conventions as the CLV calculator labels them', () => {
		const entry = byId.get('timing-convention')!;
		for (const [locale, messages] of [
			['en', clvEn],
			['zh', clvZh]
		] as const) {
			for (const timing of retentionTimings) {
				const { name } = splitTimingLabel(messages.timing[timing]);
				expect(entry[locale].definition.toLowerCase(), `${locale} ${timing}`).toContain(
					name.toLowerCase()
				);
			}
		}
	});
});
