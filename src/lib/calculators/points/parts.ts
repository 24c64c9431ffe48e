/** What the points calculator's result parts (headline, key figures) are given. */
import type { Locale } from '$lib/i18n/locales';
import type pointsEn from '$lib/i18n/messages/en/points';
import type wordsEn from '$lib/i18n/messages/en/words';
import type { PointsView } from './compute';
import type { PointsInputs } from './fields';

export interface PartProps {
	view: PointsView;
	inputs: PointsInputs;
	locale: Locale;
	t: typeof pointsEn;
	words: typeof wordsEn;
	/** The period's name ("month"). */
	unitName: string;
}
