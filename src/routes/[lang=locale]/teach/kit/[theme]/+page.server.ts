import { kitEntries, loadKitRunSheet } from '$lib/teach/routes.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = kitEntries;

export const load: PageServerLoad = ({ params }) => loadKitRunSheet(params);
