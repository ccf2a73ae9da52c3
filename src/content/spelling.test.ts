import { describe, expect, it } from 'vitest';
import { proseUnits } from './proseUnits.ts';
import { readChapterSources } from './testing.ts';

// The English chapters use British spelling (house style): optimiser, normalisation, initialisation, tokeniser,
// labeller, behaviour, modelling. Code identifiers, URLs and the titles cited in footnotes keep their own spelling
// ("Adam: A Method for Stochastic Optimization"), so footnote definitions, code and math are not checked.
const AMERICAN = [
  /\b\w*(?:optimiz|normaliz|initializ|regulariz|tokeniz|summariz|generaliz|minimiz|maximiz|organiz|recogniz|memoiz|quantiz|specializ|parameteriz|visualiz|utiliz|prioritiz|emphasiz|standardiz|categoriz)\w*/gi,
  /\b(?:behavior|favor|color|honor|labor|neighbor)\w*/gi,
  /\b(?:labeler|labelers|labeled|labeling|modeling|modeled|traveling|canceled|fueled)\b/gi,
  /\b(?:analyz|paralyz|catalyz)\w*/gi,
  /\b(?:un)?(?:center|centers|centered|meter|meters|liter)\b/gi,
  /\b(?:license|licenses)\b/gi,
  /\b(?:gray|artifact|artifacts|defense|offense)\b/gi,
];

/** The American spellings in a piece of prose. */
function americanSpellings(text: string): string[] {
  return AMERICAN.flatMap((pattern) => text.match(pattern) ?? []);
}

describe('americanSpellings', () => {
  it('finds American forms and leaves British ones', () => {
    expect(americanSpellings('The optimizer normalizes; a labeler, modeling behavior.')).toEqual(['optimizer', 'normalizes', 'behavior', 'labeler', 'modeling']);
    expect(americanSpellings('The optimiser normalises; a labeller, modelling behaviour under a licence.')).toEqual([]);
  });
});

describe('English chapters use British spelling', () => {
  for (const chapter of readChapterSources().filter((each) => each.locale === 'en')) {
    it(`${chapter.file}`, () => {
      const found = proseUnits(chapter.source)
        .filter((unit) => unit.where !== 'footnote')
        .flatMap((unit) => americanSpellings(unit.text).map((word) => `${chapter.file}:${unit.line} ${word}`));
      expect(found).toEqual([]);
    });
  }
});
