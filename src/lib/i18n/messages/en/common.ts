/**
 * Site-wide UI strings (shell, navigation, index pages). The zh file must match this shape. The
 * home page's own words are in `home` (only that page loads them).
 */
const common = {
	siteName: 'CLV Lab',
	siteTagline: 'Learn customer lifetime value by playing with it',

	skipToContent: 'Skip to main content',
	nav: {
		label: 'Main',
		home: 'Home',
		learn: 'Learn',
		calculate: 'Calculate',
		teach: 'Teach',
		glossary: 'Glossary'
	},
	languageSwitch: {
		label: 'Language',
		to: '中文',
		hint: 'Read this page in Chinese'
	},
	theme: {
		dark: 'Dark theme',
		hint: 'Switch between light and dark; by default the site follows your system setting'
	},
	footer: {
		about:
			'CLV Lab teaches customer lifetime value with live calculators. Everything runs in your browser: no account, no tracking, no data leaves the page.',
		languages: 'Also in'
	},
	minutes: (n: number) => `${n} min read`,
	article: {
		backToIndex: 'All articles',
		related: 'Related calculators'
	}
};

export default common;
