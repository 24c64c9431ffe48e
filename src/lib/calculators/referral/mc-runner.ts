/**
 * The runner that drives the referral Monte-Carlo from the page: the generic `McRunner` with this
 * calculator's worker; progress counts simulated chains.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/referral-sections';
import zh from '$lib/i18n/messages/zh/referral-sections';
import type { MonteCarloSummary } from '$lib/model/referral/montecarlo';
import type { ReferralParams } from '$lib/model/referral/params';
import type { ReferralTotals } from '$lib/model/referral/totals';
import { McRunner } from '$lib/state/mc-runner.svelte';
import { bandOf, simulatedHeadline, type ReferralJob, type SimulatedHeadline } from './mc-protocol';

export { referralJob } from './mc-protocol';

export type ReferralRunner = McRunner<ReferralJob, MonteCarloSummary>;

export const createReferralRunner = (delay?: number): ReferralRunner =>
	new McRunner<ReferralJob, MonteCarloSummary>(
		() => new Worker(new URL('./mc.worker.ts', import.meta.url), { type: 'module' }),
		{ delay, size: (job) => job.runs }
	);

/**
 * The headline from a finished simulation of `params` (`simulatedHeadline`) with the words that
 * tell it (they load with this code), or `undefined` when it simulated another horizon.
 */
export function simulatedOf(
	summary: MonteCarloSummary,
	params: ReferralParams,
	totals: Pick<ReferralTotals, 'ownValue' | 'totalValue' | 'customersAcquired'>,
	locale: Locale
): (SimulatedHeadline & { words: (typeof en)['simulatedHeadline'] }) | undefined {
	const band = bandOf(summary);
	if (band.mean.length !== params.horizon) return undefined;
	const words = pick(locale, en, zh).simulatedHeadline;
	return { ...simulatedHeadline(band, params, totals), words };
}
