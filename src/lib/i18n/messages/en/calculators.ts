/** Names and one-line summaries of the calculators, keyed by calculator id. */
const calculators = {
	clv: {
		title: 'Customer lifetime value',
		summary:
			'Every textbook CLV formula on the same inputs, with the arithmetic shown, the payback point and which lever is worth most.'
	},
	lifecycle: {
		title: 'Customer lifecycle simulator',
		summary:
			'A Markov chain of lifecycle stages: a state diagram you can edit, a cohort followed month by month, lifetime value by stage, a Monte-Carlo check and what a campaign would return.'
	}
};

export default calculators;
