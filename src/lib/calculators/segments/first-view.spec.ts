import { describe, expect, it } from 'vitest';
import { segmentsCompute, type SegmentsView } from './compute';
import { FIRST, firstView, segmentsViews, type FirstFigures } from './first-view';
import { segmentsModel } from './model.svelte';
import { presetInputs, segmentsPresetList, type SegmentsPresetId } from './presets';

const none = () => undefined;
const model = (id: string) => segmentsCompute(none)(presetInputs(id, 'en'));

/** The figures `FIRST` holds for a view of the model (printed when they no longer match). */
function figuresOf(view: SegmentsView): FirstFigures {
	const [median, transactions, , top] = view.steps as unknown as {
		formula: { num: { args?: { value: number }[]; value?: number }; den: { value: number } };
		value: number;
	}[];
	const middle = (step: typeof median) =>
		[step!.formula.num.args![0]!.value, step!.formula.num.args![1]!.value, step!.value] as const;
	const g = view.quadrant.segments[0]!;
	return {
		middle: { profit: middle(median), purchases: middle(transactions) },
		gold: [g.count, g.customerShare, g.totalProfit, g.profitShare!],
		netProfit: view.quadrant.netProfit,
		top: [view.customers.length / 5, top!.formula.num.value!, top!.formula.den.value, top!.value],
		mean: view.steps[4]!.value
	};
}

/** What the first screen reads of a view. */
const firstScreen = (view: SegmentsView) => ({
	source: view.source,
	medians: view.medians,
	gold: view.quadrant.segments[0],
	netProfit: view.quadrant.netProfit,
	steps: view.steps
});

describe('first view', () => {
	it.each(segmentsPresetList.map((p) => p.id))(
		"holds the model's own figures for preset %s (else: print them and paste them into FIRST)",
		(id) => {
			const full = model(id);
			const first = firstView(id, presetInputs(id, 'en'));
			const same = JSON.stringify(firstScreen(first)) === JSON.stringify(firstScreen(full));
			if (!same) console.log(id, JSON.stringify(figuresOf(full)));
			expect(firstScreen(first)).toStrictEqual(firstScreen(full));
			expect(FIRST[id as SegmentsPresetId]).toBeDefined();
		}
	);

	it('shows a preset before the model is here, keeps it for an edit, then fills it in place', async () => {
		expect(segmentsModel.engine).toBeUndefined();
		let version = 0;
		const options = { version: () => version, ready: () => version++, start: none };
		const views = segmentsViews(none, options);
		const shop = presetInputs('online-shop', 'en');
		const first = views.compute(shop);
		const { quadrant, pareto, rfm } = first;
		expect(firstScreen(first)).toStrictEqual(firstScreen(model('online-shop')));
		// the same inputs again, or in another currency: the same object
		expect(views.compute({ ...shop })).toBe(first);
		expect(views.compute({ ...shop, currency: 'CNY' })).toBe(first);
		// an edit before the model came: the last result stays (and the model is fetched)
		const edit = { ...shop, count: 800 };
		expect(views.compute(edit)).toBe(first);
		const line = { ...shop, pressureThreshold: 5 };
		expect(views.compute(line)).toBe(first);
		// a share link with nothing shown yet: the page's preset, as prerendered
		const link = segmentsViews(none, { ...options, start: () => 'supermarket' });
		const linked = link.compute(edit);
		expect(firstScreen(linked)).toStrictEqual(firstScreen(model('supermarket')));
		// the page's fields write into one live object
		const live = { ...shop };
		const page = segmentsViews(none, options);
		const pageFirst = page.compute(live);
		live.count = 900;
		expect(page.compute(live)).toBe(pageFirst);

		await segmentsModel.load();
		// filled in place with the preset it showed, the sections' objects too
		expect(first).toStrictEqual(model('online-shop'));
		expect(first.quadrant).toBe(quadrant);
		expect(first.pareto).toBe(pareto);
		expect(first.rfm).toBe(rfm);
		expect(pageFirst).toStrictEqual(model('online-shop'));
		expect(linked).toStrictEqual(model('supermarket'));
		// the view shown stays the same object while the inputs are the preset's
		expect(views.compute(shop)).toBe(first);
		// edits are the model's: a moved line at once, a new sample once worked out
		expect(views.compute(line)).toStrictEqual(segmentsCompute(none)(line));
		expect(link.compute(edit).source).toStrictEqual({ kind: 'sample', count: 800, seed: 1 });
		views.stop();
		link.stop();
		page.stop();
	});
});
