/**
 * What each panel of a calculator's scenario tools (`KeepPanels`) is given: the saved-scenario
 * store of the calculator, its scenario on screen, the page's language, the panel's texts and the
 * id of the heading that names it.
 */
import type { Locale } from '$lib/i18n/locales';
import type { SavedScenarios } from '$lib/state/saved-scenarios.svelte';
import type { Values } from '$lib/state/scenario-file';
import type { ScenarioKeep } from '$lib/state/summary';

export interface PanelProps<Texts> {
	store: SavedScenarios<Values>;
	keep: ScenarioKeep<Values>;
	locale: Locale;
	t: Texts;
	headingId: string;
}
