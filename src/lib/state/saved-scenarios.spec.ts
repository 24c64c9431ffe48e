import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schema } from './codec';
import { SavedScenarios } from './saved-scenarios.svelte';
import { fileFormat, maxFileBytes } from './scenario-file';

interface Inputs extends Record<string, string | number> {
	m: number;
}

const schema: Schema<Inputs> = { m: { kind: 'number', min: 0, max: 1000 } };
const kind = { calculator: 'demo', version: 2, schema };
const key = 'clv-lab:scenarios:demo';
const asideKey = `${key}:unreadable`;
const entry = (name: string, m = 1, version = 2) => ({
	name,
	version,
	values: { m },
	saved: '2026-01-01T00:00:00.000Z'
});
const file = (scenarios: unknown[]) =>
	JSON.stringify({ format: fileFormat, calculator: 'demo', scenarios });

/** A Map behind the Storage methods the class uses; `full` makes writes of a key fail. */
function fakeStorage(full: (key: string) => boolean = () => false) {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (full(k)) throw new DOMException('full', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k: string) => void data.delete(k)
	};
}

let storage: ReturnType<typeof fakeStorage>;
beforeEach(() => {
	storage = fakeStorage();
	vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

async function loaded() {
	const store = new SavedScenarios<Inputs>(kind);
	await store.load();
	return store;
}

describe('SavedScenarios', () => {
	// Defect: entries from an older version, or unreadable JSON, were erased at the next save.
	it('never erases an entry it cannot open: the next save keeps it aside', async () => {
		const old = entry('Old', 5, 1);
		storage.data.set(key, file([entry('Mine'), old, { name: 'Broken' }]));
		const store = await loaded();
		expect(store.list.map((s) => s.name)).toEqual(['Mine']);
		expect(store.unreadable.map((u) => u.reason)).toEqual(['outdated', 'bad-entry']);
		expect(store.save('Another', { m: 3 })).toBe('Another');
		const aside = JSON.parse(storage.data.get(asideKey)!);
		expect(aside.scenarios).toEqual([old, { name: 'Broken' }]);
		expect(
			JSON.parse(storage.data.get(key)!).scenarios.map((s: { name: string }) => s.name)
		).toEqual(['Mine', 'Another']);
		// …and they are still reported after a reload.
		const again = await loaded();
		expect(again.unreadable.map((u) => u.reason)).toEqual(['outdated', 'bad-entry']);
	});

	it('keeps stored text that is not JSON at all, word for word', async () => {
		storage.data.set(key, '{"format": "clv-lab/scen');
		const store = await loaded();
		expect(store.save('Fresh', { m: 1 })).toBe('Fresh');
		expect(JSON.parse(storage.data.get(asideKey)!).texts).toEqual(['{"format": "clv-lab/scen']);
		expect(JSON.parse(store.unreadableText()).texts).toEqual(['{"format": "clv-lab/scen']);
	});

	it('leaves storage untouched when the entries kept aside cannot be written', async () => {
		const stored = file([entry('Mine'), entry('Old', 5, 1)]);
		storage = fakeStorage((k) => k === asideKey);
		vi.stubGlobal('localStorage', storage);
		storage.data.set(key, stored);
		const store = await loaded();
		expect(store.save('Another', { m: 3 })).toBe('');
		expect(store.problem).toBe('quota');
		expect(storage.data.get(key)).toBe(stored);
		expect(store.list.map((s) => s.name)).toEqual(['Mine']);
	});

	it('opens entries kept aside once a version that reads them loads', async () => {
		storage.data.set(key, file([entry('Mine'), entry('From v3', 7, 3)]));
		const older = await loaded();
		older.save('Saved by v2', { m: 2 });
		const newer = new SavedScenarios<Inputs>({ ...kind, version: 3 });
		await newer.load();
		expect(newer.list.map((s) => s.name)).toEqual(['From v3']);
		expect(newer.unreadable.map((u) => u.reason)).toEqual(['outdated', 'outdated']);
	});

	it('deletes the entries kept aside only when asked', async () => {
		storage.data.set(key, file([entry('Old', 1, 1)]));
		const store = await loaded();
		expect(store.discardUnreadable()).toBe(true);
		expect(storage.data.has(asideKey)).toBe(false);
		expect((await loaded()).unreadable).toEqual([]);
	});

	// Defect: two stored entries with one name crashed the list (each_key_duplicate).
	it('gives repeated stored names a number', async () => {
		storage.data.set(key, file([entry('Twin', 1), entry('Twin', 2)]));
		const store = await loaded();
		expect(store.list.map((s) => s.name)).toEqual(['Twin', 'Twin (2)']);
	});

	it('writes nothing before the stored list has been read', () => {
		storage.data.set(key, file([entry('Mine')]));
		const store = new SavedScenarios<Inputs>(kind);
		expect(store.save('Early', { m: 1 })).toBe('');
		expect(storage.data.get(key)).toBe(file([entry('Mine')]));
	});

	// Defect: a 50 MB file was read whole and froze the tab.
	it('refuses a file over the size limit without reading it', async () => {
		const store = await loaded();
		const text = vi.fn(async () => '');
		const huge = { size: 50_000_000, text } as unknown as Blob;
		expect(await store.check(huge)).toEqual({
			ok: false,
			reason: 'too-large',
			bytes: 50_000_000,
			max: maxFileBytes
		});
		expect(text).not.toHaveBeenCalled();
	});

	it('imports a checked file, asking only about clashing names', async () => {
		storage.data.set(key, file([entry('A', 1)]));
		const store = await loaded();
		const checked = await store.check(new Blob([file([entry('A', 2), entry('B', 3)])]));
		expect(checked).toMatchObject({ ok: true, pending: { clashes: ['A'] } });
		if (!checked.ok) return;
		expect(store.commit(checked.pending, 'keep-both')).toBe(true);
		expect(store.list.map((s) => s.name)).toEqual(['A', 'A (2)', 'B']);
	});
});
