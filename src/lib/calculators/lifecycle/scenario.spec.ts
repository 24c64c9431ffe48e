import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from '$lib/state/codec';
import { presetIds, presetInputs } from './presets';
import {
	decodeChain,
	encodeChain,
	fromFlat,
	lifecycleSchema,
	periodsIn,
	scenarioVersion,
	toFlat,
	type FlatScenario
} from './scenario';

const defaults = () => presetInputs('retail-recency', 'zh', (id) => `「${id}」: 50%; a,b`);

describe('chain codec', () => {
	it('round-trips every preset, names with separators included', () => {
		for (const id of presetIds) {
			const inputs = presetInputs(id, 'en', (s) => `${s}: 1; 2, 3 % done`);
			const decoded = decodeChain(encodeChain(inputs.states, inputs.transitions))!;
			expect(decoded.states).toEqual(inputs.states);
			expect(decoded.transitions).toEqual(inputs.transitions);
		}
	});

	it('refuses tampered chains', () => {
		const good = 'a:Active:100:0:0:0.8,0.2;b:Lost:0:0:1:0,1';
		expect(decodeChain(good)?.transitions).toEqual([
			[0.8, 0.2],
			[0, 1]
		]);
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
		for (const text of bad) expect(decodeChain(text), text).toBeUndefined();
	});
});

describe('URL scenario', () => {
	const decode = (query: string) =>
		decodeScenario(
			scenarioVersion,
			lifecycleSchema,
			new URLSearchParams(query),
			toFlat(defaults())
		);

	it('round-trips the inputs through the query string', () => {
		const inputs = defaults();
		inputs.cohortSize = 2500;
		inputs.transitions[0] = [0.5, 0.3, 0.2, 0];
		const query = encodeScenario(scenarioVersion, lifecycleSchema, toFlat(inputs)).toString();
		const decoded = decode(query);
		expect(decoded.notice).toBeUndefined();
		expect(fromFlat(decoded.values)).toEqual(inputs);
	});

	it('falls back with a notice for tampered or outdated links', () => {
		const query = encodeScenario(scenarioVersion, lifecycleSchema, toFlat(defaults()));
		query.set('chain', query.get('chain')!.replace('0.6', '0.61'));
		expect(decode(query.toString()).notice).toEqual({ reason: 'invalid', fields: ['chain'] });
		expect(decode('v=0&n=10').notice).toEqual({ reason: 'outdated', version: 0 });
		expect(decode('v=1&h=241').notice).toEqual({ reason: 'invalid', fields: ['h'] });
	});

	it('refuses fields that do not fit the chain', () => {
		const flat: FlatScenario = { ...toFlat(defaults()), s: 7 };
		expect(fromFlat(flat)).toBeUndefined();
		expect(fromFlat({ ...toFlat(defaults()), cf: 2, cto: 2 })).toBeUndefined();
	});

	it('counts whole periods in the horizon', () => {
		expect(periodsIn(60, 'month')).toBe(60);
		expect(periodsIn(120, 'quarter')).toBe(40);
		expect(periodsIn(13, 'quarter')).toBe(4);
		expect(periodsIn(5, 'year')).toBe(1);
	});
});
