/** The home page's own words (its title, lead and the three ways in); the shell's are in `common`. */
const home = {
	title: 'What is one customer worth?',
	lead: 'A customer is not one sale. They buy again, buy more, buy other things and bring their friends. Customer lifetime value (CLV) adds all of that up, in today’s money, after the cost of winning them. CLV Lab explains the idea and lets you test it with your own numbers.',
	tryIt: 'Try it',
	tryLead:
		'A customer who spends every year and stays with some probability is worth the present value of all the margins they may still bring. We count them at the start of each period, the first one today: m(1 + i) ÷ (1 + i − r). The m·r ÷ (1 + i − r) often quoted in the literature is the end-of-period version, which leaves out today’s margin. Move the sliders: retention changes the answer most.',
	fullCalculator: 'Open the full calculator: every formula, charts and what-if levers',
	doors: 'Where to start',
	learnDoor: 'Short articles, from the basic idea to loyalty programmes and segmentation.',
	calculateDoor: 'Calculators for CLV and the models built on it, with the arithmetic shown.',
	teachDoor: 'Course outline and live calculators for running a workshop.'
};

export default home;
