/**
 * The numbers of the referral workshop theme: its class cases as the articles state them, and
 * the worksheet's numbers, each computed from the model when the page is built.
 */
import type { Locale } from '$lib/i18n/locales';
import {
	customerReferralValue,
	expectedHeadCount,
	referralCaseTable,
	referralPresets,
	softwareVendorCase,
	viralCoefficient
} from '$lib/model/referral';
import { finite } from '../../text';

const kOf = (referralRate: number, conversion: number, retention: number) =>
	finite(
		viralCoefficient(
			{ ...referralPresets['software-chain'].params.first, referralRate, conversion, retention },
			1
		).lifetime
	);

export function referralFigures(locale: Locale) {
	const currency = locale === 'zh' ? 'CNY' : 'USD';

	// The class cases, as the article states them.
	const table = referralCaseTable(softwareVendorCase);
	const { ownSales, referralSales } = table.totals;
	const y1 = table.years[0]!;
	const chain = referralPresets['software-chain'].params;
	const k = kOf(chain.first.referralRate, chain.first.conversion, chain.first.retention);
	const chainTotal = finite(expectedHeadCount(chain));
	const fitted = referralPresets['software-vendor'].params;
	const k0 = finite(viralCoefficient(fitted.first, fitted.lag).lifetime);
	const kr = finite(viralCoefficient(fitted.referred!, fitted.lag).lifetime);
	const fittedTotal = finite(expectedHeadCount(fitted));

	// Worksheet numbers.
	const kBase = kOf(0.5, 0.2, 0.75);
	const kRetention = kOf(0.5, 0.2, 0.8);
	const kRate = kOf(0.6, 0.2, 0.75);
	const mixed = 1 + 3 / (1 - 0.5);
	const { acquisitionCost, referralReward } = softwareVendorCase;
	const average = (acquisitionCost + 3 * referralReward) / 4;
	const influence = customerReferralValue(
		[
			{
				period: 1,
				count: 10,
				wouldJoinAnyway: false,
				margin: 1_500,
				incentive: 100,
				acquisitionSaving: 400
			},
			{
				period: 1,
				count: 2,
				wouldJoinAnyway: true,
				margin: 0,
				incentive: 0,
				acquisitionSaving: 400
			}
		],
		0
	).value;

	return {
		currency,
		ownSales,
		referralSales,
		y1,
		k,
		chainTotal,
		k0,
		kr,
		fittedTotal,
		kBase,
		kRetention,
		kRate,
		mixed,
		acquisitionCost,
		referralReward,
		average,
		influence
	};
}

export type ReferralFigures = ReturnType<typeof referralFigures>;
