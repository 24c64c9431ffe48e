import { describe, expect, it } from 'vitest';
import wordsEn from '$lib/i18n/messages/en/words';
import wordsZh from '$lib/i18n/messages/zh/words';
import { problemMessages } from './problem';

const label = (input: string) => ({ retention: 'Retention' })[input] ?? input;

describe('problemMessages', () => {
	it('puts a refusal beside its input, or above the inputs when it concerns none', () => {
		const min = { input: 'spend', kind: 'min', format: 'money', min: 10 } as const;
		expect(problemMessages(min, wordsEn, 'en', 'USD', label)).toEqual({
			byInput: {
				spend: 'The model needs at least $10 here. The results still show your last valid inputs.'
			}
		});
		const other = { input: '', kind: 'other', format: 'number' } as const;
		expect(problemMessages(other, wordsZh, 'zh', 'CNY', label).general).toBe(
			'这组输入算不出有效结果，请检查上面各项。 下方结果仍按你上一次的有效输入显示。'
		);
		expect(problemMessages(undefined, wordsEn, 'en', 'USD', label)).toEqual({ byInput: {} });
	});

	it('lets a calculator say a refusal in its own words, and the kit say the rest', () => {
		const explain = (p: { input: string }) =>
			p.input === 'cap' ? 'Enter at least 500.' : undefined;
		const cap = { input: 'cap', kind: 'range', format: 'count', min: 500, max: 1e12 } as const;
		expect(problemMessages(cap, wordsEn, 'en', 'USD', label, explain).byInput.cap).toBe(
			'Enter at least 500. The results still show your last valid inputs.'
		);
		const uplift = {
			input: 'uplift',
			kind: 'uplift',
			format: 'percent',
			base: 'retention',
			min: -0.8,
			max: 0.2
		} as const;
		expect(problemMessages(uplift, wordsEn, 'en', 'USD', label, explain).byInput.uplift).toMatch(
			/^Retention plus this change must stay between 0% and 100%, so the change can be from -80(\.00)?% to 20(\.00)?%\./
		);
	});
});
