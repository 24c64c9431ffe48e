import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { ModelInputError } from '$lib/model/errors';
import { startingInputs } from './calculator';
import { computeCampaign, computeLifecycle } from './compute';
import { campaignViews, FIRST, firstView, lifecycleViews } from './first-view';
import { chainModel } from './model.svelte';
import { presetIds } from './presets';
import { inputsOf, toFlat } from './scenario';

const presetsIn = (locale: Locale) =>
	presetIds.map((id) => ({ id, inputs: startingInputs(id, locale) }));
const model = (values: ReturnType<typeof startingInputs>) =>
	computeLifecycle(inputsOf(values, 'en'));
const cases = presetIds.flatMap((id) => (['en', 'zh'] as const).map((locale) => ({ id, locale })));

describe('first view', () => {
	it("holds the model's own value per customer for every preset (else: paste the printed FIRST)", () => {
		const perCustomer = Object.fromEntries(
			presetIds.map((id) => [id, model(startingInputs(id, 'en')).perCustomer])
		);
		if (JSON.stringify(perCustomer) !== JSON.stringify(FIRST)) console.log('FIRST =', perCustomer);
		expect(FIRST).toStrictEqual(perCustomer);
	});

	it.each(cases)(
		'draws preset $id ($locale) as the model does, all but what the sections show',
		({ id, locale }) => {
			const inputs = inputsOf(startingInputs(id, locale), locale);
			const { finite, infinite, churn, ...first } = computeLifecycle(inputs);
			expect([finite, infinite, churn].every(Boolean)).toBe(true);
			expect(firstView(inputs, FIRST[id])).toStrictEqual(first);
			// and the model accepts every preset's campaign
			expect(computeCampaign(inputs).roi).toBeDefined();
		}
	);

	it('shows a preset before the model is here, keeps it for an edit, then fills it in place', async () => {
		expect(chainModel.current).toBeUndefined();
		const presets = presetsIn('en');
		const views = lifecycleViews(presets, 'en');
		const campaigns = campaignViews(presets, 'en');
		const start = startingInputs(undefined, 'en');
		const first = views(start);
		const campaign = campaigns(start);
		expect(first.cohortValue).toBe(model(start).cohortValue);
		expect(first.finite).toBeUndefined();
		// the same inputs again: the same objects
		expect(views({ ...start })).toBe(first);
		expect(campaigns({ ...start })).toBe(campaign);
		// an edit before the model came: the last result stays (and the model is fetched)
		const edit = { ...start, h: 24 };
		expect(views(edit)).toBe(first);
		expect(campaigns(edit)).toBe(campaign);
		// a view that never showed anything cannot invent one
		expect(() => lifecycleViews(presets, 'en')(edit)).toThrow(ModelInputError);
		// and one the model will refuse (a row that does not add up)
		const broken = inputsOf(start, 'en');
		broken.transitions[0]![0] = 0.5;
		const refused = toFlat(broken, 'en');
		expect(views(refused)).toBe(first);
		// the page's inputs are one live object its fields write into
		const live = { ...start };
		const page = lifecycleViews(presets, 'en');
		const pageFirst = page(live);
		live.h = 24;
		expect(page(live)).toBe(pageFirst);
		const loaded = await chainModel.load();
		expect(chainModel.current).toBe(loaded);
		// filled with the preset it showed, not with what the live object holds now
		expect(pageFirst).toStrictEqual(model(start));
		expect(page(live)).toStrictEqual(model(live));
		// refused once the model is here: the view kept is the one shown, filled in place
		expect(() => views(refused)).toThrow(ModelInputError);
		expect(first).toStrictEqual(model(start));
		expect(campaign).toStrictEqual(computeCampaign(inputsOf(start, 'en')));
		// edits are the model's
		expect(views(edit)).toStrictEqual(model(edit));
		expect(campaigns(edit)).toStrictEqual(computeCampaign(inputsOf(edit, 'en')));
	});
});
