/**
 * Query keys the share-link codec (`./codec.ts`) itself uses; a schema must not use them. Apart
 * from the codec so that a page can name them (a link notice's labels, `./field-labels.ts`)
 * without loading the codec, which a page needs only once it reads or writes a link.
 */
export const versionKey = 'v';
export const checkKey = 'k';
/** The preset a short link starts from (see the codec's module comment). */
export const presetKey = 'p';
