import { beforeAll, describe, expect, it } from 'vitest';
import { TableDraft } from './draft.svelte';
import { presetInputs } from './presets';
import { resolveTable, type TableData } from './table';
import { tableReader } from './table-reader.svelte';

// These tests read edits at once: the reader's code is here (`draft-reader.spec.ts` tests the
// box before it came).
beforeAll(async () => {
	await tableReader.load();
});

function setup() {
	const written: { table: string; labels: string }[] = [];
	const stored = new Map<string, TableData>();
	const draft = new TableDraft({
		heading: () => 'cohort',
		write: (table, labels) => written.push({ table, labels }),
		store: (key, data, done) => {
			stored.set(key, data);
			done('saved');
		}
	});
	return { draft, written, stored };
}

describe('TableDraft', () => {
	it('shows the inputs’ table, and only replaces the text when the inputs hold another table', () => {
		const { draft } = setup();
		const inputs = presetInputs('fh-regular');
		const data = resolveTable(inputs.table, inputs.labels, () => undefined)!;
		draft.show(inputs.table, data);
		expect(draft.text.split('\n')[1]).toBe(
			'#1\t1000\t631\t468\t382\t326\t289\t262\t241\t223\t207\t194\t183\t173'
		);
		draft.text = 'typed';
		draft.show(inputs.table, data);
		expect(draft.text).toBe('typed');
	});

	it('drops a paste too long to read from the box, says so, and keeps the last table', () => {
		const { draft, written } = setup();
		draft.edit('100\t60\t45');
		draft.edit('1000\t900\n'.repeat(300_000));
		expect(draft.text).toBe('');
		expect(draft.refused).toBe(2_700_000);
		expect(draft.read).toMatchObject({ kind: 'invalid', problem: { kind: 'too-large' } });
		expect(written).toHaveLength(1);
		draft.edit('100\t50');
		expect(draft.refused).toBeUndefined();
		expect(written).toHaveLength(2);
	});

	it('puts a table that reads cleanly into the inputs, and keeps a bad one in the box only', () => {
		const { draft, written } = setup();
		draft.edit('100\t60\t45');
		expect(written).toEqual([{ table: '1ck2s.14.f', labels: '' }]);
		draft.edit('100\t60\tabc');
		expect(written).toHaveLength(1);
		expect(draft.read.kind).toBe('invalid');
		expect(draft.text).toBe('100\t60\tabc');
	});

	it('saves a table too large for a link, and reads the same text as another unit', () => {
		const { draft, written, stored } = setup();
		const rows = Array.from({ length: 50 }, (_, c) =>
			Array.from({ length: 50 - c }, (_, t) => 5000 + c - 37 * t).join('\t')
		);
		draft.edit(rows.join('\n'));
		expect(written.at(-1)!.table).toMatch(/^@/);
		expect(stored.size).toBe(1);
		expect(draft.stored).toBe('saved');
		draft.edit('1\t0.6\t0.45');
		expect(draft.read.kind === 'table' && draft.read.table.unit).toBe('share');
		draft.readAs('percent');
		expect(draft.read.kind).toBe('invalid'); // 1 is not a start of 100%
		expect(written.at(-1)!.table).not.toMatch(/^@/);
	});
});
