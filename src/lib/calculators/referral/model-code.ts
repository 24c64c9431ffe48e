/**
 * The referral model's code the page fetches after it is live (`model.svelte.ts`): the view of any
 * scenario, and the note after a change of time unit (it runs the projection).
 */
export { computeReferral } from './compute';
export { referralUnitChangeNote } from './unit-change-note';
