import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { decodeChain, encodeChain, fullChain, readChain, type Chain } from './chain';
import { withStateAdded, withStateRemoved } from './edit';
import { presetStateName } from './names';
import { presetIds, presetInputs } from './presets';

const preset = (id: string, locale: Locale) =>
	presetInputs(id, locale, (state, p) => presetStateName(locale, p, state));
const chainOf = (inputs: Chain): Chain => ({
	states: inputs.states,
	transitions: inputs.transitions
});
const roundTrip = (chain: Chain, locale: Locale) =>
	readChain(encodeChain(chain.states, chain.transitions, locale), locale);
/** What a link carries for the text: `URLSearchParams` leaves letters, digits and `-._*` as they are. */
const inLink = (text: string) => new URLSearchParams({ chain: text }).toString().slice(6);

describe('compact chain', () => {
	it('is just the preset id for an unchanged preset, the same in both languages', () => {
		for (const id of presetIds) {
			for (const locale of ['en', 'zh'] as const) {
				const { states, transitions } = preset(id, locale);
				expect(encodeChain(states, transitions, locale)).toBe(id);
				expect(readChain(id, locale)).toEqual(chainOf(preset(id, locale)));
			}
		}
	});

	it('writes only what differs from the preset, in characters a link carries as they are', () => {
		const inputs = preset('retail-recency', 'zh');
		inputs.states[0]!.revenue = 150;
		inputs.transitions[0] = [0.7, 0.3, 0, 0];
		const text = encodeChain(inputs.states, inputs.transitions, 'zh');
		expect(text).toBe('retail-recency*s0_150*p0_.7_.3');
		expect(inLink(text)).toBe(text);
		expect(decodeChain(text, 'zh')).toEqual(chainOf(inputs));
		// The old form of the same chain, for comparison: every state named, every probability written.
		expect(inLink(fullChain(inputs.states, inputs.transitions)).length).toBeGreaterThan(250);
	});

	it('names a state only when it is not the preset’s name in the page’s language', () => {
		const inputs = preset('crm', 'en');
		inputs.states[1]!.name = 'Repeat * buyers 100%_';
		inputs.states[2]!.name = '';
		const text = encodeChain(inputs.states, inputs.transitions, 'en');
		expect(text).toBe('crm*n1_Repeat %2A buyers 100%25_*n2_');
		expect(readChain(text, 'en')).toEqual(chainOf(inputs));
		// An English preset name on the Chinese page is the reader's own: it stays.
		const zh = preset('crm', 'zh');
		zh.states[0]!.name = presetStateName('en', 'crm', zh.states[0]!.id);
		expect(roundTrip(zh, 'zh')).toEqual(chainOf(zh));
	});

	it('carries states removed and added on the page with no change to any row', () => {
		let inputs = preset('telecom', 'en');
		inputs = withStateRemoved(inputs, 3);
		inputs = withStateRemoved(inputs, 1);
		inputs = withStateAdded(inputs, 'Paused');
		const text = encodeChain(inputs.states, inputs.transitions, 'en');
		expect(text).toBe(`telecom*x1*x3*a${inputs.states[3]!.id}*n3_Paused`);
		expect(readChain(text, 'en')).toEqual(chainOf(inputs));
	});

	it('round-trips any edit of any preset exactly', () => {
		// (+ 0 turns a -0 into 0: a link, like any text, has no negative zero)
		const probability = fc.oneof(
			fc.constantFrom(0, 1, 0.5, 0.1 + 0.2),
			fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0)
		);
		const money = fc.oneof(
			fc.integer({ min: 0, max: 1e9 }),
			fc.double({ min: 0, max: 1e9, noNaN: true }).map((x) => x + 0)
		);
		const edit = fc.record({
			preset: fc.constantFrom(...presetIds),
			locale: fc.constantFrom<Locale>('en', 'zh'),
			removed: fc.array(fc.nat(4), { maxLength: 3 }),
			added: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
			names: fc.array(fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), {
				maxLength: 8
			}),
			costs: fc.array(fc.option(money, { nil: undefined }), { maxLength: 8 }),
			lost: fc.array(fc.boolean(), { maxLength: 8 }),
			cells: fc.array(fc.tuple(fc.nat(7), fc.nat(7), probability), { maxLength: 10 })
		});
		fc.assert(
			fc.property(edit, (e) => {
				let inputs = preset(e.preset, e.locale);
				for (const k of e.removed) inputs = withStateRemoved(inputs, k);
				for (const name of e.added) inputs = withStateAdded(inputs, name);
				const n = inputs.states.length;
				inputs.states.forEach((state, i) => {
					if (e.names[i] !== undefined) state.name = e.names[i]!;
					if (e.costs[i] !== undefined) state.cost = e.costs[i]!;
					if (e.lost[i]) state.churned = !state.churned;
				});
				for (const [i, j, p] of e.cells) if (i < n && j < n) inputs.transitions[i]![j] = p;
				const text = encodeChain(inputs.states, inputs.transitions, e.locale);
				expect(readChain(text, e.locale)).toEqual(chainOf(inputs));
			})
		);
	});

	it('refuses tampered compact chains', () => {
		const good = 'retail-recency*s0_150*p0_.7_.3';
		expect(decodeChain(good, 'en')).toBeDefined();
		const bad = [
			'retail-recency*p0_.7_.31', // row sums to 101%
			'retail-recency*p0_.7_.3_0_0_0', // row longer than the chain
			'retail-recency*s0_-1', // negative money
			'retail-recency*s0_1e10', // money above the limit
			'retail-recency*s0___2', // lost flag not 0 or 1
			'retail-recency*s0_abc',
			'retail-recency*n1_Active', // duplicate name
			'retail-recency*n1_', // empty name
			'retail-recency*n1_50%', // stray escape
			'retail-recency*p9_1', // no such state
			'retail-recency*x0*x1*x2', // one state left
			'retail-recency*x1*x1',
			'retail-recency*x7',
			'retail-recency*n0_A*x1', // a removal after an edit
			'retail-recency*aactive', // an added state with a preset's id
			'retail-recency*q0_1',
			'retail-recency*',
			'no-such-preset*s0_1',
			`retail-recency${Array.from({ length: 9 }, (_, i) => `*as${i}`).join('')}` // 13 states
		];
		for (const text of bad) expect(decodeChain(text, 'en'), text).toBeUndefined();
	});
});
