/**
 * The points calculator's sections below its figures, the liability chart and the expiry
 * comparison: they load with those sections (their headings are in `points`).
 */
const pointsSections = {
	timeline: {
		body: 'An accountant books the points members have earned but not yet used as a debt: what redeeming them is expected to cost. That is the dashed line. There is another way to see it: the programme is an investment in members, repaid as they stay longer and spend more — the solid line adds up, in today’s money, how much more a member has been worth so far than without the programme.',
		title: 'Points liability on the books and CLV gained so far, per member',
		liability: 'Points liability (accounting view)',
		gain: 'CLV gained so far (investment view)',
		summary: (peak: string, gain: string, periods: string) =>
			`The liability peaks at ${peak}; the CLV gain reaches ${gain} after ${periods}.`,
		period: (unit: string) => unit.charAt(0).toUpperCase() + unit.slice(1)
	},
	expiry: {
		body: 'Expiry raises breakage, so rewards cost less and the liability shrinks — the accounting view improves. But members with no balance to lose have less reason to stay, so part of the retention effect goes — the investment view may get worse. The table runs the same programme both ways.',
		figure: 'Figure',
		never: 'Never expire',
		after: (months: string) => `Expire after ${months}`,
		change: 'Change',
		rows: {
			breakage: 'Breakage',
			costPerMember: (unit: string) => `Programme cost per member per ${unit}`,
			effectiveRetentionUplift: 'Retention uplift that takes effect',
			peakLiability: 'Peak points liability',
			liabilityAtHorizon: 'Points liability at the end',
			clvWith: 'CLV with the programme',
			netEffect: 'Net effect on CLV'
		},
		verdictWorse: (saved: string, unit: string, lost: string) =>
			`Expiry saves ${saved} per member per ${unit} in rewards but costs ${lost} of CLV: members leave sooner without a balance to protect.`,
		verdictBetter: (saved: string, unit: string, gained: string) =>
			`Here expiry pays: it saves ${saved} per member per ${unit} and CLV rises by ${gained}, because little of the retention effect depends on the balance.`,
		verdictSame: 'Here expiry makes no difference to CLV.',
		chartTitle: 'Peak liability and net CLV effect under each rule, per member',
		chartSummary: (never: string, after: string) =>
			`Net effect on CLV: ${never} if points never expire, ${after} with expiry.`,
		rule: 'Rule'
	}
};

export default pointsSections;
