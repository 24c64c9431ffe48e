import { describe, expect, it } from 'vitest';
import {
	bundleName,
	bundles,
	demandIds,
	demandKey,
	demandName,
	messageModule,
	missingMessages,
	missingRealImporters,
	pageFiles,
	perPageFile,
	planFrom,
	reach,
	standInPrefix,
	type ModuleGraph,
	type Plan,
	walkModules
} from './page-messages-plan.ts';

const root = '/p';
const message = (locale: string, namespace: string) =>
	`${root}/src/lib/i18n/messages/${locale}/${namespace}.ts`;
const layout = `${root}/src/routes/[lang=locale]/+layout.svelte`;
const articlePage = `${root}/src/routes/[lang=locale]/learn/[slug]/+page.svelte`;
const aboutPage = `${root}/src/routes/[lang=locale]/about/+page.svelte`;
const header = `${root}/src/lib/ui/Header.svelte`;
const panel = `${root}/src/lib/ui/Panel.svelte`;
const chart = `${root}/src/lib/ui/PanelChart.svelte`;
const share = `${root}/src/lib/ui/Share.svelte`;
const quiet = `${root}/src/lib/ui/Quiet.svelte`;
const island = `${root}/src/lib/calculators/Clv.svelte`;
const content = `${root}/src/lib/content.ts`;
const article = `${root}/content/en/intro.md`;
const errorPage = `${root}/src/lib/ui/ErrorPage.svelte`;

/**
 * A tiny site: a layout with a header, an article route, an about page; the header imports a
 * share dialog on demand (it reads only the header's words), the article page a panel, which
 * imports a chart in turn; the article an island of a calculator.
 */
function graph(): ModuleGraph {
	const links: Record<string, [string[], string[]]> = {
		[layout]: [[header, errorPage], []],
		[header]: [[message('en', 'shell'), message('zh', 'shell'), layout], [share]],
		[share]: [[message('en', 'shell')], [quiet]],
		[quiet]: [[], []],
		[errorPage]: [[message('en', 'errors'), message('zh', 'errors')], []],
		[articlePage]: [
			[content, message('en', 'lifecycle-states'), '/p/node_modules/svelte/index.js'],
			[panel]
		],
		[content]: [[], [article]],
		[article]: [[message('en', 'clv'), message('en', 'shell')], [island]],
		[island]: [[message('en', 'clv'), message('en', 'kit')], []],
		[panel]: [[`${standInPrefix}en/panel`, '\0virtual:x'], [chart]],
		[chart]: [[message('en', 'chart'), message('en', 'kit')], []],
		[aboutPage]: [[], []]
	};
	return {
		getModuleInfo: (id) =>
			links[id] ? { importedIds: links[id][0], dynamicallyImportedIds: links[id][1] } : null
	};
}
const key = (id: string) => demandKey(id, root);

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
		expect([...found.targets].sort()).toEqual([panel, share]);
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

	it('gives each route what it reads and can import on demand, each article what it adds', () => {
		expect(planFrom(graph(), routes, root)).toEqual({
			routes: {
				'/[lang=locale]/learn/[slug]': {
					namespaces: ['shell'],
					// the panel, the chart it imports in turn, the share dialog; not the quiet module,
					// which reads nothing
					onDemand: [key(chart), key(panel), key(share)].sort(),
					// the article's island, which its route's pages do not import
					pages: { en: { intro: { namespaces: ['clv'], onDemand: [key(island)] } } }
				}
			},
			onDemand: {
				[key(panel)]: { id: panel, namespaces: ['panel'] },
				[key(chart)]: { id: chart, namespaces: ['chart', 'kit'] },
				[key(share)]: { id: share, namespaces: ['shell'] },
				[key(island)]: { id: island, namespaces: ['clv', 'kit'] }
			}
		});
	});

	it('gives one module imported under two queries what both read', () => {
		const both: ModuleGraph = {
			getModuleInfo: (id) =>
				id === aboutPage
					? { importedIds: [], dynamicallyImportedIds: [`${panel}?a`, `${panel}?b`] }
					: id.startsWith(panel)
						? {
								importedIds: [message('en', id.endsWith('a') ? 'one' : 'two')],
								dynamicallyImportedIds: []
							}
						: null
		};
		const plan = planFrom(both, new Map([['/[lang=locale]/about', [aboutPage]]]), root);
		expect(plan.onDemand[key(panel)]?.namespaces).toEqual(['one', 'two']);
		expect(plan.routes['/[lang=locale]/about']?.onDemand).toEqual([key(panel)]);
	});

	it('refuses a per-page module on a route without the per-page param', () => {
		const wrong = new Map([['/[lang=locale]/learn', [articlePage]]]);
		expect(() => planFrom(graph(), wrong, root)).toThrow(/no \[slug\] param/);
	});
});

describe('demandIds', () => {
	it('numbers on-demand modules by the namespaces they read, from 1, in the order of their names', () => {
		const plan: Plan = {
			routes: {},
			onDemand: {
				a: { id: 'a', namespaces: ['keep', 'tools'] },
				b: { id: 'b', namespaces: ['keep'] },
				c: { id: 'c', namespaces: ['keep', 'tools'] },
				d: { id: 'd', namespaces: ['clv', 'kit'] }
			}
		};
		expect(Object.fromEntries(demandIds(plan))).toEqual({ a: 3, b: 2, c: 3, d: 1 });
	});
});

describe('page files', () => {
	const plan: Plan = {
		routes: {
			'/[lang=locale]/learn/[slug]': {
				namespaces: ['shell'],
				onDemand: ['kpanel', 'kshare'],
				pages: { en: { intro: { namespaces: ['clv'], onDemand: ['kisland'] } } }
			},
			'/[lang=locale]/learn': { namespaces: ['shell'], onDemand: ['kpanel', 'kshare'] },
			'/[lang=locale]/about': { namespaces: ['shell', 'kit'], onDemand: ['kisland'] }
		},
		onDemand: {
			kpanel: { id: panel, namespaces: ['panel'] },
			kshare: { id: share, namespaces: ['shell'] },
			kisland: { id: island, namespaces: ['clv', 'kit'] }
		}
	};
	const ids = demandIds(plan);

	it('list, for each module a page can import on demand, only the namespaces the page lacks', () => {
		const files = pageFiles(plan);
		expect(files.get('messages-en-learn-slug')).toEqual({
			locale: 'en',
			routeId: '/[lang=locale]/learn/[slug]',
			namespaces: ['shell'],
			// the share dialog reads only what the page has: no entry
			onDemand: { kpanel: ['panel'] },
			holds: ['shell'],
			loads: { [ids.get('kpanel')!]: ['panel'] },
			file: 'messages-en-learn-slug'
		});
		// An article's page: its route's and its own namespaces and on-demand modules, the island
		// lacking only what the article does not read; its own file (which its component imports)
		// holds and lists only what it adds to its route's.
		expect(files.get('messages-en-learn-slug-intro')).toEqual({
			locale: 'en',
			routeId: '/[lang=locale]/learn/[slug]',
			page: 'intro',
			namespaces: ['clv', 'shell'],
			onDemand: { kpanel: ['panel'], kisland: ['kit'] },
			holds: ['clv'],
			loads: { [ids.get('kisland')!]: ['kit'] },
			file: 'messages-en-learn-slug-intro'
		});
		// The page that has everything its island reads lists nothing.
		expect(files.get('messages-zh-about')).toMatchObject({ onDemand: {}, loads: {} });
	});

	it('of the same content are one file, named after the first page', () => {
		const files = pageFiles(plan);
		expect(files.get('messages-en-learn')?.file).toBe('messages-en-learn-slug');
		expect(files.get('messages-zh-learn')?.file).toBe('messages-zh-learn-slug');
		expect(files.get('messages-en-about')?.file).toBe('messages-en-about');
	});

	it('of an article are found by its language and slug, on the one route that has it', () => {
		expect(perPageFile(plan, 'en', 'intro')).toBe('messages-en-learn-slug-intro');
		expect(perPageFile(plan, 'zh', 'intro')).toBeUndefined();
		const twice: Plan = {
			...plan,
			routes: {
				...plan.routes,
				'/[lang=locale]/read/[slug]': plan.routes['/[lang=locale]/learn/[slug]']!
			}
		};
		expect(() => perPageFile(twice, 'en', 'intro')).toThrow(/is a page of .* and /);
	});

	it('refuse an on-demand module the plan does not know', () => {
		const broken: Plan = {
			routes: { '/[lang=locale]/about': { namespaces: [], onDemand: ['nobody'] } },
			onDemand: {}
		};
		expect(() => pageFiles(broken)).toThrow(/no on-demand module has the key nobody/);
	});
});

describe('messages files', () => {
	const plan: Plan = {
		routes: {
			'/[lang=locale]/learn/[slug]': {
				namespaces: ['shell'],
				onDemand: ['key12345'],
				pages: { en: { intro: { namespaces: ['clv'], onDemand: [] } } }
			},
			'/[lang=locale]/learn': { namespaces: ['shell'], onDemand: ['key12345'] }
		},
		onDemand: { key12345: { id: `${panel}?v=1`, namespaces: ['panel', 'shell'] } }
	};

	it('are named by route and page, and by the namespaces they hold when loaded on demand', () => {
		expect(bundleName('en', '/[lang=locale]/calculate/clv')).toBe('messages-en-calculate-clv');
		expect(bundleName('zh', '/[lang=locale]/learn/[slug]', 'intro')).toBe(
			'messages-zh-learn-slug-intro'
		);
		expect(bundleName('en', '/')).toBe('messages-en');
		expect(demandName('en', ['keep', 'tools'])).toBe('messages-en+keep+tools');
	});

	it('hold each page’s namespaces once, and what on-demand modules lack, by language', () => {
		expect(Object.fromEntries(bundles(plan))).toEqual({
			'messages-zh-learn-slug': { locale: 'zh', namespaces: ['shell'] },
			'messages-en-learn-slug': { locale: 'en', namespaces: ['shell'] },
			'messages-en-learn-slug-intro': { locale: 'en', namespaces: ['clv'] },
			'messages-zh+panel': { locale: 'zh', namespaces: ['panel'] },
			'messages-en+panel': { locale: 'en', namespaces: ['panel'] }
		});
	});

	it('report what the final graph reads that they lack', () => {
		expect(missingMessages(plan, plan)).toEqual([]);
		const client: Plan = {
			routes: {
				'/[lang=locale]/learn/[slug]': {
					namespaces: ['shell', 'footer'],
					onDemand: ['key12345', 'newkey00'],
					pages: { en: { intro: { namespaces: ['clv', 'quiz'], onDemand: [] } } }
				},
				'/[lang=locale]/learn': { namespaces: ['shell'], onDemand: ['key12345'] },
				'/[lang=locale]/about': { namespaces: ['shell'], onDemand: [] }
			},
			onDemand: {
				key12345: { id: panel, namespaces: ['panel', 'share', 'shell'] },
				// imported on demand from a page whose file does not list it
				newkey00: { id: chart, namespaces: ['chart'] }
			}
		};
		expect(missingMessages(plan, client)).toEqual([
			'/[lang=locale]/learn/[slug]: footer',
			`/[lang=locale]/learn/[slug], ${panel} (on demand): share`,
			`/[lang=locale]/learn/[slug], ${chart} (on demand): chart`,
			'/[lang=locale]/learn/[slug] (en intro): footer',
			'/[lang=locale]/learn/[slug] (en intro): quiz',
			`/[lang=locale]/learn/[slug] (en intro), ${panel} (on demand): share`,
			`/[lang=locale]/learn/[slug] (en intro), ${chart} (on demand): chart`,
			`/[lang=locale]/learn, ${panel} (on demand): share`,
			'/[lang=locale]/about: no messages file messages-zh-about',
			'/[lang=locale]/about: no messages file messages-en-about'
		]);
	});
});

describe('walkModules', () => {
	const graph: Record<string, { importedIds: string[]; dynamicallyImportedIds: string[] }> = {
		route: { importedIds: ['a', 'lib'], dynamicallyImportedIds: [] },
		// a and b import each other, one of them on demand (the cycle that hung the build)
		a: { importedIds: ['b'], dynamicallyImportedIds: [] },
		b: { importedIds: ['lib'], dynamicallyImportedIds: ['a'] },
		lib: { importedIds: ['skipped'], dynamicallyImportedIds: ['self'] },
		self: { importedIds: ['self'], dynamicallyImportedIds: [] },
		skipped: { importedIds: [], dynamicallyImportedIds: [] }
	};
	const load = (loads: string[]) => async (id: string) => {
		loads.push(id);
		await new Promise((resolve) => setTimeout(resolve, id.length));
		return graph[id]!;
	};

	it('walks a graph with cycles to its end, loading each module once', async () => {
		const loads: string[] = [];
		const links = await walkModules(['route'], load(loads), (id) => id !== 'skipped');
		expect([...links.keys()].sort()).toEqual(['a', 'b', 'lib', 'route', 'self']);
		expect(loads.sort()).toEqual(['a', 'b', 'lib', 'route', 'self']);
		expect(links.get('b')).toBe(graph.b);
	});

	it('fails when a load fails', async () => {
		const failing = async (id: string) => {
			if (id === 'b') throw new Error('b cannot be loaded');
			return graph[id]!;
		};
		await expect(walkModules(['route'], failing, () => true)).rejects.toThrow('b cannot be loaded');
	});
});
