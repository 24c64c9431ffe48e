import { describe, expect, it } from 'vitest';
import { withGroups } from './with-groups';

describe('withGroups', () => {
	it('adds each group’s words to the page’s group of the same name, or as a new group', () => {
		const page = { title: 'Lifecycle', matrix: { heading: 'Chain' } } as const;
		const more = { matrix: { from: 'From', to: 'To' }, diagram: { caption: 'States' } } as const;
		const t = withGroups(page, more);
		expect(t).toEqual({
			title: 'Lifecycle',
			matrix: { heading: 'Chain', from: 'From', to: 'To' },
			diagram: { caption: 'States' }
		});
		expect(t.matrix.heading).toBe('Chain');
		expect(t.matrix.from).toBe('From');
		// the page's own words are left as they were
		expect(page.matrix).toEqual({ heading: 'Chain' });
	});
});
