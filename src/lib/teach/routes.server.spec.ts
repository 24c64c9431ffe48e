import { describe, expect, it } from 'vitest';
import { presentLink } from '$lib/calculators/class-cases';
import { locales } from '$lib/i18n/locales';
import { loadKitRunSheet, loadKitTheme } from './routes.server';
import { themeIds } from './types';

describe('the run sheet’s data', () => {
	it('carries each class case’s presenting address, resolved when the page is built', () => {
		for (const lang of locales)
			for (const theme of themeIds) {
				const plain = loadKitTheme({ lang, theme });
				const sheet = loadKitRunSheet({ lang, theme });
				expect(sheet.articles).toEqual(plain.articles);
				expect(sheet.theme.blocks.map((b) => b.title)).toEqual(
					plain.theme.blocks.map((b) => b.title)
				);
				const links = sheet.theme.blocks.flatMap((b) => b.links);
				expect(links.some((l) => l.kind === 'case')).toBe(true);
				for (const link of links) {
					if (link.kind !== 'case') {
						expect(link).not.toHaveProperty('href');
						continue;
					}
					const href = presentLink(lang, link.calculator, link.preset);
					expect(href, `${lang}/${theme}/${link.preset}`).toMatch(
						new RegExp(`^/${lang}/calculate/${link.calculator}/\\?.*present=1$`)
					);
					expect(link.href).toBe(href);
				}
			}
	});
});
