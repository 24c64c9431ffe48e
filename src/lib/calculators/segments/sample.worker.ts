/**
 * Web Worker that generates and scores the calculator's sample customers (a step of the
 * customer-count slider, another seed, any sample setting) off the page's main thread. It speaks
 * the site's worker protocol (`$lib/state/mc-protocol`): the page posts the inputs, the worker
 * answers with the sample's statistics, packed (`sample-pack.ts`).
 */
import { serveSimulations } from '$lib/state/mc-protocol';
import { workSample } from './sample-worker';

serveSimulations(workSample);
