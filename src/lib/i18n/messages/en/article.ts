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
		wrong: 'Not this one.',
		answerIs: 'The answer:',
		yourGuess: 'Your guess:',
		close: 'Within the margin: well estimated.',
		off: (by: string, high: boolean) =>
			`Your estimate is ${by} ${high ? 'above' : 'below'} the answer.`,
		wrongBy: (chose: string, actual: string) =>
			`Not this one: your choice stands for ${chose}; the answer is ${actual}.`
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
	},
	references: {
		heading: 'References'
	},
	hands: {
		heading: 'Show of hands',
		lead: 'How many in the room chose each answer? Type the counts; the bars follow.',
		count: (label: string) => `Hands for “${label}”`,
		bar: (count: number, share: string) => `${count} (${share})`,
		total: (n: number) => (n === 1 ? '1 hand counted.' : `${n} hands counted.`),
		invalid: 'Type a whole number from 0.',
		right: 'right answer',
		summary: (right: number, total: number, share: string) =>
			`${right} of ${total} chose the right answer (${share}).`,
		unlock: 'Count the hands (or choose an answer) to unlock the reveal.',
		room: 'Most of the room chose:'
	},
	timeline: {
		caption: (m: string, r: string, i: string) =>
			`One customer, three clocks: when each margin arrives and how likely it is to arrive (m = ${m}, r = ${r}, i = ${i})`,
		lead: 'Each row is the same customer: a margin m in every period they are still a customer, and a chance r of staying from one period to the next. Only the timing differs.',
		at: (t: number) => (t === 0 ? 'today' : `end of period ${t}`),
		none: 'no margin',
		bites: (at: string) => `Retention first counts at the ${at}.`,
		expected: (symbol: string, value: string) => `${symbol} = ${value}`
	},
	identities: {
		heading: 'How the three values are related',
		end: (end: string, start: string, m: string) =>
			`End of period = start of period − m: ${end} = ${start} − ${m}. The two streams are identical except for today’s margin, which the end-of-period convention does not count.`,
		certain: (certain: string, start: string, onePlusI: string) =>
			`First margin certain = start of period ÷ (1 + i): ${certain} = ${start} ÷ ${onePlusI}. It is the start-of-period stream with every margin one period later, so each is discounted once more.`
	}
};

export default article;
