import { calculatorIds, type CalculatorId } from '$lib/calculators/ids';
import { loadCalculatorPage } from '$lib/calculators/pages';
import { locales, type Locale } from '$lib/i18n/locales';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	locales.flatMap((lang) => calculatorIds.map((id) => ({ lang, id })));

// The matchers guarantee both: anything else is the 404 page.
export const load: PageLoad = ({ params }) =>
	loadCalculatorPage(params.id as CalculatorId, params.lang as Locale);
