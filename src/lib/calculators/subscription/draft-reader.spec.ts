import { describe, expect, it } from 'vitest';
import { parseCohortTable } from '$lib/model/sbg/cohort-table';
import { TableDraft } from './draft.svelte';
import { presetInputs, subscriptionPresetList } from './presets';
import { resolveTable, tableText, type TableData } from './table';
import { tableReader } from './table-reader.svelte';

function setup() {
	const written: { table: string; labels: string }[] = [];
	const draft = new TableDraft({
		heading: () => 'cohort',
		write: (table, labels) => written.push({ table, labels }),
		store: (_key, _data, done) => done('saved')
	});
	return { draft, written };
}

/** What the box says of a reading: cohorts, the oldest period, whether sizes were assumed. */
function said(read: TableDraft['read']) {
	if (read.kind !== 'table') return read.kind;
	const { counts, sizesKnown, unit } = read.table;
	return {
		cohorts: counts.length,
		oldest: Math.max(...counts.map((row) => row.length - 1)),
		sizesKnown,
		unit
	};
}

const presetTables = subscriptionPresetList.map((p) => {
	const inputs = presetInputs(p.id);
	return [p.id, inputs.table, resolveTable(inputs.table, inputs.labels, () => undefined)!] as const;
});
const percents: TableData = {
	counts: [
		[1000, 500, 250],
		[400, 300]
	],
	labels: ['Jan', null],
	sizesKnown: false
};

describe('TableDraft before the reader’s code is here', () => {
	it.each([...presetTables, ['percentages', 'p', percents] as const])(
		'knows what the shown table %s reads as, as the reader says it',
		(_name, table, data) => {
			expect(tableReader.reader).toBeUndefined();
			const { draft } = setup();
			draft.show(table, data);
			expect(said(draft.read)).toStrictEqual(said(parseCohortTable(tableText(data, 'cohort'))));
		}
	);

	it('keeps what is typed before the reader came and uses it when it comes, unless the inputs’ table was shown meanwhile', async () => {
		expect(tableReader.reader).toBeUndefined();
		const [, table, data] = presetTables[0]!;
		const [, other, otherData] = presetTables[1]!;
		const { draft, written } = setup();
		draft.show(table, data);
		const before = draft.read;
		draft.edit('100\t60');
		draft.edit('100\t60\t45');
		// nothing is lost: the box holds the text, the last reading stays until the reader comes
		expect(draft.text).toBe('100\t60\t45');
		expect(draft.read).toBe(before);
		expect(written).toEqual([]);
		// another box: a preset (say) puts another table in while its edit waits
		const second = setup();
		second.draft.show(table, data);
		second.draft.edit('100\t60\t45');
		second.draft.show(other, otherData);
		await tableReader.load();
		expect(written).toEqual([{ table: '1ck2s.14.f', labels: '' }]);
		expect(said(draft.read)).toStrictEqual(said(parseCohortTable('100\t60\t45')));
		expect(second.written).toEqual([]);
		expect(second.draft.text).toBe(tableText(otherData, 'cohort'));
	});
});
