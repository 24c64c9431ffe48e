/**
 * Importing this module provides the sBG model to the page (`model.svelte.ts`): the sections below
 * the fold import it, so a section never wakes before the model is there to fill its view.
 */
import { computeSubscription } from './compute';
import { sbgModel } from './model.svelte';

sbgModel.provide(computeSubscription);
