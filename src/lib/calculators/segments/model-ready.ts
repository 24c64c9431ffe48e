/**
 * Importing this module provides the segmentation model to the page (`model.svelte.ts`): the
 * sections below the first screen import it, so a section never wakes before the model is there
 * to fill its view.
 */
import * as engine from './engine';
import { segmentsModel } from './model.svelte';

segmentsModel.provide(engine);
