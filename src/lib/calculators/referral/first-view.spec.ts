import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expr } from '$lib/model/expr';
import type { ReferralPresetId } from '$lib/model/referral/presets';
import { ModelInputError } from '$lib/model/errors';
import { computeReferral } from './compute';
import { FIRST, firstFigures, referralViews, type FirstFigures } from './first-view';
import { referralModel } from './model.svelte';
import { defaultPreset, presetInputs, referralPresetList } from './presets';

/** The presets the articles' referral calculators start from (`preset: '…'` in their props). */
function embeddedPresets(): string[] {
	const found = new Set<string>();
	for (const locale of ['en', 'zh']) {
		for (const file of readdirSync(join('content', locale))) {
			const text = readFileSync(join('content', locale, file), 'utf8');
			for (const m of text.matchAll(/of=\{ReferralCalculator\}[^>]*preset:\s*'([^']+)'/g)) {
				found.add(m[1]!);
			}
		}
	}
	return [...found];
}

/** A formula as the calls that build it (`v`, `c`, `add`, … of `$lib/model/expr`). */
function exprCode(e: Expr): string {
	switch (e.op) {
		case 'var':
			return `v('${e.name}', ${e.value}${e.format === 'number' ? '' : `, '${e.format}'`})`;
		case 'const':
			return `c(${e.value})`;
		case 'add':
		case 'sub':
		case 'mul':
			return `${e.op}(${e.args.map(exprCode).join(', ')})`;
		case 'div':
			return `div(${exprCode(e.num)}, ${exprCode(e.den)})`;
		case 'paren':
			return `paren(${exprCode(e.arg)})`;
		default:
			throw new Error(`no call for ${e.op} in first-view.ts`);
	}
}

/** A preset's first figures as `FIRST` writes them. */
function figuresCode({ totals, binds, steps }: FirstFigures): string {
	const list = steps.map(
		(s) => `{ id: '${s.id}', formula: ${exprCode(s.formula)}, value: ${s.value} }`
	);
	return `{ totals: ${JSON.stringify(totals)}, binds: ${binds}, steps: [${list.join(', ')}] }`;
}

describe('first view', () => {
	it('holds the preset each page starts from, in either locale, and each one an article embeds', () => {
		for (const id of Object.values(defaultPreset)) expect(FIRST[id]).toBeDefined();
		const embedded = embeddedPresets();
		expect(embedded).toContain('software-chain');
		for (const id of embedded) expect(FIRST[id as ReferralPresetId]).toBeDefined();
	});

	it.each(referralPresetList.map((p) => p.id).filter((id) => FIRST[id]))(
		"holds the model's own figures for preset %s (else: print them and paste them into FIRST)",
		(id) => {
			const figures = firstFigures(computeReferral(presetInputs(id, 'en')));
			if (JSON.stringify(figures) !== JSON.stringify(FIRST[id]))
				console.log(`'${id}': ${figuresCode(figures)},`);
			expect(FIRST[id]).toStrictEqual(figures);
		}
	);

	it('holds the same figures in every currency and locale (amounts are the reader’s currency)', () => {
		for (const p of referralPresetList.filter((p) => FIRST[p.id])) {
			const figures = firstFigures(computeReferral(presetInputs(p.id, 'zh')));
			expect(figures).toStrictEqual(firstFigures(computeReferral(presetInputs(p.id, 'en', 'EUR'))));
		}
	});

	it('shows a preset before the model is here, keeps it for an edit, then fills it in place', async () => {
		expect(referralModel.code).toBeUndefined();
		const views = referralViews();
		const vendor = presetInputs('software-vendor', 'zh');
		const first = views(vendor);
		const model = computeReferral(vendor);
		expect(first.params).toStrictEqual(model.params);
		expect(first.unit).toBe(model.unit);
		expect(firstFigures(first)).toStrictEqual(firstFigures(model));
		// the same inputs again: the same object
		expect(views({ ...vendor })).toBe(first);
		// another currency: the preset's figures still, with the reader's currency
		const euros = views({ ...vendor, currency: 'EUR' });
		expect(firstFigures(euros)).toStrictEqual(firstFigures(model));
		expect(views(vendor)).not.toBe(first);
		const shown = views(vendor);
		// an edit before the model came: the last result stays (and the model is fetched)
		const edit = { ...vendor, reward: 80 };
		expect(views(edit)).toBe(shown);
		// a view that never showed anything cannot invent one
		expect(() => referralViews()(edit)).toThrow(ModelInputError);
		// a preset the page does not start from is an edit like any other
		const picked = presetInputs('premium-car', 'zh');
		expect(FIRST['premium-car']).toBeUndefined();
		expect(views(picked)).toBe(shown);
		// and one the model will refuse
		const refused = { ...vendor, cap: 0 };
		expect(views(refused)).toBe(shown);
		// the page's inputs are one live object its fields write into
		const live = { ...vendor };
		const page = referralViews();
		const pageFirst = page(live);
		live.cap = 0;
		expect(page(live)).toBe(pageFirst);
		const code = await referralModel.load();
		// filled with the preset it showed, not with what the live object holds now
		expect(pageFirst).toStrictEqual(computeReferral(vendor));
		expect(() => page(live)).toThrow(ModelInputError);
		expect(referralModel.code).toBe(code);
		// refused once the model is here: the view kept is the one shown, filled in place
		expect(() => views(refused)).toThrow(ModelInputError);
		expect(shown).toStrictEqual(computeReferral(vendor));
		// edits are the model's, and the same inputs again give the same object
		const edited = views(edit);
		expect(edited).toStrictEqual(computeReferral(edit));
		expect(views({ ...edit })).toBe(edited);
		expect(views(picked)).toStrictEqual(computeReferral(picked));
		expect(() => views({ ...vendor, cap: 0 })).toThrow(ModelInputError);
	});
});
