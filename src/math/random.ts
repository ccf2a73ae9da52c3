/**
 * Seeded pseudo-random numbers for the labs: the same seed gives the same numbers on every visit, in every browser, so
 * that a link reproduces a lab's draws and a test can hold their values. Not for anything secret.
 *
 * The generator is mulberry32 (Tommy Ettinger, public domain): 32 bits of state, integer arithmetic only
 * (Math.imul and unsigned shifts), so its output is exact and identical across JavaScript engines, unlike anything
 * built on Math.exp or Math.sin. It passes the usual small statistical batteries, which is all a lab needs.
 * Written here rather than imported: the package versions of it are one function each, and an extra dependency
 * would be larger than the code.
 */

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/** 2^32, the number of distinct mulberry32 outputs. */
const TWO_TO_32 = 4294967296;

/**
 * mulberry32 seeded with `seed` (any number; only its low 32 bits count, so 1 and 2^32 + 1 give the same stream).
 * Each call returns the next uniform number in [0, 1), a multiple of 2^-32.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / TWO_TO_32;
  };
}

/** A 32-bit FNV-1a hash of `text` (UTF-16 code units), to seed a generator with a name such as a question id. */
export function hashSeed(text: string): number {
  let value = 0x811c9dc5;
  for (let position = 0; position < text.length; position += 1) {
    value ^= text.charCodeAt(position);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The first `count` numbers of `random`, in order. */
export function takeUniforms(random: RandomSource, count: number): number[] {
  return Array.from({ length: count }, () => random());
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

/** A standard normal sample (Box–Muller) from a uniform generator: initial weights of the GPT lab. */
export function randomNormal(random: RandomSource): number {
  // 1 − u lies in (0, 1], so the logarithm is finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
