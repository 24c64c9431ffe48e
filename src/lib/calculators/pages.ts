/**
 * What a calculator's own page loads, lazily and one chunk per calculator, so a page ships only the
 * calculator it shows: the component, and the title and introduction from the messages it exports
 * (`<script module>`). Adding a calculator adds one line here (the route `calculate/[id]` and its
 * prerendering follow from `calculatorIds`).
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

/** A calculator's module: the component, and its messages (`<script module>`). */
type CalculatorModule = () => Promise<{
	readonly default: CalculatorComponent;
	readonly messages: Readonly<Record<Locale, PageText>>;
}>;

const modules: Record<CalculatorId, CalculatorModule> = {
	clv: () => import('./clv/ClvCalculator.svelte'),
	lifecycle: () => import('./lifecycle/LifecycleCalculator.svelte'),
	subscription: () => import('./subscription/SubscriptionCalculator.svelte'),
	referral: () => import('./referral/ReferralCalculator.svelte'),
	segments: () => import('./segments/SegmentsCalculator.svelte'),
	points: () => import('./points/PointsCalculator.svelte'),
	complement: () => import('./complement/ComplementCalculator.svelte'),
	club: () => import('./club/ClubCalculator.svelte'),
	transactions: () => import('./transactions/TransactionsCalculator.svelte')
};

/** The component, title and introduction of calculator `id`'s page in `locale`. */
export async function loadCalculatorPage(id: CalculatorId, locale: Locale) {
	const { default: component, messages } = await modules[id]();
	return { component, title: messages[locale].title, intro: messages[locale].intro };
}
