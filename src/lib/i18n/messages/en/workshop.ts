/** Strings of the workshop kit (Teach page section, run sheets, worksheets, answer keys). */
const workshop = {
	heading: 'Workshop kit',
	intro:
		'Everything for a two-hour session on one theme: a run sheet for the trainer (timings, what to show, the question for the room, the usual wrong guesses and how to answer them), a worksheet for the students and a separate answer key. Each part prints on its own; every number comes from the same models as the calculators.',
	hands:
		'In presentation mode, each multiple-choice prediction in the articles takes a show of hands: type how many in the room chose each option, the screen draws the distribution, then reveal the answer.',
	parts: {
		'run-sheet': 'Run sheet',
		worksheet: 'Worksheet',
		answers: 'Answer key'
	},
	partOf: (part: string, theme: string) => `${part}: ${theme}`,
	minutes: '120 minutes',
	time: (start: number, end: number) => `${start}–${end} min`,
	show: 'What to show',
	ask: 'Ask the room',
	wrong: 'Usual wrong guesses',
	guess: 'They say',
	reply: 'Answer',
	open: 'Open',
	openCase: (title: string) => `Present: ${title}`,
	reading: 'Reading for the session',
	otherParts: 'The other parts',
	kinds: {
		compute: 'Compute',
		predict: 'Predict, then compute',
		interpret: 'Interpret'
	},
	name: 'Name',
	date: 'Date',
	worksheetLead:
		'Show your working. For a “predict” exercise, write your prediction down before you compute.',
	answerSpace: 'Your working and answer',
	answersLead: 'For the trainer: print it separately from the worksheet.',
	working: 'Working',
	answer: 'Answer',
	question: (n: number) => `Exercise ${n}`,
	back: 'Back to Teach'
};

export default workshop;
