import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { decodeChain, encodeChain, fullChain, readChain, type Chain } from './chain';
import { presetIds, presetInputs } from './presets';

const chainOf = (inputs: Chain): Chain => ({
	states: inputs.states,
	transitions: inputs.transitions
});
const roundTrip = (chain: Chain, locale: Locale) =>
	readChain(encodeChain(chain.states, chain.transitions, locale), locale);

describe('full chain (links made before the compact form)', () => {
	it('still opens, every preset and names with separators included', () => {
		for (const id of presetIds) {
			const inputs = presetInputs(id, 'en', (s) => `${s}: 1; 2, 3 % done`);
			const old = fullChain(inputs.states, inputs.transitions);
			expect(decodeChain(old, 'zh')).toEqual(chainOf(inputs));
			// written again by the page, it becomes compact and reads back the same
			expect(roundTrip(chainOf(inputs), 'zh')).toEqual(chainOf(inputs));
		}
		expect(decodeChain('a:Active:100:0:0:0.8,0.2;b:Lost:0:0:1:0,1', 'en')?.transitions).toEqual([
			[0.8, 0.2],
			[0, 1]
		]);
	});

	it('is written for a chain no preset starts', () => {
		const chain: Chain = {
			states: [
				{ id: 'a', name: 'Active', revenue: 100, cost: 0, churned: false },
				{ id: 'b', name: 'Lost', revenue: 0, cost: 0, churned: true }
			],
			transitions: [
				[0.8, 0.2],
				[0, 1]
			]
		};
		expect(encodeChain(chain.states, chain.transitions, 'en')).toBe(
			'a:Active:100:0:0:0.8,0.2;b:Lost:0:0:1:0,1'
		);
	});

	it('refuses tampered chains', () => {
		const bad = [
			'a:Active:100:0:0:0.8,0.19;b:Lost:0:0:1:0,1', // row sums to 99%
			'a:Active:100:0:0:1.2,-0.2;b:Lost:0:0:1:0,1', // negative
			'a:Active:100:0:0:0.8,0.2;b:active:0:0:1:0,1', // duplicate name
			'a:Active:100:0:0:0.8,0.2;a:Lost:0:0:1:0,1', // duplicate id
			'a: :100:0:0:0.8,0.2;b:Lost:0:0:1:0,1', // empty name
			'a:Active:100:0:0:0.8,0.2', // one state
			'a:Active:1e309:0:0:0.8,0.2;b:Lost:0:0:1:0,1', // overflow
			'a:Active:abc:0:0:0.8,0.2;b:Lost:0:0:1:0,1',
			'a:Active:100:0:2:0.8,0.2;b:Lost:0:0:1:0,1',
			'a:Active:100:0:0:0.8,0.2,0;b:Lost:0:0:1:0,1',
			'a:Act%ZZive:100:0:0:0.8,0.2;b:Lost:0:0:1:0,1',
			'A B:Active:100:0:0:0.8,0.2;b:Lost:0:0:1:0,1',
			Array.from({ length: 13 }, (_, i) => `s${i}:S${i}:0:0:0:${'0,'.repeat(12)}`).join(';')
		];
		for (const text of bad) expect(decodeChain(text, 'en'), text).toBeUndefined();
	});
});
