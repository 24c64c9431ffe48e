import { describe, expect, it } from 'vitest';
import { RECENT_TABLES, SCENARIOS_KEY, TABLES_KEY, TableStore } from './table-store';

/** An in-memory Storage that can be made full. */
function memoryStorage() {
	const items = new Map<string, string>();
	let full = false;
	const storage = {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			items.set(key, value);
		},
		removeItem: (key: string) => void items.delete(key),
		clear: () => items.clear(),
		key: () => null,
		get length() {
			return items.size;
		}
	} as Storage;
	return { storage, items, fill: () => (full = true) };
}

const table = (n: number) => ({ counts: [[1000, 1000 - n]], labels: [null], sizesKnown: true });

describe('TableStore', () => {
	it('keeps a table across page loads (a new store on the same storage)', () => {
		const { storage } = memoryStorage();
		expect(new TableStore(() => storage).put('k1', table(1))).toBe('saved');
		expect(new TableStore(() => storage).get('k1')).toEqual(table(1));
		expect(new TableStore(() => storage).get('other')).toBeUndefined();
	});

	it('ignores entries that are not valid tables', () => {
		const { storage, items } = memoryStorage();
		items.set(
			TABLES_KEY,
			JSON.stringify({ bad: { counts: [[5, 9]], labels: [], sizesKnown: true, used: 1 } })
		);
		expect(new TableStore(() => storage).get('bad')).toBeUndefined();
		items.set(TABLES_KEY, '{not json');
		expect(new TableStore(() => storage).get('bad')).toBeUndefined();
	});

	it('keeps the tables saved scenarios refer to and only the most recent others', () => {
		const { storage, items } = memoryStorage();
		const store = new TableStore(() => storage);
		store.put('saved0', table(0), 0);
		items.set(SCENARIOS_KEY, JSON.stringify([{ values: { table: '@saved0' } }]));
		for (let k = 1; k <= RECENT_TABLES + 3; k++) store.put(`t${k}`, table(k), k);
		const kept = Object.keys(JSON.parse(items.get(TABLES_KEY)!));
		expect(kept).toContain('saved0');
		expect(kept).toHaveLength(RECENT_TABLES + 1);
		expect(kept).not.toContain('t1');
		expect(kept).toContain(`t${RECENT_TABLES + 3}`);
	});

	it('says when the storage is full or missing, and keeps the table for the visit', () => {
		const { storage, fill } = memoryStorage();
		fill();
		const store = new TableStore(() => storage);
		expect(store.put('k', table(3))).toBe('quota');
		expect(store.get('k')).toEqual(table(3));
		const nowhere = new TableStore(() => undefined);
		expect(nowhere.put('k', table(3))).toBe('unavailable');
		expect(nowhere.get('k')).toEqual(table(3));
	});

	it('putSoon: in memory at once, in the browser later, only the last of quick edits', () => {
		const { storage, items, fill } = memoryStorage();
		const store = new TableStore(() => storage);
		const writes: (() => void)[] = [];
		const later = (write: () => void) => void writes.push(write);
		const results: string[] = [];
		store.putSoon('e1', table(1), (r) => results.push(`e1 ${r}`), later);
		store.putSoon('e2', table(2), (r) => results.push(`e2 ${r}`), later);
		expect(store.get('e1')).toEqual(table(1));
		expect(store.get('e2')).toEqual(table(2));
		expect(items.has(TABLES_KEY)).toBe(false); // nothing written yet
		expect(writes).toHaveLength(1); // one write for both
		writes[0]!();
		expect(results).toEqual(['e2 saved']);
		const kept = new TableStore(() => storage);
		expect(kept.get('e2')).toEqual(table(2));
		expect(kept.get('e1')).toBeUndefined();
		// the next edit is written in its turn, and a full storage is reported
		fill();
		store.putSoon('e3', table(3), (r) => results.push(`e3 ${r}`), later);
		expect(writes).toHaveLength(2);
		writes[1]!();
		expect(results).toEqual(['e2 saved', 'e3 quota']);
	});
});
