import { describe, expect, it } from 'vitest';
import { attentionLabAttributes, DEFAULT_PROPS } from './props.ts';

/** The first message of a failed parse, or the props. */
function parse(attributes: Record<string, string>) {
  const result = attentionLabAttributes.safeParse(attributes);
  return result.success ? { props: result.data } : { message: result.error.issues[0]!.message };
}

describe('attention lab attributes', () => {
  it('default to the chapter’s worked example', () => {
    expect(parse({})).toEqual({ props: DEFAULT_PROPS });
  });

  it('parse a full directive', () => {
    const { props } = parse({
      tokens: 'dog, chased ,mouse,it',
      dmodel: '5',
      dk: '1',
      wq: '1;2;3;4;5',
      wv2: '0.5;-0.5;0;1;-5',
      mask: 'false',
      scale: '',
      heads: '2',
      positions: 'true',
    });
    expect(props).toEqual({
      tokens: ['dog', 'chased', 'mouse', 'it'],
      modelWidth: 5,
      keyWidth: 1,
      weights: { wq: [[1], [2], [3], [4], [5]], wv2: [[0.5], [-0.5], [0], [1], [-5]] },
      mask: false,
      scale: true,
      heads: 2,
      positions: true,
    });
  });

  it.each([
    [{ tokens: 'cat,ate' }, "tokens must be 3 to 8 comma-separated words from cat, ate, fish, dog, chased, mouse, saw, bird, big, small, it, sleeps, and, milk, got 'cat,ate'"],
    [{ tokens: 'cat,cow,fish' }, /got 'cat,cow,fish': unknown 'cow'$/],
    [{ dmodel: '9' }, "dmodel must be a whole number from 4 to 8, got '9'"],
    [{ dk: '2.5' }, "dk must be a whole number from 1 to 16, got '2.5'"],
    [{ wq: '1,0;0,1' }, 'wq must be 4 rows of 2 numbers (d_model × d_k), got 2 rows of 2'],
    [{ wk: '1,0;0,1,2;0,0;1,1' }, /wk must be rows of numbers .*: the rows differ in length$/],
    [{ wv: '9,0;0,1;1,0;0,1' }, /wv must be rows of numbers from -5 to 5.*: an entry is out of range$/],
    [{ wq: '1,0;0,1;0,0;1,x' }, /: an entry is not a number$/],
    [{ mask: 'maybe' }, "mask must be true or false, got 'maybe'"],
    [{ heads: '3' }, "heads must be a whole number from 1 to 2, got '3'"],
    [{ colour: 'red' }, /colour/],
  ])('refuse %o with a message naming the attribute', (attributes, message) => {
    const result = parse(attributes as Record<string, string>);
    expect(result.message).toMatch(message instanceof RegExp ? message : new RegExp(`^${escape(message)}$`));
  });
});

/** `text` as a literal regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
