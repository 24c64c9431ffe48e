/**
 * The referral model's code the page fetches after it is live (`model.svelte.ts`): the view of any
 * scenario, and why a change of time unit changes the result (both run the projection).
 */
export { computeReferral } from './compute';
export { referralUnitReason } from './unit-note';
