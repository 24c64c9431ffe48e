import { describe, expect, it } from 'vitest';
import clvEn from '$lib/i18n/messages/en/clv';
import clvZh from '$lib/i18n/messages/zh/clv';
import { retentionTimings } from '$lib/model/clv';
import { splitTimingLabel } from './timing-labels';

describe('splitTimingLabel', () => {
	it('splits at the first colon, half- or full-width', () => {
		expect(splitTimingLabel('Start of period: first margin today')).toEqual({
			name: 'Start of period',
			separator: ': ',
			explanation: 'first margin today'
		});
		expect(splitTimingLabel('期初：第一笔利润今天到账')).toEqual({
			name: '期初',
			separator: '：',
			explanation: '第一笔利润今天到账'
		});
		expect(splitTimingLabel('no colon')).toEqual({
			name: 'no colon',
			separator: '',
			explanation: ''
		});
	});

	it('finds a short name and an explanation in every calculator label', () => {
		for (const messages of [clvEn, clvZh])
			for (const timing of retentionTimings) {
				const label = splitTimingLabel(messages.timing[timing]);
				expect(label.separator, timing).not.toBe('');
				expect(label.name.length, timing).toBeLessThan(25);
			}
	});
});
