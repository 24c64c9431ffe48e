import { kitEntries, loadKitTheme } from '$lib/teach/routes.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = kitEntries;

export const load: PageServerLoad = ({ params }) => loadKitTheme(params);
