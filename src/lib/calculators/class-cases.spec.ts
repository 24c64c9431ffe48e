import { describe, expect, it } from 'vitest';
import teachEn from '$lib/i18n/messages/en/teach';
import teachZh from '$lib/i18n/messages/zh/teach';
import { decodeScenario } from '$lib/state/codec';
import { presetInputs } from './clv/presets';
import { schema as clvSchema, scenarioVersion } from './clv/fields';
import { classCaseGroups, presentLink } from './class-cases';
import { calculatorIds } from './ids';
import { presetInputs as referralPreset, referralPresetList } from './referral/presets';
import { schema as referralSchema, scenarioVersion as referralVersion } from './referral/fields';

describe('class cases', () => {
	it('has a working link for every case the Teach page lists, in both languages', () => {
		for (const teach of [teachEn, teachZh])
			for (const [calculator, cases] of Object.entries(teach.cases))
				for (const preset of Object.keys(cases))
					expect(presentLink('zh', calculator, preset), `${calculator}/${preset}`).toBeDefined();
	});

	it('gives every calculator at least one class case', () => {
		const listed: Record<string, object> = teachEn.cases;
		for (const id of calculatorIds)
			expect(Object.keys(listed[id] ?? {}).length, id).toBeGreaterThan(0);
	});

	it('lists the same cases in both languages', () => {
		expect(Object.keys(teachZh.cases)).toEqual(Object.keys(teachEn.cases));
		const zhCases: Record<string, object> = teachZh.cases;
		for (const [calculator, cases] of Object.entries(teachEn.cases))
			expect(Object.keys(zhCases[calculator]!), calculator).toEqual(Object.keys(cases));
	});

	it('lists every referral preset, each opening in the page’s own currency', () => {
		expect(Object.keys(teachEn.cases.referral!)).toEqual(referralPresetList.map((p) => p.id));
		for (const locale of ['en', 'zh'] as const)
			for (const { id } of referralPresetList) {
				const url = new URL(presentLink(locale, 'referral', id)!, 'http://x.test');
				expect(url.pathname).toBe(`/${locale}/calculate/referral/`);
				const decoded = decodeScenario(
					referralVersion,
					referralSchema,
					url.searchParams,
					referralPreset(undefined, locale)
				);
				expect(decoded.values, `${locale}/${id}`).toEqual(referralPreset(id, locale));
			}
	});

	it('opens the preset exactly, in presentation mode', () => {
		const link = presentLink('en', 'clv', 'car-buyer')!;
		const url = new URL(link, 'http://x.test');
		expect(url.pathname).toBe('/en/calculate/clv/');
		expect(url.searchParams.get('present')).toBe('1');
		const decoded = decodeScenario(
			scenarioVersion,
			clvSchema,
			url.searchParams,
			presetInputs('', 'en')
		);
		expect(decoded).toEqual({ values: presetInputs('car-buyer', 'en'), fromLink: true });
	});

	it('knows nothing of unknown calculators or presets', () => {
		expect(presentLink('en', 'nope', 'car-buyer')).toBeUndefined();
		expect(presentLink('en', 'clv', 'nope')).toBeUndefined();
	});

	it('groups the Teach page’s cases by calculator, in the Calculate page’s order, with links', () => {
		const groups = classCaseGroups('zh', teachZh.cases);
		expect(groups.map((g) => g.id)).toEqual(calculatorIds.filter((id) => teachZh.cases[id]));
		const clv = groups.find((g) => g.id === 'clv')!;
		expect(clv.cases[0]).toMatchObject({
			preset: Object.keys(teachZh.cases.clv!)[0],
			href: expect.stringMatching(/^\/zh\/calculate\/clv\/\?v=1&.*present=1$/)
		});
		expect(classCaseGroups('en', { clv: { nope: { title: 'x', note: 'y' } } })).toEqual([
			{ id: 'clv', cases: [{ preset: 'nope', title: 'x', note: 'y', href: undefined }] }
		]);
	});
});
