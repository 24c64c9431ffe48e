/** Names and one-line summaries of the calculators, keyed by calculator id. */
const calculators = {
	clv: {
		title: 'Customer lifetime value',
		summary:
			'Every textbook CLV formula on the same inputs, with the arithmetic shown, the payback point and which lever is worth most.'
	}
};

export default calculators;
