/**
 * Property tests run from a fixed seed by default, so `npm test` gives the same verdict on every
 * machine and a red CI can be replayed exactly. To explore new random cases, set FC_SEED:
 *   FC_SEED=$RANDOM npm run test:unit
 * A failure prints its seed and counterexample; keep the counterexample as a plain test.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261123);
fc.configureGlobal({ seed: Number.isInteger(seed) ? seed : 20261123 });
