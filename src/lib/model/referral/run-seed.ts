/**
 * Independent seeds for the runs of a simulation.
 */

/** Murmur3's 32-bit finaliser: every input bit affects every output bit. */
function mix32(x: number): number {
	let h = x >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The seed of run number `run` of a simulation seeded with `seed`: a hash of both, so each run has
 * its own stream whatever batches the runs are processed in (or which worker runs them), and nearby
 * runs or seeds give unrelated streams. Hash: Murmur3 fmix32 (Appleby, public domain).
 *
 * @example
 * runSeed(42, 0) === runSeed(42, 0) //=> true; runSeed(42, 1) is unrelated to it
 */
export function runSeed(seed: number, run: number): number {
	return mix32(mix32(seed) ^ Math.imul(run + 1, 0x9e3779b1));
}
