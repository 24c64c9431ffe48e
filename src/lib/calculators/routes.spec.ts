import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatorIds } from './ids';

const calculate = join('src', 'routes', '[lang=locale]', 'calculate');

describe('calculator routes', () => {
	it('gives every calculator id its own page, and no page to anything else', () => {
		const routes = readdirSync(calculate, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
		expect(routes).toEqual([...calculatorIds].sort());
	});

	it.each(calculatorIds)(
		'%s: the page imports its calculator statically, in the page frame',
		(id) => {
			const page = readFileSync(join(calculate, id, '+page.svelte'), 'utf8');
			expect(page).toMatch(
				new RegExp(`from '\\$lib/calculators/${id}/[A-Z]\\w*Calculator\\.svelte'`)
			);
			expect(page).toContain('<CalculatorPage {messages}>');
		}
	);
});
