import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { characterSet, renameFontReferences, RUNTIME_MATH_CHARACTERS, subsetKatexFonts } from './katexFontSubset.mjs';

const KATEX_FONTS = join(import.meta.dirname, '..', 'node_modules', 'katex', 'dist', 'fonts');

/** The code points a woff2 font maps to glyphs. */
async function coveredCharacters(woff2) {
  const face = new Face(new Blob(await fontverter.convert(woff2, 'sfnt')));
  return new Set([...face.collectUnicodes()].map((codePoint) => String.fromCodePoint(codePoint)));
}

/** An assets folder with KaTeX_Main-Regular and KaTeX_Size1-Regular under Vite-style names, and an unrelated file. */
function assetsFolder() {
  const assets = mkdtempSync(join(tmpdir(), 'katex-fonts-'));
  copyFileSync(join(KATEX_FONTS, 'KaTeX_Main-Regular.woff2'), join(assets, 'KaTeX_Main-Regular-B22Nviop.woff2'));
  copyFileSync(join(KATEX_FONTS, 'KaTeX_Size1-Regular.woff2'), join(assets, 'KaTeX_Size1-Regular-mCD8mA8B.woff2'));
  writeFileSync(join(assets, 'index-abc.js'), 'console.log(1)');
  return assets;
}

describe('characterSet', () => {
  it('is every character of the texts, escapes decoded, plus what widgets typeset at run time, once each', () => {
    const set = characterSet(['<span>σ(x)</span>', '"\\u03a6\\u2211"', 'aa']);
    for (const character of 'σ()Φ∑a<>/"') expect(set).toContain(character);
    for (const character of RUNTIME_MATH_CHARACTERS) expect(set).toContain(character);
    expect(new Set(set).size).toBe([...set].length);
    expect(set).not.toContain('♠');
  });
});

describe('subsetKatexFonts', () => {
  it('keeps the glyphs of the characters asked for, drops the others, and renames by content', async () => {
    const assets = assetsFolder();
    const originalSize = statSync(join(assets, 'KaTeX_Main-Regular-B22Nviop.woff2')).size;
    const characters = characterSet(['Φ(x) = ∑ ≈']);
    const { renamed, before, after } = await subsetKatexFonts(assets, characters);

    const mainName = renamed.get('KaTeX_Main-Regular-B22Nviop.woff2');
    expect(mainName).toMatch(/^KaTeX_Main-Regular-[A-Za-z0-9_-]{8}\.woff2$/);
    expect(mainName).not.toBe('KaTeX_Main-Regular-B22Nviop.woff2');
    expect(existsSync(join(assets, 'KaTeX_Main-Regular-B22Nviop.woff2'))).toBe(false);
    expect(readdirSync(assets)).toContain('index-abc.js');
    expect(after).toBeLessThan(before);

    const subset = readFileSync(join(assets, mainName));
    expect(subset.length).toBeLessThan(originalSize * 0.7);
    const original = await coveredCharacters(readFileSync(join(KATEX_FONTS, 'KaTeX_Main-Regular.woff2')));
    const kept = await coveredCharacters(subset);
    for (const character of characters) expect(kept.has(character)).toBe(original.has(character));
    expect(original.has('♠')).toBe(true);
    expect(kept.has('♠')).toBe(false);

    // The same characters give the same files: a rebuild does not change the names browsers have cached.
    const again = assetsFolder();
    const second = await subsetKatexFonts(again, characters);
    expect([...second.renamed.values()]).toEqual([...renamed.values()]);
  });
});

describe('renameFontReferences', () => {
  it('points stylesheets at the new files', () => {
    const renamed = new Map([['KaTeX_Main-Regular-old.woff2', 'KaTeX_Main-Regular-new.woff2']]);
    expect(renameFontReferences('src:url(/assets/KaTeX_Main-Regular-old.woff2) format("woff2")', renamed)).toBe(
      'src:url(/assets/KaTeX_Main-Regular-new.woff2) format("woff2")',
    );
  });
});
