/**
 * Every article's build-time figures (imported with `?build-time`, src/lib/build-time/) can be
 * shipped as literals, and read back as exactly the values the server renders from.
 */
import { describe, expect, it } from 'vitest';
import { toLiteral } from '$lib/build-time/literal';

const modules = import.meta.glob<Record<string, unknown>>([
	'./*.ts',
	'!./*.spec.ts',
	'!./steps.ts'
]);

describe('article figures', () => {
	it('covers every article', () => {
		expect(Object.keys(modules)).toHaveLength(9);
	});

	for (const [file, load] of Object.entries(modules)) {
		it(`${file}: every export is plain data that reads back unchanged`, async () => {
			const exports = await load();
			expect(Object.keys(exports).length).toBeGreaterThan(0);
			for (const [name, value] of Object.entries(exports)) {
				const back: unknown = new Function(`return (${toLiteral(value, name)});`)();
				expect(back, name).toStrictEqual(value);
			}
		});
	}
});
