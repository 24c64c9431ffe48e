/**
 * Importing this module provides the referral model to the page (`model.svelte.ts`): the sections
 * below the fold import it, so a section never wakes before the model is there to fill its view.
 */
import * as model from './model-code';
import { referralModel } from './model.svelte';

referralModel.provide(model);
