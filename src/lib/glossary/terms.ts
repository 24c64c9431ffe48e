/**
 * Glossary terms in both languages, one file per part of the course. `articles` lists the article
 * slugs that link to a term and `calculators` the calculator ids where it matters, so the glossary
 * can link back to them. Keep definitions to one line. A unit test checks that every `<Term id>`
 * in content/ has an entry.
 */
import type { CalculatorId } from '$lib/calculators/ids';
import { basicsTerms } from './terms-basics';
import { btydTerms } from './terms-btyd';
import { lifecycleTerms } from './terms-lifecycle';
import { loyaltyTerms } from './terms-loyalty';
import { sbgTerms } from './terms-sbg';
import { segmentsTerms } from './terms-segments';

export interface GlossaryTerm {
	readonly id: string;
	readonly zh: { readonly term: string; readonly definition: string };
	readonly en: { readonly term: string; readonly definition: string };
	readonly articles: readonly string[];
	readonly calculators: readonly CalculatorId[];
}

export const glossary: readonly GlossaryTerm[] = [
	...basicsTerms,
	...loyaltyTerms,
	...lifecycleTerms,
	...sbgTerms,
	...segmentsTerms,
	...btydTerms
];
