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

	// These run in order: the model is provided in the last one and stays for the module.
	it('shows a preset before the model is here, and keeps the last view for other inputs', () => {
		expect(sbgModel.compute).toBeUndefined();
		const views = subscriptionViews(none);
		const regular = presetInputs('fh-regular');
		const first = views(regular);
		expect(first.analysis.newCustomer).toStrictEqual(FIRST['fh-regular'].analysis.newCustomer);
		expect(first.table).toStrictEqual(computeSubscription(regular, none).table);
		// the same inputs again: the same object
		expect(views({ ...regular })).toBe(first);
		// an edit before the model came: the last result stays (and the model is fetched)
		expect(views({ ...regular, margin: 150 })).toBe(first);
		// a view that never showed anything cannot invent one
		expect(() => subscriptionViews(none)({ ...regular, margin: 150 })).toThrow(ModelInputError);
	});

	it("fills the preset's view in place when the model comes, and computes edits with it", async () => {
		const views = subscriptionViews(none);
		const high = presetInputs('fh-high-end');
		const first = views(high);
		const compute = await sbgModel.load();
		expect(sbgModel.compute).toBe(compute);
		const filled = views(high);
		expect(filled).toBe(first);
		expect(filled).toStrictEqual(computeSubscription(high, none));
		const edited = views({ ...high, margin: 150 });
		expect(edited).toStrictEqual(computeSubscription({ ...high, margin: 150 }, none));
		expect(() => views({ ...high, holdout: 40 })).toThrow(ModelInputError);
	});
});
