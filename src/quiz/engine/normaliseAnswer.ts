/**
 * Normalises a typed answer so that harmless differences do not make it wrong: Unicode compatibility forms (so
 * full-width letters typed with a Chinese input method count), surrounding spaces, letter case and runs of spaces.
 * Inside a formula, backslashes, braces and every space are dropped too, so `\beta_1^t`, `beta_1^t` and
 * `\beta_{1}^{t}` all compare equal.
 */
export function normaliseAnswer(text: string, inFormula: boolean): string {
  const folded = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  return inFormula ? folded.replace(/[\\{}\s]/g, '') : folded;
}

/**
 * Reads a typed number: plain decimal or scientific notation, with a Unicode minus or full-width digits allowed and a
 * single comma accepted as the decimal mark. Returns undefined for anything else (empty text, "1/2", "abc", "1e999").
 */
export function parseTypedNumber(text: string): number | undefined {
  let cleaned = text.normalize('NFKC').trim().replace(/\u2212/g, '-').replace(/\s+/g, '');
  if (!cleaned.includes('.') && /^[^,]*,[^,]*$/.test(cleaned)) cleaned = cleaned.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}
