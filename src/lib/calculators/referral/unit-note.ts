/**
 * What the shared unit-change note cannot know about the referral model: besides when margin
 * arrives (the kit's sentence), a change of unit moves the result because recommendations are
 * counted period by period too, and because the cycle time must be a whole number of periods.
 *
 * In the model a customer active in period t makes ρ recommendations in that period — the whole
 * period's worth, even in the period it then leaves — and those that convert join L periods later.
 * In longer periods a customer who leaves part-way through still recommends for the whole period,
 * so the same customer brings in more customers: K = ρ·c/(1 − r) is higher counted in years than
 * in months (12(1 − r_m)/(1 − r_m¹²) ≥ 1 times, with ρ scaled by the period's length and r
 * compounded). The cycle time is rounded to whole periods of the new unit (at least one), so a
 * one-month cycle counted in quarters takes a quarter.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/referral-sections';
import zh from '$lib/i18n/messages/zh/referral-sections';
import { projectReferral } from '$lib/model/referral/expected';
import { periodsPerYear, type TimeUnit } from '$lib/model/time';
import { toParams, type ReferralInputs } from './fields';
import { multiple, type ReferralMessages } from './format';

/** Whether any customer's recommendations can bring someone in. */
const refers = (inputs: ReferralInputs) =>
	inputs.fRate * inputs.fConversion > 0 ||
	(inputs.same === 'no' && inputs.rRate * inputs.rConversion > 0);

/** Whether anyone makes a first purchase (paid on joining, whatever the unit). */
const buysFirst = (inputs: ReferralInputs) =>
	inputs.fFirst > 0 || (inputs.same === 'no' && inputs.rFirst > 0);

/** K of the first customers, or undefined when it has no finite value (or the inputs are refused). */
function firstK(inputs: ReferralInputs): number | undefined {
	try {
		const k = projectReferral(toParams(inputs)).viral.first.lifetime;
		return k.kind === 'finite' ? k.value : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The sentences to add to the unit-change note after a change from `before` to `after` (the same
 * customer in another unit): that the first purchase is paid on joining in either unit (the kit's
 * sentence speaks of the purchases that wait for a whole period), and, when anyone refers, how
 * recommendations are counted and whether the cycle time had to be rounded. Undefined when there
 * is nothing to add. The K figures are those of
 * the first customers (K₀ when referred customers refer differently).
 */
export function referralUnitReason(
	before: ReferralInputs,
	after: ReferralInputs,
	t: ReferralMessages,
	locale: Locale
): string | undefined {
	if (before.unit === after.unit) return undefined;
	// its words load with it (the model's code), not with the page
	const reason = pick(locale, en, zh).unitChangeReason;
	// the kit's sentence is about the purchases that come with each period a customer stays
	const first = buysFirst(before) ? reason.first : undefined;
	if (!(refers(before) || refers(after))) return first;
	const longerFirst = periodsPerYear[before.unit] < periodsPerYear[after.unit];
	const [longer, shorter] = longerFirst ? [before, after] : [after, before];
	const [kLonger, kShorter] = [firstK(longer), firstK(shorter)].map((k) =>
		k === undefined ? undefined : multiple(k, locale)
	);
	const symbol = before.same === 'yes' ? 'K' : 'K₀';
	const sentences = [
		first,
		reason.counted(longer.unit, shorter.unit),
		kLonger !== undefined && kShorter !== undefined && kLonger !== kShorter
			? reason.k(symbol, kLonger, longer.unit, kShorter, shorter.unit)
			: undefined
	];
	const years = (inputs: ReferralInputs) => inputs.lag / periodsPerYear[inputs.unit];
	if (Math.abs(years(after) - years(before)) > 1e-9) {
		sentences.push(
			reason.lag(
				after.unit as TimeUnit,
				t.duration(before.lag, before.unit),
				t.duration(after.lag, after.unit),
				years(after) > years(before)
			)
		);
	}
	return sentences.filter(Boolean).join(locale === 'zh' ? '' : ' ');
}
