import { describe, expect, it } from 'vitest';
import type { Schema } from '$lib/state/codec';
import type { Locale } from '$lib/i18n/locales';
import { clubFieldLabel } from './club/summary';
import { schema as clubSchema } from './club/fields';
import { clvFieldLabel } from './clv/summary';
import { schema as clvSchema } from './clv/fields';
import { complementFieldLabel } from './complement/summary';
import { schema as complementSchema } from './complement/fields';
import { lifecycleFieldLabel } from './lifecycle/summary';
import { lifecycleSchema } from './lifecycle/scenario';
import { pointsFieldLabel } from './points/summary';
import { schema as pointsSchema } from './points/fields';
import { referralFieldLabel } from './referral/summary';
import { schema as referralSchema } from './referral/fields';
import { segmentsFieldLabel } from './segments/summary';
import { schema as segmentsSchema } from './segments/fields';
import { subscriptionFieldLabel } from './subscription/summary';
import { schema as subscriptionSchema } from './subscription/fields';
import { transactionsFieldLabel } from './transactions/summary';
import { schema as transactionsSchema } from './transactions/fields';

const calculators: [string, Schema<Record<string, unknown>>, (k: string, l: Locale) => unknown][] =
	[
		['clv', clvSchema, clvFieldLabel],
		['referral', referralSchema, referralFieldLabel],
		['lifecycle', lifecycleSchema, lifecycleFieldLabel],
		['points', pointsSchema, pointsFieldLabel],
		['complement', complementSchema, complementFieldLabel],
		['club', clubSchema, clubFieldLabel],
		['segments', segmentsSchema, segmentsFieldLabel],
		['subscription', subscriptionSchema, subscriptionFieldLabel],
		['transactions', transactionsSchema, transactionsFieldLabel]
	];

describe('link notices name settings as the reader sees them', () => {
	it.each(calculators)(
		'%s: every share-link field has a label in both languages',
		(_, schema, label) => {
			for (const locale of ['en', 'zh'] as const) {
				const labels = Object.keys(schema).map((key) => [key, label(key, locale)] as const);
				for (const [key, text] of labels) {
					expect(typeof text, `${locale} ${key}`).toBe('string');
					expect(text, `${locale} ${key}`).not.toBe(key);
					expect(String(text).length, `${locale} ${key}`).toBeGreaterThan(1);
				}
				if (locale === 'zh')
					for (const [key, text] of labels)
						expect(String(text), `zh ${key}`).toMatch(/[\u4e00-\u9fff]/);
			}
		}
	);

	it('uses the period, not a placeholder, in per-period labels', () => {
		expect(clvFieldLabel('spend', 'en')).toBe('Spend per period');
		expect(clvFieldLabel('spend', 'zh')).toBe('每期消费额');
		expect(referralFieldLabel('rRetention', 'en')).toBe('Retention per period (referred)');
		expect(subscriptionFieldLabel('horizon', 'en')).toBe('Project ahead (periods)');
		expect(subscriptionFieldLabel('margin', 'zh')).toBe('每位客户每期毛利');
	});

	it('names the preset a short link starts from', () => {
		for (const [, , label] of calculators) {
			expect(label('p', 'en')).toBe('the example the link starts from');
			expect(label('p', 'zh')).toBe('链接所基于的示例');
		}
	});
});
