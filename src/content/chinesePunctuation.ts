/** A Chinese (Han) character. */
const HAN = /\p{Script=Han}/u;
/** Punctuation with a full-width form that Chinese prose must use: ，：；？！ and 。 */
const CLAUSE_MARKS = new Set([',', ':', ';', '?', '!']);

/**
 * Finds half-width punctuation that Chinese prose should write full-width, in text whose math, code and URLs are
 * already taken out (see stripNonProse). Half-width marks stay right between English words and numbers: "(2, 1, 0.1)",
 * "§4.1", "f(x)", "Radford et al., 2018". A mark is reported when:
 * - `, : ; ? !` touches a Chinese character, is followed by spaces and a Chinese character, or ends text that holds
 *   Chinese (a Chinese sentence that ends on an English word or a formula: "使用 GeLU?");
 * - `.` comes right after a Chinese character, or ends text that holds Chinese (not in footnotes, whose citations end
 *   with section numbers such as "§4.1.");
 * - a `(`…`)` pair holds Chinese or touches a Chinese character outside it.
 * Returns one line per problem: the mark and the text around it.
 */
export function findHalfWidthPunctuation(text: string, options: { footnote?: boolean } = {}): string[] {
  const problems: string[] = [];
  const hasHan = HAN.test(text);
  const around = (at: number) => `"${text.slice(Math.max(0, at - 12), at + 12).trim()}"`;
  const trimmedEnd = text.trimEnd().length;
  for (let at = 0; at < text.length; at += 1) {
    const mark = text[at] ?? '';
    const before = text[at - 1] ?? '';
    const after = text[at + 1] ?? '';
    const isLast = at === trimmedEnd - 1;
    if (CLAUSE_MARKS.has(mark)) {
      const nextWord = /^\s*(\S)/u.exec(text.slice(at + 1))?.[1] ?? '';
      if (HAN.test(before) || HAN.test(after) || HAN.test(nextWord) || (isLast && hasHan)) {
        problems.push(`half-width "${mark}" in Chinese prose: ${around(at)}`);
      }
    } else if (mark === '.') {
      if (HAN.test(before) || (isLast && hasHan && !options.footnote && !/\d/.test(before))) {
        problems.push(`half-width "." in Chinese prose: ${around(at)}`);
      }
    } else if (mark === '(') {
      const close = text.indexOf(')', at);
      if (close === -1) continue;
      const inside = text.slice(at + 1, close);
      if (HAN.test(inside) || HAN.test(before) || HAN.test(text[close + 1] ?? '')) {
        problems.push(`half-width "( )" in Chinese prose: ${around(at)}`);
      }
    }
  }
  return problems;
}
