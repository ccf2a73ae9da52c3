/**
 * The order in which a question shows its options (single and multiple choice) or its items (order questions). One
 * shuffle for both, seeded by the question id and the presentation number: the same presentation always shows the
 * same order (so a reload mid-answer changes nothing), the next presentation shows another one. The numbers come from
 * the notebook's one seeded generator (src/math/random.ts), so every browser shows the same arrangements.
 */
import { hashSeed, mulberry32 } from '../../math/random.ts';

/** A uniformly chosen permutation of 0…length-1, the same for the same seed (Fisher–Yates). */
export function seededPermutation(length: number, seed: string): number[] {
  const order = Array.from({ length }, (_unused, position) => position);
  const random = mulberry32(hashSeed(seed));
  for (let position = length - 1; position > 0; position -= 1) {
    const other = Math.floor(random() * (position + 1));
    [order[position], order[other]] = [order[other] as number, order[position] as number];
  }
  return order;
}

/**
 * What is shuffled: `options` may come out in the authored order (the key's position must not be guessable, so every
 * arrangement is allowed); `items` of an order question never do, since the authored order is the answer.
 */
export type ShuffleKind = 'options' | 'items';

const isIdentity = (order: readonly number[]) => order.every((item, position) => item === position);
const sameOrder = (left: readonly number[], right: readonly number[]) => left.every((item, position) => item === right[position]);

/** Draws beyond the first before falling back to rotating the last draw (only needed for two or three entries). */
const EXTRA_DRAWS = 6;

/**
 * The order of presentation `presentation` (0 for the first time a question is shown, then one more for each answer
 * the reader has given) of a question with `length` options or items: authored indices in the order they are shown.
 * Deterministic in (`questionId`, `length`, `presentation`, `kind`). Whenever another arrangement is allowed, it
 * differs from the previous presentation's, so the next review never repeats the last one's layout.
 */
export function presentationOrder(questionId: string, length: number, presentation: number, kind: ShuffleKind): number[] {
  let previous: number[] | undefined;
  let order: number[] = [];
  // Each presentation depends on the one before (it must differ from it), so they are replayed from the first:
  // a few microseconds each, and a reader answers one question at most a few hundred times.
  for (let number = 0; number <= Math.max(0, Math.floor(presentation)); number += 1) {
    order = drawOrder(questionId, length, number, kind, previous);
    previous = order;
  }
  return order;
}

function drawOrder(questionId: string, length: number, presentation: number, kind: ShuffleKind, previous: number[] | undefined): number[] {
  const allowed = (candidate: readonly number[]) =>
    !(kind === 'items' && length >= 2 && isIdentity(candidate)) && !(previous !== undefined && sameOrder(candidate, previous));
  let candidate = seededPermutation(length, `${questionId}#${presentation}`);
  for (let draw = 1; draw <= EXTRA_DRAWS && !allowed(candidate); draw += 1) {
    candidate = seededPermutation(length, `${questionId}#${presentation}#${draw}`);
  }
  // Rotations of a permutation are all different from each other, so among them one is allowed whenever any
  // arrangement other than the forbidden one or two exists (length ≥ 3, or length 2 for options).
  for (let turn = 0; turn < length && !allowed(candidate); turn += 1) candidate = [...candidate.slice(1), candidate[0] as number];
  if (allowed(candidate)) return candidate;
  // Two items: [1, 0] is the only order that is not the answer, so it is shown every time.
  return kind === 'items' && length === 2 ? [1, 0] : candidate;
}
