/**
 * What-if levers of the referral calculator: one small change at a time to referring, converting,
 * staying and the reward, each applied to every customer, with its effect on total value.
 */
import { ModelInputError } from '$lib/model/errors';
import { projectReferral } from '$lib/model/referral/expected';
import type { CustomerBehaviour, ReferralParams } from '$lib/model/referral/params';

export type ReferralLeverId = 'referralRate' | 'conversion' | 'retention' | 'reward';

export type ReferralLever =
	/** `delta`: change in total value (NPV over the horizon), money. */
	| { readonly id: ReferralLeverId; readonly kind: 'finite'; readonly delta: number }
	/** The input is already at its limit (retention or conversion of 100%, no reward to cut). */
	| { readonly id: ReferralLeverId; readonly kind: 'at-limit' }
	/** The change makes the chain pass 10¹² customers within the horizon. */
	| { readonly id: ReferralLeverId; readonly kind: 'too-many' };

type Change = (b: CustomerBehaviour) => CustomerBehaviour;

const leverChanges: Record<Exclude<ReferralLeverId, 'reward'>, Change> = {
	/** +10% recommendations per period. */
	referralRate: (b) => ({ ...b, referralRate: Math.min(100, b.referralRate * 1.1) }),
	/** +1 percentage point of conversion. */
	conversion: (b) => ({ ...b, conversion: Math.min(1, b.conversion + 0.01) }),
	/** +1 percentage point of retention. */
	retention: (b) => ({ ...b, retention: Math.min(1, b.retention + 0.01) })
};

function changed(p: ReferralParams, id: ReferralLeverId): ReferralParams | undefined {
	if (id === 'reward') {
		return p.referralReward > 0 ? { ...p, referralReward: p.referralReward * 0.9 } : undefined;
	}
	const change = leverChanges[id];
	const first = change(p.first);
	const referred = p.referred === null ? null : change(p.referred);
	const same = (a: CustomerBehaviour, b: CustomerBehaviour) => a[id] === b[id];
	const moved = !same(first, p.first) || (p.referred !== null && !same(referred!, p.referred));
	return moved ? { ...p, first, referred } : undefined;
}

/**
 * Each lever's change in total value against `baseValue` (the projection's total value), best
 * first; levers at their limit or that explode come last. Changes: +10% referral rate, +1 point of
 * conversion, +1 point of retention, −10% reward (conversion assumed unchanged).
 *
 * @example
 * referralLevers(params, projectReferral(params).totals.totalValue)[0] //=> { id: 'retention', kind: 'finite', delta: … }
 */
export function referralLevers(params: ReferralParams, baseValue: number): ReferralLever[] {
	const ids: ReferralLeverId[] = ['referralRate', 'conversion', 'retention', 'reward'];
	const levers = ids.map((id): ReferralLever => {
		const next = changed(params, id);
		if (!next) return { id, kind: 'at-limit' };
		try {
			return { id, kind: 'finite', delta: projectReferral(next).totals.totalValue - baseValue };
		} catch (error) {
			if (!(error instanceof ModelInputError)) throw error;
			return { id, kind: 'too-many' };
		}
	});
	const rank = (l: ReferralLever) => (l.kind === 'finite' ? 0 : 1);
	return levers.sort((a, b) =>
		a.kind === 'finite' && b.kind === 'finite' ? b.delta - a.delta : rank(a) - rank(b)
	);
}
