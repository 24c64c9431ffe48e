import { describe, expect, it } from 'vitest';
import { ModelInputError } from '$lib/model/errors';
import { computeSubscription } from './compute';
import { FIRST, firstFigures, subscriptionViews } from './first-view';
import { sbgModel } from './model.svelte';
import { presetInputs, subscriptionPresetList } from './presets';

const none = () => undefined;

describe('first view', () => {
	it.each(subscriptionPresetList.map((p) => p.id))(
		"holds the model's own figures for preset %s (else: print them and paste them into FIRST)",
		(id) => {
			const figures = firstFigures(computeSubscription(presetInputs(id), none));
			if (JSON.stringify(figures) !== JSON.stringify(FIRST[id])) console.log(id, figures);
			expect(FIRST[id]).toStrictEqual(figures);
		}
	);

	it('shows a preset before the model is here, keeps it for an edit, then fills it in place', async () => {
		expect(sbgModel.compute).toBeUndefined();
		const views = subscriptionViews(none);
		const regular = presetInputs('fh-regular');
		const first = views(regular);
		expect(first.analysis.newCustomer).toStrictEqual(FIRST['fh-regular'].analysis.newCustomer);
		expect(first.table).toStrictEqual(computeSubscription(regular, none).table);
		// the same inputs again: the same object
		expect(views({ ...regular })).toBe(first);
		// an edit before the model came: the last result stays (and the model is fetched)
		const edit = { ...regular, margin: 150 };
		expect(views(edit)).toBe(first);
		// a view that never showed anything cannot invent one
		expect(() => subscriptionViews(none)(edit)).toThrow(ModelInputError);
		// and one the model will refuse
		const refused = { ...regular, holdout: 40 };
		expect(views(refused)).toBe(first);
		// the page's inputs are one live object its fields write into
		const live = { ...regular };
		const page = subscriptionViews(none);
		const pageFirst = page(live);
		live.holdout = 40;
		expect(page(live)).toBe(pageFirst);
		const compute = await sbgModel.load();
		// filled with the preset it showed, not with what the live object holds now
		expect(pageFirst).toStrictEqual(computeSubscription(regular, none));
		expect(() => page(live)).toThrow(ModelInputError);
		expect(sbgModel.compute).toBe(compute);
		// refused once the model is here: the view kept is the one shown, filled in place
		expect(() => views(refused)).toThrow(ModelInputError);
		expect(first).toStrictEqual(computeSubscription(regular, none));
		// edits are the model's
		expect(views(edit)).toStrictEqual(computeSubscription(edit, none));
		expect(() => views({ ...regular, holdout: 40 })).toThrow(ModelInputError);
	});
});
