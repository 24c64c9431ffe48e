import { describe, expect, it } from 'vitest';
import {
	bundleName,
	bundles,
	demandKey,
	demandName,
	messageModule,
	missingMessages,
	missingRealImporters,
	planFrom,
	reach,
	standInPrefix,
	type ModuleGraph,
	type Plan
} from './page-messages-plan.ts';

const root = '/p';
const message = (locale: string, namespace: string) =>
	`${root}/src/lib/i18n/messages/${locale}/${namespace}.ts`;
const layout = `${root}/src/routes/[lang=locale]/+layout.svelte`;
const articlePage = `${root}/src/routes/[lang=locale]/learn/[slug]/+page.svelte`;
const aboutPage = `${root}/src/routes/[lang=locale]/about/+page.svelte`;
const header = `${root}/src/lib/ui/Header.svelte`;
const panel = `${root}/src/lib/ui/Panel.svelte`;
const content = `${root}/src/lib/content.ts`;
const article = `${root}/content/en/intro.md`;
const errorPage = `${root}/src/lib/ui/ErrorPage.svelte`;

/** A tiny site: a layout with a header, an article route, an about page and an on-demand panel. */
function graph(): ModuleGraph {
	const links: Record<string, [string[], string[]]> = {
		[layout]: [[header, errorPage], []],
		[header]: [[message('en', 'shell'), message('zh', 'shell'), layout], []],
		[errorPage]: [[message('en', 'errors'), message('zh', 'errors')], []],
		[articlePage]: [
			[content, message('en', 'lifecycle-states'), '/p/node_modules/svelte/index.js'],
			[panel]
		],
		[content]: [[], [article]],
		[article]: [[message('en', 'clv'), message('en', 'shell')], []],
		[panel]: [[`${standInPrefix}en/panel`, '\0virtual:x'], []],
		[aboutPage]: [[], []]
	};
	return {
		getModuleInfo: (id) =>
			links[id] ? { importedIds: links[id][0], dynamicallyImportedIds: links[id][1] } : null
	};
}

describe('messageModule', () => {
	it('names the locale and namespace of a message module, its copies and its stand-in', () => {
		expect(messageModule(message('en', 'calculate-clv'), root)).toEqual({
			locale: 'en',
			namespace: 'calculate-clv'
		});
		expect(messageModule(`${message('zh', 'clv')}?page-messages=messages-zh`, root)).toEqual({
			locale: 'zh',
			namespace: 'clv'
		});
		expect(messageModule(`${standInPrefix}zh/referral`, root)).toEqual({
			locale: 'zh',
			namespace: 'referral'
		});
	});

	it('is undefined for any other module', () => {
		expect(messageModule(message('fr', 'clv'), root)).toBeUndefined();
		expect(messageModule(`${root}/src/lib/i18n/messages/en/deep/clv.ts`, root)).toBeUndefined();
		expect(messageModule(`${root}/src/lib/i18n/messages/en/clv.svelte`, root)).toBeUndefined();
		expect(messageModule(message('en', 'clv'), '/elsewhere')).toBeUndefined();
		expect(messageModule(header, root)).toBeUndefined();
	});
});

describe('missingRealImporters', () => {
	it('finds every listed importer in this project, and none under another root', () => {
		expect(missingRealImporters(process.cwd())).toEqual([]);
		expect(missingRealImporters('/nonexistent')).toHaveLength(5);
	});
});

describe('reach', () => {
	it('follows static imports only, and leaves out bilingual namespaces and error pages', () => {
		const found = reach(graph(), [layout, articlePage], root);
		expect([...found.namespaces]).toEqual(['shell']);
		expect([...found.pages]).toEqual([article]);
		expect([...found.targets]).toEqual([panel]);
	});

	it('counts a stand-in as its namespace', () => {
		expect([...reach(graph(), [panel], root).namespaces]).toEqual(['panel']);
	});
});

describe('planFrom', () => {
	const routes = new Map([
		['/[lang=locale]/learn/[slug]', [layout, articlePage]],
		['/[lang=locale]/about', [aboutPage]]
	]);

	it('gives each route its namespaces, each article what it adds, each on-demand module its own', () => {
		expect(planFrom(graph(), routes, root)).toEqual({
			routes: {
				'/[lang=locale]/learn/[slug]': { namespaces: ['shell'], pages: { en: { intro: ['clv'] } } }
			},
			onDemand: { [demandKey(panel, root)]: { id: panel, namespaces: ['panel'] } }
		});
	});

	it('refuses a per-page module on a route without the per-page param', () => {
		const wrong = new Map([['/[lang=locale]/learn', [articlePage]]]);
		expect(() => planFrom(graph(), wrong, root)).toThrow(/no \[slug\] param/);
	});
});

describe('messages files', () => {
	const plan: Plan = {
		routes: {
			'/[lang=locale]/learn/[slug]': { namespaces: ['shell'], pages: { en: { intro: ['clv'] } } }
		},
		onDemand: { key12345: { id: `${panel}?v=1`, namespaces: ['panel'] } }
	};

	it('are named by route, page and on-demand module', () => {
		expect(bundleName('en', '/[lang=locale]/calculate/clv')).toBe('messages-en-calculate-clv');
		expect(bundleName('zh', '/[lang=locale]/learn/[slug]', 'intro')).toBe(
			'messages-zh-learn-slug-intro'
		);
		expect(bundleName('en', '/')).toBe('messages-en');
		expect(demandName('en', 'key12345', `${panel}?v=1`)).toBe('messages-en-Panel-key12345');
	});

	it('hold the route’s namespaces, with an article’s added in its own file', () => {
		expect(Object.fromEntries(bundles(plan))).toEqual({
			'messages-zh-Panel-key12345': { locale: 'zh', namespaces: ['panel'] },
			'messages-en-Panel-key12345': { locale: 'en', namespaces: ['panel'] },
			'messages-zh-learn-slug': { locale: 'zh', namespaces: ['shell'] },
			'messages-en-learn-slug': { locale: 'en', namespaces: ['shell'] },
			'messages-en-learn-slug-intro': { locale: 'en', namespaces: ['clv', 'shell'] }
		});
	});

	it('report what the final graph reads that they lack', () => {
		expect(missingMessages(plan, plan)).toEqual([]);
		const client: Plan = {
			routes: {
				'/[lang=locale]/learn/[slug]': {
					namespaces: ['shell', 'footer'],
					pages: { en: { intro: ['clv', 'quiz'] } }
				}
			},
			onDemand: { key12345: { id: panel, namespaces: ['panel', 'share'] } }
		};
		expect(missingMessages(plan, client)).toEqual([
			'/[lang=locale]/learn/[slug]: footer',
			'/[lang=locale]/learn/[slug] (en intro): quiz',
			`${panel} (on demand): share`
		]);
	});
});
