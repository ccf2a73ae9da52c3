/**
 * A small seeded pseudo-random generator for the labs, so that a run with the same seed repeats exactly (in one
 * browser engine). Mulberry32: 32 bits of state, fast, and good enough for sampling batches and initial weights; not
 * for anything that must be unpredictable.
 */

/** A seeded generator: each call returns the next number in [0, 1). Any finite seed works; it is taken modulo 2³². */
export function createRandom(seed: number): () => number {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Derives an independent seed from a seed and any number of whole numbers (a step, a batch index): the same inputs
 * always give the same seed, and neighbouring inputs give unrelated ones. Lets a training run draw step n's batch
 * without replaying the n − 1 batches before it, so a run paused, saved and resumed repeats one that never stopped.
 */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let hash = Math.trunc(seed) >>> 0;
  for (const part of parts) {
    hash = Math.imul(hash ^ (Math.trunc(part) >>> 0), 0x9e3779b1) >>> 0;
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b) >>> 0;
    hash ^= hash >>> 13;
  }
  return hash >>> 0;
}

/** A standard normal sample (Box–Muller) from a uniform generator. */
export function randomNormal(random: () => number): number {
  // 1 − u lies in (0, 1], so the logarithm is finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
