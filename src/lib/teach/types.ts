/**
 * The workshop kit: for each theme a 120-minute run sheet for the trainer, a student worksheet
 * with numeric exercises and a separate answer key. Built per locale by `themes/<id>/`, with every
 * number computed from the model (so the answer key and the calculators agree).
 */
import type { Locale } from '$lib/i18n/locales';

export const themeIds = ['clv-basics', 'referral', 'lifecycle-loyalty'] as const;
export type ThemeId = (typeof themeIds)[number];

/** Something a block shows: a class case in presentation mode, or an article. */
export type WorkshopLink =
	| {
			readonly kind: 'case';
			readonly calculator: string;
			readonly preset: string;
			readonly label: string;
			/**
			 * The address that presents the case, added when the run sheet is built
			 * (`loadKitRunSheet`), so the page's script does not carry every calculator's presets.
			 */
			readonly href?: string;
	  }
	| { readonly kind: 'article'; readonly slug: string; readonly label: string };

export interface WrongGuess {
	/** What people in the room usually say. */
	readonly guess: string;
	/** How to answer it. */
	readonly reply: string;
}

/** One row of the run sheet. Minutes count from the start of the session. */
export interface RunBlock {
	readonly start: number;
	readonly minutes: number;
	readonly title: string;
	/** What to do and show. */
	readonly show: string;
	readonly links: readonly WorkshopLink[];
	/** The question to put to the room, if any. */
	readonly ask?: string;
	readonly wrong?: readonly WrongGuess[];
}

export type ExerciseKind = 'compute' | 'predict' | 'interpret';

export interface Exercise {
	readonly id: string;
	readonly kind: ExerciseKind;
	readonly question: string;
	/** The answer key's text. */
	readonly answer: string;
	/** The working, step by step, for the answer key. */
	readonly working?: string;
	/** The numeric answer, where there is one (checked by the unit test). */
	readonly value?: number;
}

export interface WorkshopTheme {
	readonly id: ThemeId;
	readonly title: string;
	readonly summary: string;
	/** Articles to read before or after the session. */
	readonly articles: readonly string[];
	readonly blocks: readonly RunBlock[];
	readonly exercises: readonly Exercise[];
}

export type ThemeBuilder = (locale: Locale) => WorkshopTheme;
