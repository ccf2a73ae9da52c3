/**
 * A small seeded pseudo-random generator for labs that sample (a PPO batch, say): the same seed gives the same
 * sequence, so a link with `seed=7` reproduces a run. Math.random cannot be seeded, and a lab needs no more than
 * 32 bits of state, so this is mulberry32 (Tommy Ettinger's 32-bit generator, public domain) rather than a dependency.
 * Reproducible within one engine; src/math/reference/rlhf.py implements the same generator bit for bit.
 */

/** Largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/**
 * A generator seeded with `seed` (an integer from 0 to MAX_SEED; other numbers are reduced to 32 bits): each call
 * returns the next number in [0, 1), a multiple of 2⁻³².
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An index drawn from `probabilities` (non-negative, summing to about 1) with one call of `random`: the first index
 * whose running sum exceeds the draw. A draw past the total (rounding) falls on the last index with a non-zero weight.
 */
export function sampleIndex(probabilities: readonly number[], random: () => number): number {
  const draw = random();
  let sum = 0;
  let last = -1;
  for (let index = 0; index < probabilities.length; index += 1) {
    const probability = probabilities[index]!;
    if (probability <= 0) continue;
    sum += probability;
    last = index;
    if (draw < sum) return index;
  }
  if (last < 0) throw new RangeError('sampleIndex needs at least one positive probability');
  return last;
}
