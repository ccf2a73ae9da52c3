import { z } from 'zod';
import { attributeMessage, type NumberRange } from './attributes.ts';

/**
 * A comma-separated list of `count.min` to `count.max` words from a lab's fixed vocabulary, in the author's order:
 * "cat,ate,fish" → ['cat', 'ate', 'fish']. The words are ids, the same in both languages (a chapter's zh and en
 * versions must give a widget the same props); the lab shows each in the reader's language. With `unique`, a word may
 * appear only once (candidates for one next token), otherwise repeats are fine (a sentence may repeat a word).
 * House message: `tokens must be 3 to 8 comma-separated words from cat, dog, got 'cat,cow': unknown 'cow'`.
 */
export function vocabularyListAttribute(
  name: string,
  vocabulary: readonly string[],
  count: NumberRange,
  options: { unique?: boolean } = {},
) {
  const size = count.min === count.max ? `${count.min}` : `${count.min} to ${count.max}`;
  const allowed = `${size} comma-separated ${options.unique ? 'different ' : ''}words from ${vocabulary.join(', ')}`;
  return z.string().transform((text, context): string[] => {
    const words = text.split(',').map((part) => part.trim());
    const unknown = words.filter((word) => !vocabulary.includes(word));
    const repeated = options.unique ? words.filter((word, index) => words.indexOf(word) !== index) : [];
    if (unknown.length > 0 || repeated.length > 0 || words.length < count.min || words.length > count.max) {
      const reason =
        unknown.length > 0 ? `unknown ${unknown.map((word) => `'${word}'`).join(', ')}`
        : repeated.length > 0 ? `repeated ${repeated.map((word) => `'${word}'`).join(', ')}`
        : undefined;
      context.addIssue({ code: 'custom', message: attributeMessage(name, allowed, text, reason) });
      return z.NEVER;
    }
    return words;
  });
}
