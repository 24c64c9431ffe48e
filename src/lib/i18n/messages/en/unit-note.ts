/**
 * The note after a change of time unit (`UnitChangeNote`, loaded when it shows); `unit` is a
 * unit id (month, quarter, year).
 */
const unitNote = {
	title: (from: string, to: string) => `Now counted in ${plural(to)}, not ${plural(from)}`,
	intro: 'The inputs were converted so they describe the same customer; the result still moves:',
	column: (unit: string) => `In ${plural(unit)}`,
	measure: 'Measure',
	keep: (unit: string) => `Go back to ${plural(unit)}`,
	dismiss: (unit: string) => `Keep ${plural(unit)}`,
	/** Why the same customer's CLV differs in a longer period (timing by timing). */
	reason: (timing: string, longer: string, shorter: string) => {
		const adj: Record<string, string> = {
			month: 'monthly',
			quarter: 'quarterly',
			year: 'yearly'
		};
		const [l, s] = [adj[longer] ?? longer, adj[shorter] ?? shorter];
		if (timing === 'end-of-period')
			return `In ${l} steps a customer pays nothing until they have stayed a whole ${longer}, and that ${longer}’s margin arrives at its end; in ${s} steps margin comes every ${shorter} they stay.`;
		if (timing === 'end-first-certain')
			return `In ${l} steps the first ${longer}’s margin is certain but arrives at its end, and a customer can leave only once a ${longer}; in ${s} steps margin comes every ${shorter} and a customer can leave after any ${shorter}.`;
		return `In ${l} steps a whole ${longer}’s margin arrives at its start and a customer can leave only when the ${longer} ends; in ${s} steps margin comes ${shorter} by ${shorter} and a customer can leave after any ${shorter}.`;
	},
	direction: { higher: 'higher', lower: 'lower' } as Record<string, string>,
	/** `unit`: the id of the period now used; `measure`: what moved (CLV by default). */
	so: (direction: string, unit: string, measure = 'CLV') => {
		const plural: Record<string, string> = {
			month: 'months',
			quarter: 'quarters',
			year: 'years'
		};
		// mid-sentence: "the net effect…", but "CLV" stays as it is
		const what = /^[A-Z][a-z]/.test(measure)
			? `the ${measure.charAt(0).toLowerCase()}${measure.slice(1)}`
			: measure;
		return `That is why ${what} is ${direction} counted in ${plural[unit] ?? unit}.`;
	},
	same: 'Here the two come out the same.'
};

function plural(unit: string): string {
	return (
		({ month: 'months', quarter: 'quarters', year: 'years' } as Record<string, string>)[unit] ??
		unit
	);
}

export default unitNote;
