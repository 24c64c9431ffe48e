/** Strings of the article components (objectives, predict-then-reveal, self-check, summary). */
const article = {
	objectives: {
		heading: 'What you will learn',
		lead: 'By the end of this article you should be able to:'
	},
	predict: {
		kicker: 'Predict, then reveal',
		hint: 'Commit to a guess first; the answer appears when you reveal it.',
		estimate: 'Your estimate',
		reveal: 'Reveal the answer',
		chooseFirst: 'Choose an answer to unlock the reveal.',
		typeFirst: 'Type a number to unlock the reveal.',
		notNumber: 'Please type a number using digits, for example 1500.',
		right: 'You got it.',
		notQuite: 'Not quite.',
		answerIs: 'The answer:',
		yourGuess: 'Your guess:',
		close: 'Within the margin: well estimated.',
		off: (by: string) => `Off by ${by} of the answer.`
	},
	selfCheck: {
		heading: 'Check yourself',
		lead: 'Answer each question in your head first, then open it to compare.',
		show: 'Show answer',
		hide: 'Hide answer'
	},
	summary: {
		heading: 'Summary'
	},
	table: {
		scroll: 'Scroll sideways to see the whole table'
	}
};

export default article;
