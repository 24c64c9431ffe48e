/**
 * The index pages' words: Learn, Calculate, Teach and Glossary (only those pages load them; the
 * shell's words are in `common`).
 */
const indexPages = {
	learn: {
		title: 'Learn',
		intro:
			'Short articles that explain one idea at a time and let you try it on live calculators. Read them in order or jump to what you need.',
		articlesHeading: 'Articles',
		uses: 'Calculators used'
	},
	calculate: {
		title: 'Calculate',
		intro:
			'Stand-alone calculators. Each one shows its formula with your numbers, a chart with a table alternative, and what-if levers. Scenarios live in the page address, so a link shares exactly what you see.',
		open: 'Open'
	},
	teach: {
		title: 'Teach',
		intro:
			'Material for running a workshop: the articles in course order with what each one teaches, and the calculators a room can open on their phones.',
		course: 'Course outline',
		calculators: 'Calculators to use live',
		tips: 'Teaching tips',
		tipList: [
			'Ask the room to predict a result before you move a slider; then reveal it.',
			'Every calculator state is in the page address: copy the link and share it so everyone sees the same scenario.',
			'Zoom the browser (Ctrl and +) for the back of the room; the layout reflows and stays readable.'
		]
	},
	glossary: {
		title: 'Glossary',
		intro: 'The terms the site uses, in Chinese and English, each with a one-line definition.',
		term: 'Term',
		definition: 'Definition',
		usedIn: 'Used in'
	}
};

export default indexPages;
