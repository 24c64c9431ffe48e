/**
 * What a calculator's own page loads, lazily and one chunk per calculator, so a page ships only the
 * calculator it shows: the component, and the title and introduction from its messages. Adding a
 * calculator adds one entry here (the route `calculate/[id]` and its prerendering follow from
 * `calculatorIds`).
 */
import type { Component } from 'svelte';
import type { Locale } from '$lib/i18n/locales';
import type { CalculatorId } from './ids';

/** Every calculator renders with no props; articles may pass a preset and `compact`. */
export type CalculatorComponent = Component<{ preset?: string; compact?: boolean }>;

interface PageText {
	readonly title: string;
	readonly intro: string;
}

type Lazy<T> = () => Promise<{ default: T }>;

const pages: Record<
	CalculatorId,
	{ readonly component: Lazy<CalculatorComponent>; readonly text: Record<Locale, Lazy<PageText>> }
> = {
	clv: {
		component: () => import('./clv/ClvCalculator.svelte'),
		text: {
			en: () => import('$lib/i18n/messages/en/clv'),
			zh: () => import('$lib/i18n/messages/zh/clv')
		}
	},
	lifecycle: {
		component: () => import('./lifecycle/LifecycleCalculator.svelte'),
		text: {
			en: () => import('$lib/i18n/messages/en/lifecycle'),
			zh: () => import('$lib/i18n/messages/zh/lifecycle')
		}
	},
	referral: {
		component: () => import('./referral/ReferralCalculator.svelte'),
		text: {
			en: () => import('$lib/i18n/messages/en/referral'),
			zh: () => import('$lib/i18n/messages/zh/referral')
		}
	},
	segments: {
		component: () => import('./segments/SegmentsCalculator.svelte'),
		text: {
			en: () => import('$lib/i18n/messages/en/segments'),
			zh: () => import('$lib/i18n/messages/zh/segments')
		}
	},
	points: {
		component: () => import('./points/PointsCalculator.svelte'),
		text: {
			en: () => import('$lib/i18n/messages/en/points'),
			zh: () => import('$lib/i18n/messages/zh/points')
		}
	},
	complement: {
		component: () => import('./complement/ComplementCalculator.svelte'),
		text: {
			en: () => import('$lib/i18n/messages/en/complement'),
			zh: () => import('$lib/i18n/messages/zh/complement')
		}
	},
	club: {
		component: () => import('./club/ClubCalculator.svelte'),
		text: {
			en: () => import('$lib/i18n/messages/en/club'),
			zh: () => import('$lib/i18n/messages/zh/club')
		}
	}
};

/** The component, title and introduction of calculator `id`'s page in `locale`. */
export async function loadCalculatorPage(id: CalculatorId, locale: Locale) {
	const page = pages[id];
	const [component, text] = await Promise.all([page.component(), page.text[locale]()]);
	return { component: component.default, title: text.default.title, intro: text.default.intro };
}
