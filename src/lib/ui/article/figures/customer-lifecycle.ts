/**
 * The figures "The customer lifecycle" quotes, computed as the lifecycle calculator computes its
 * presets (and as the Teach page's class cases open them). Imported by the article with
 * `?build-time` (src/lib/build-time/vite-plugin.ts): plain values in the browser.
 */
import { computeCampaign, computeLifecycle } from '$lib/calculators/lifecycle/compute';
import { presetInputs } from '$lib/calculators/lifecycle/presets';
import type { Locale } from '$lib/i18n/locales';
import { having } from './steps';
import en from '$lib/i18n/messages/en/lifecycle';
import zh from '$lib/i18n/messages/zh/lifecycle';

const stageIds = ['exploration', 'formation', 'stability', 'decline'] as const;
type StageId = (typeof stageIds)[number];

function figures(locale: Locale) {
	const names: Record<string, string> = (locale === 'zh' ? zh : en).stateNames;
	const nameOf = (id: string, preset: string) => names[`${preset}:${id}`] ?? names[id] ?? id;

	// The relationship lifecycle (exploration → formation → stability → decline), quarterly.
	const relationship = presetInputs('relationship', locale, nameOf);
	const view = computeLifecycle(relationship);
	const byStage = <T>(of: (index: number, id: StageId) => T) =>
		Object.fromEntries(
			stageIds.map((id) => [
				id,
				of(
					relationship.states.findIndex((s) => s.id === id),
					id
				)
			])
		) as Record<StageId, T>;
	const value = byStage((k) => having(view.infinite, 'values').values[k]!);
	const quartersLeft = byStage(
		(_, id) =>
			having(
				view.churn.find((t) => t.id === id)!,
				'periods'
			).periods
	);
	const profitPerQuarter = byStage(
		(k) => relationship.states[k]!.revenue - relationship.states[k]!.cost
	);
	const stages = stageIds.map((id) => ({ id, name: nameOf(id, 'relationship') }));
	const newValue = value.exploration;
	const declineValue = value.decline;
	const worthMore =
		Math.abs(newValue - declineValue) < 0.1 * Math.max(newValue, declineValue)
			? 'same'
			: newValue > declineValue
				? 'new'
				: 'declining';

	// Retail recency stages: the preset's points-expiry reminder for dormant customers.
	const retail = presetInputs('retail-recency', locale, nameOf);
	const campaign = computeCampaign(retail);
	return {
		stages,
		value,
		quartersLeft,
		profitPerQuarter,
		newValue,
		declineValue,
		worthMore,
		retail: { cohortSize: retail.cohortSize, months: retail.months },
		reminder: retail.campaign,
		campaign: { totals: campaign.totals },
		roi: campaign.roi.kind === 'finite' ? campaign.roi.value : 0
	};
}

export const figuresEn = figures('en');
export const figuresZh = figures('zh');
