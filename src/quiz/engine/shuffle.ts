/** A deterministic shuffle for order questions: the same question shows the same starting order on every visit. */

/** A 32-bit FNV-1a hash of `text`, used as a seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let position = 0; position < text.length; position += 1) {
    value ^= text.charCodeAt(position);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0…length-1 chosen by `seed` (e.g. the question id). For two or more items it is never the identity,
 * so the reader never starts from the right order.
 */
export function shuffledOrder(length: number, seed: string): number[] {
  const order = Array.from({ length }, (_unused, position) => position);
  const random = generator(hash(seed));
  for (let position = length - 1; position > 0; position -= 1) {
    const other = Math.floor(random() * (position + 1));
    [order[position], order[other]] = [order[other] as number, order[position] as number];
  }
  if (length >= 2 && order.every((item, position) => item === position)) order.push(order.shift() as number);
  return order;
}
