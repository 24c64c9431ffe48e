/**
 * The browser build's side of page messages (./page-messages.ts), with a map of the shape
 * ./vite-plugin.ts writes: pages' files, each listing the on-demand modules its page can import
 * whose messages it lacks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type File = {
	default: Record<string, Record<string, unknown>>;
	onDemand?: Record<number, () => Promise<File>>;
};

/** Every file the map's loaders were asked for, in order. */
const requested: string[] = [];
const file = (name: string, content: File) => () => {
	requested.push(name);
	return Promise.resolve(content);
};

const keepEn = file('en+keep', { default: { keep: { save: 'Save' } } });
const keepZh = file('zh+keep', { default: { keep: { save: '保存' } } });
const map = {
	routes: {
		'/[lang=locale]/calculate/clv': {
			en: file('en-clv', {
				default: { clv: { title: 'CLV' }, kit: { reset: 'Reset' } },
				// two on-demand module numbers lacking the same namespace share one loader
				onDemand: { 3: keepEn, 4: keepEn }
			}),
			zh: file('zh-clv', {
				default: { clv: { title: '客户终身价值' }, kit: { reset: '重置' } },
				onDemand: { 3: keepZh, 4: keepZh }
			})
		},
		'/[lang=locale]/learn/[slug]': {
			en: file('en-learn', { default: { shell: { home: 'Home' } } })
		}
	}
};

vi.mock('virtual:clv-lab/page-messages', () => ({ default: map }));

/** A fresh copy of the runtime (its filled messages and lists start empty). */
async function runtime() {
	vi.resetModules();
	return import('./page-messages.ts');
}

/** The address the page shows, which `onDemand` takes the language from. */
const at = (pathname: string) => vi.stubGlobal('location', { pathname });

beforeEach(() => {
	requested.length = 0;
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('stand-ins', () => {
	it('throw an error naming the messages when read before they load', async () => {
		const { messagesOf } = await runtime();
		expect(() => messagesOf('en', 'clv').title).toThrow(
			'Messages en/clv were read before they loaded (src/lib/i18n/page-messages.ts)'
		);
	});

	it('read the page’s messages once its file is in, in its language only', async () => {
		const { loadPageMessages, messagesOf } = await runtime();
		const clv = messagesOf('zh', 'clv');
		await loadPageMessages('zh', '/[lang=locale]/calculate/clv');
		expect(requested).toEqual(['zh-clv']);
		expect(clv.title).toBe('客户终身价值');
		expect(messagesOf('zh', 'kit').reset).toBe('重置');
		expect(() => messagesOf('en', 'clv').title).toThrow(/Messages en\/clv/);
	});

	it('of an article come with its component, which hands them over itself', async () => {
		const { loadPageMessages, messagesOf, provide } = await runtime();
		await loadPageMessages('en', '/[lang=locale]/learn/[slug]');
		provide('en', { article: { by: 'By' } });
		expect(requested).toEqual(['en-learn']);
		expect(messagesOf('en', 'article').by).toBe('By');
		expect(messagesOf('en', 'shell').home).toBe('Home');
	});
});

describe('onDemand', () => {
	it('resolves with the module once the messages the page lacks are in', async () => {
		at('/en/calculate/clv/');
		const { loadPageMessages, messagesOf, onDemand } = await runtime();
		await loadPageMessages('en', '/[lang=locale]/calculate/clv');
		const keep = messagesOf('en', 'keep');
		let resolveModule!: (value: string) => void;
		const module = new Promise<string>((resolve) => (resolveModule = resolve));
		const loaded = onDemand(module, 3);
		expect(requested).toEqual(['en-clv', 'en+keep']);
		resolveModule('QR dialog');
		await expect(loaded).resolves.toBe('QR dialog');
		expect(keep.save).toBe('Save');
	});

	it('loads nothing for a module the page’s file does not list (the page has its messages)', async () => {
		at('/en/calculate/clv/');
		const { loadPageMessages, onDemand } = await runtime();
		await loadPageMessages('en', '/[lang=locale]/calculate/clv');
		await expect(onDemand(Promise.resolve('section'), 7)).resolves.toBe('section');
		await expect(onDemand(Promise.resolve('reads nothing'), 0)).resolves.toBe('reads nothing');
		expect(requested).toEqual(['en-clv']);
	});

	it('takes the language from the address, not from a page whose data was preloaded', async () => {
		at('/en/calculate/clv/');
		const { loadPageMessages, messagesOf, onDemand } = await runtime();
		await loadPageMessages('en', '/[lang=locale]/calculate/clv');
		// hovering a link to the Chinese page runs its `load` while the English page stays
		await loadPageMessages('zh', '/[lang=locale]/calculate/clv');
		await onDemand(Promise.resolve('panel'), 4);
		expect(requested).toEqual(['en-clv', 'zh-clv', 'en+keep']);
		expect(messagesOf('en', 'keep').save).toBe('Save');
	});

	it('keeps what earlier pages listed: an article’s island still gets its messages after navigating', async () => {
		at('/en/learn/intro/');
		const { loadPageMessages, messagesOf, onDemand, provide } = await runtime();
		await loadPageMessages('en', '/[lang=locale]/learn/[slug]');
		provide(
			'en',
			{ article: { by: 'By' } },
			{ 5: file('en+quiz', { default: { quiz: { ask: 'Ask' } } }) }
		);
		// a link to the calculator is preloaded; its file does not list the island's number
		await loadPageMessages('en', '/[lang=locale]/calculate/clv');
		await onDemand(Promise.resolve('island'), 5);
		expect(requested).toEqual(['en-learn', 'en-clv', 'en+quiz']);
		expect(messagesOf('en', 'quiz').ask).toBe('Ask');
	});

	it('passes a failed module import through', async () => {
		at('/en/calculate/clv/');
		const { loadPageMessages, onDemand } = await runtime();
		await loadPageMessages('en', '/[lang=locale]/calculate/clv');
		await expect(onDemand(Promise.reject(new Error('offline')), 3)).rejects.toThrow('offline');
	});
});
