/**
 * Importing this module provides the chain model to the page (`model.svelte.ts`): the sections
 * below the fold import it, so a section never wakes before the model is there to fill its view.
 */
import { chainCodec } from './codec';
import { computeCampaign, computeLifecycle } from './compute';
import { chainModel } from './model.svelte';

chainModel.provide({ view: computeLifecycle, campaign: computeCampaign, codec: chainCodec });
