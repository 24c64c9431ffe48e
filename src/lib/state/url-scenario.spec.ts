import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schema } from './codec';
import { UrlScenario } from './url-scenario.svelte';

const replaceState = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ replaceState }));

/** A stand-in calculator: a table of `rows` and the row the reader starts in. */
type Values = { rows: number; start: number };
const schema: Schema<Values> = {
	rows: { kind: 'number', min: 1, max: 5, integer: true },
	start: { kind: 'number', min: 0, max: 4, integer: true }
};
const fits = (values: Values) => values.start < values.rows;
const defaults: Values = { rows: 3, start: 0 };

const at = (search: string, pathname = '/page/') =>
	vi.stubGlobal('location', {
		search,
		pathname,
		href: `https://example.test${pathname}${search}`
	});

describe('UrlScenario', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
		replaceState.mockClear();
	});

	it('refuses a link whose fields do not fit together, with a notice', () => {
		const url = new UrlScenario(1, schema, [], fits);
		at('?v=1&rows=4&start=2');
		expect(url.read(defaults)).toEqual({ values: { rows: 4, start: 2 }, fromLink: true });
		at('?v=1&rows=2&start=3');
		expect(url.read(defaults)).toEqual({
			values: defaults,
			notice: { reason: 'invalid', fields: [] },
			fromLink: false
		});
	});

	it('writes only what a link can carry, keeping the last one that can', () => {
		vi.useFakeTimers();
		at('');
		const url = new UrlScenario(1, schema, [], fits);
		url.write({ rows: 4, start: 1 });
		vi.runAllTimers();
		expect(replaceState).toHaveBeenCalledTimes(1);
		expect(String(replaceState.mock.calls[0]![0])).toMatch(/\?v=1&k=\w+&rows=4&start=1$/);
		url.write({ rows: 4, start: 6 }); // outside the schema
		url.write({ rows: 2, start: 3 }); // does not fit together
		vi.runAllTimers();
		expect(replaceState).toHaveBeenCalledTimes(1);
	});

	it('does not write onto the next page when the reader leaves within the pause', () => {
		vi.useFakeTimers();
		at('');
		const url = new UrlScenario(1, schema, [], fits);
		url.write({ rows: 4, start: 1 });
		at('', '/other/');
		vi.runAllTimers();
		expect(replaceState).not.toHaveBeenCalled();
	});

	it('drops a waiting write when cancelled', () => {
		vi.useFakeTimers();
		at('');
		const url = new UrlScenario(1, schema, [], fits);
		url.write({ rows: 4, start: 1 });
		url.cancel();
		vi.runAllTimers();
		expect(replaceState).not.toHaveBeenCalled();
		url.write({ rows: 4, start: 1 });
		vi.runAllTimers();
		expect(replaceState).toHaveBeenCalledTimes(1);
	});
});
