/**
 * Cloze text: ordinary inline Markdown where `[[answer|alternative|…]]` marks a blank. A blank may stand in text or
 * inside a `$…$` formula. This module finds the blanks and rebuilds the text with each blank replaced.
 */

/** A blank found in cloze text, numbered from 1 in reading order. */
export interface ClozeBlankSource {
  number: number;
  /** The accepted answers as written, the first being the one shown as the solution. */
  alternatives: string[];
  inFormula: boolean;
}

/** Cloze text split into literal Markdown pieces and blanks, in reading order. */
export type ClozePiece = string | ClozeBlankSource;

/** Thrown when cloze text cannot be split: the message says what is wrong, for the author. */
export class ClozeSyntaxError extends Error {
  override name = 'ClozeSyntaxError';
}

/** Splits cloze text into pieces. Throws ClozeSyntaxError on an unclosed `[[` or a blank with no answer. */
export function parseCloze(text: string): ClozePiece[] {
  const pieces: ClozePiece[] = [];
  let literal = '';
  let inFormula = false;
  let blankCount = 0;
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === '\\') {
      // An escaped character (`\$`, `\[`, or a LaTeX command's first letter) never opens a blank or a formula.
      literal += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (character === '$') {
      inFormula = !inFormula;
      literal += character;
      index += 1;
      continue;
    }
    if (text.startsWith('[[', index)) {
      const end = text.indexOf(']]', index + 2);
      if (end === -1) throw new ClozeSyntaxError(`has a blank "[[" with no closing "]]" at character ${index + 1}`);
      const alternatives = text
        .slice(index + 2, end)
        .split('|')
        .map((alternative) => alternative.trim())
        .filter((alternative) => alternative !== '');
      blankCount += 1;
      if (alternatives.length === 0) throw new ClozeSyntaxError(`blank ${blankCount} has no answer`);
      if (literal !== '') pieces.push(literal);
      literal = '';
      pieces.push({ number: blankCount, alternatives, inFormula });
      index = end + 2;
      continue;
    }
    literal += character;
    index += 1;
  }
  if (literal !== '') pieces.push(literal);
  return pieces;
}

/** The blanks among the pieces. */
export function clozeBlanks(pieces: readonly ClozePiece[]): ClozeBlankSource[] {
  return pieces.filter((piece): piece is ClozeBlankSource => typeof piece !== 'string');
}

/** Rebuilds the text, replacing each blank with what `replace` returns for it. */
export function joinCloze(pieces: readonly ClozePiece[], replace: (blank: ClozeBlankSource) => string): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : replace(piece))).join('');
}
