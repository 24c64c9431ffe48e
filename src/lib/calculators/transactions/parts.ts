/** What every section of the results is given: the analysis, the page's texts and its language. */
import type { Locale } from '$lib/i18n/locales';
import type { Texts } from './format';
import type { BtydAnalysis } from './protocol';

export interface AnalysisProps<T = Texts> {
	analysis: BtydAnalysis;
	/** The page's words (a section adds its own: `sectionTexts`). */
	t: T;
	locale: Locale;
}
