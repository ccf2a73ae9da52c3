// KaTeX's woff2 fonts cut down to the characters the notebook shows. Called by the prerender (scripts/prerender.mjs)
// once every page is rendered, before the service worker lists the files to precache.
//
// Why: a formula near the top of a chapter makes the browser fetch KaTeX_Main and KaTeX_Math (and often Size1 or
// Main-Bold) before the first paint settles: 43–74 KB on a phone network, as much as the page itself. Each font covers
// far more of Unicode than our formulas use. subset-font (HarfBuzz's subsetter) keeps only the glyphs of the
// characters found in the prerendered pages, the quiz bank and what widgets typeset at run time.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * Characters the widgets may typeset in the browser (numbers, names, Greek letters, operators), whether or not a
 * page shows them yet: printable ASCII, the Greek alphabet and its variant forms, and the operators and dashes (a missing number shows as –) of our formulas.
 * src/math-typesetting/runtimeCharacters.test.ts checks the widgets' formulas against this list.
 */
export const RUNTIME_MATH_CHARACTERS =
  Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('') +
  'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωϑϕϖϵϱς' +
  '−–—±×÷·⋅∗∘√∑∏∫∂∇∞≈≠≡≤≥≪≫→←↔⇒⇐⇔↦∈∉⊂⊆∪∩∀∃∣∥′″‴…⋯⋮⋱⟨⟩⌊⌋⌈⌉ˆˇ˜¯˙¨´`^~ıȷℓ';

/** A KaTeX font file as Vite names it: KaTeX_<Family>-<Style>-<hash>.woff2. */
const KATEX_FONT_FILE = /^(KaTeX_[A-Za-z0-9]+-[A-Za-z]+)-[A-Za-z0-9_-]+\.woff2$/;

/** Every character of `texts` (JavaScript `\uXXXX` escapes read as the character) plus RUNTIME_MATH_CHARACTERS. */
export function characterSet(texts) {
  const characters = new Set(RUNTIME_MATH_CHARACTERS);
  for (const text of texts) {
    const decoded = text.replace(/\\u([0-9a-fA-F]{4})/g, (_escape, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
    for (const character of decoded) characters.add(character);
  }
  return [...characters].sort().join('');
}

/**
 * Replaces every KaTeX woff2 in `assetsDir` by its subset for `characters`, under a new name carrying the subset's
 * own hash (a cached font with the old name must never be taken for the new one). Returns old name → new name, for
 * rewriting the stylesheets and pages that point at them, and the bytes before and after.
 */
export async function subsetKatexFonts(assetsDir, characters) {
  const renamed = new Map();
  let before = 0;
  let after = 0;
  for (const name of readdirSync(assetsDir)) {
    const match = KATEX_FONT_FILE.exec(name);
    if (!match) continue;
    const original = readFileSync(join(assetsDir, name));
    // Without hinting instructions, a fifth of what is left: browsers on phones, macOS and Linux do not use them, and
    // Windows draws these sizes well enough without.
    const subset = await subsetFont(original, characters, { targetFormat: 'woff2', noHinting: true });
    const hash = createHash('sha256').update(subset).digest('base64url').slice(0, 8);
    const newName = `${match[1]}-${hash}.woff2`;
    writeFileSync(join(assetsDir, newName), subset);
    if (newName !== name) rmSync(join(assetsDir, name));
    renamed.set(name, newName);
    before += original.length;
    after += subset.length;
  }
  return { renamed, before, after };
}

/** `text` with every old font name replaced by its new one. */
export function renameFontReferences(text, renamed) {
  let result = text;
  for (const [from, to] of renamed) result = result.replaceAll(from, to);
  return result;
}
