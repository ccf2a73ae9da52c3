import { getEncoding } from 'js-tiktoken';
import { describe, expect, it } from 'vitest';
import { readChapterSources } from './testing.ts';

// Chapter 01 shows how two tokenisers cut one English and one Chinese sentence, with the token counts. Those figures
// are checked here against the real vocabularies that js-tiktoken ships (cl100k_base: gpt-3.5-turbo and GPT-4;
// r50k_base: GPT-2 and GPT-3), so the page states what the tokenisers do rather than what someone remembered.
const SENTENCES = ['ChatGPT writes one token at a time.', '模型一次只写一个词元。'];
const cl100k = getEncoding('cl100k_base');
const gpt2 = getEncoding('r50k_base');

/** The chapter's notation for a token: ␣ for a leading space, ▪ for a piece of a character's bytes. */
function shown(id: number): string {
  const text = cl100k.decode([id]);
  return text.includes('\uFFFD') ? '▪' : text.replace(/^ /, '␣');
}

describe('the tokenisation example in chapter 01', () => {
  for (const chapter of readChapterSources().filter((each) => each.slug === 'overview')) {
    for (const sentence of SENTENCES) {
      it(`${chapter.file}: "${sentence}"`, () => {
        const row = chapter.source.split('\n').find((line) => line.startsWith(`| ${sentence} |`));
        expect(row, 'the table has a row for the sentence').toBeDefined();
        const [, pieces, cl100kCount, gpt2Count] = (row ?? '').split('|').slice(1, -1).map((cell) => cell.trim());
        expect(pieces).toBe(cl100k.encode(sentence).map(shown).join(' · '));
        expect(Number(cl100kCount)).toBe(cl100k.encode(sentence).length);
        expect(Number(gpt2Count)).toBe(gpt2.encode(sentence).length);
      });
    }
  }
});
