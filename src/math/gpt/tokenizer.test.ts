import { describe, expect, it } from 'vitest';
import { encodeDialogue, parseDialogues, promptTokens } from './dialogue.ts';
import { buildVocabulary, coverage, createTokenizer, SPECIAL_TOKENS, TOKEN } from './tokenizer.ts';

describe('character tokenizer', () => {
  it('orders characters by count, caps the vocabulary and maps the rest to <unk>', () => {
    const symbols = buildVocabulary('aaabbc', 6);
    expect(symbols).toEqual([...SPECIAL_TOKENS, 'a', 'b']);
    const tokenizer = createTokenizer(symbols);
    expect(tokenizer.encode('abcab')).toEqual([4, 5, TOKEN.unknown, 4, 5]);
    expect(tokenizer.decode([4, TOKEN.unknown, 5])).toBe('ab');
    expect(tokenizer.decode([TOKEN.user, 4], (symbol) => `[${symbol}]`)).toBe('[<user>]a');
    expect(coverage(tokenizer, 'abcab')).toBeCloseTo(0.8, 12);
  });

  it('keeps every required character, whatever its count', () => {
    const symbols = buildVocabulary('aaaabbbc', 6, 'cz');
    expect(symbols.slice(4)).toEqual(['c', 'z']);
  });

  it('treats Chinese characters as one token each and never makes a special token from text', () => {
    const tokenizer = createTokenizer(buildVocabulary('词元模型<user>', 40));
    expect(tokenizer.encode('模型')).toHaveLength(2);
    expect(tokenizer.encode('<user>').includes(TOKEN.user)).toBe(false);
  });

  it('refuses a malformed vocabulary', () => {
    expect(() => createTokenizer(['a', 'b'])).toThrow(/symbol 0 must be <unk>/);
    expect(() => createTokenizer([...SPECIAL_TOKENS, 'a', 'a'])).toThrow(/twice/);
    expect(() => createTokenizer([...SPECIAL_TOKENS, 'ab'])).toThrow(/one character/);
  });
});

describe('dialogues', () => {
  const tokenizer = createTokenizer(buildVocabulary('abcdefghijklmnopqrstuvwxyz ?.', 64));

  it('masks the targets so that only the reply and its <end> count', () => {
    const { ids, mask } = encodeDialogue(tokenizer, { user: 'hi?', assistant: 'yes.' });
    expect(ids[0]).toBe(TOKEN.user);
    expect(ids[4]).toBe(TOKEN.assistant);
    expect(ids[ids.length - 1]).toBe(TOKEN.end);
    // Targets: h i ? <assistant> | y e s . <end>
    expect(mask).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(promptTokens(tokenizer, 'hi?')).toEqual(ids.slice(0, 5));
  });

  it('parses the dialogue file format and names the line of a mistake', () => {
    expect(parseDialogues('# comment\nU: hi\nA: hello\n\nU: a\nA: b\n')).toEqual([{ user: 'hi', assistant: 'hello' }, { user: 'a', assistant: 'b' }]);
    expect(() => parseDialogues('U: hi\nU: again\nA: x')).toThrow(/line 1/);
    expect(() => parseDialogues('A: orphan')).toThrow(/line 1/);
    expect(() => parseDialogues('U: hi\nsomething')).toThrow(/line 2/);
  });
});
