import { describe, expect, it } from 'vitest';
import { DEFAULT_PROPS, samplingLabAttributes } from './props.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

/** The first message of a failed parse, or the props. */
function parse(attributes: Record<string, string>) {
  const result = samplingLabAttributes.safeParse(attributes);
  return result.success ? { props: result.data } : { message: result.error.issues[0]!.message };
}

describe('sampling lab attributes', () => {
  it('default to the chapter’s candidates', () => {
    expect(parse({})).toEqual({ props: DEFAULT_PROPS });
  });

  it('parse a full directive, greedy included', () => {
    expect(parse({ tokens: 'mat,floor,sofa', logits: '1,2,2', temperature: '0', topk: '2', topp: '0.9', seed: '42', draws: '10' })).toEqual({
      props: { tokens: ['mat', 'floor', 'sofa'], logits: [1, 2, 2], temperature: 0, topK: 2, topP: 0.9, seed: 42, draws: 10 },
    });
  });

  it.each([
    [{ tokens: 'mat,cow' }, /^tokens must be 2 to 8 comma-separated different words from mat, floor, .*, got 'mat,cow': unknown 'cow'$/],
    [{ tokens: 'mat,mat', logits: '1,2' }, /: repeated 'mat'$/],
    [{ tokens: 'mat,floor,sofa', logits: '1,2' }, /^logits must give one number per token \(3\), got 2$/],
    [{ tokens: 'mat,floor' }, /^logits must give one number per token \(2\), got none$/],
    [{ temperature: '-1' }, /^temperature must be a number from 0 to 5, got '-1': T = 0 is greedy decoding$/],
    [{ topk: '2.5' }, /^topk must be a whole number from 1 to 8, got '2.5'$/],
    [{ topp: '0' }, /^topp must be a number from 0.01 to 1, got '0'/],
    [{ logits: '1,abc,3,4,5,6' }, /^logits must be 2 to 8 comma-separated numbers from -10 to 10, got '1,abc,3,4,5,6'$/],
    [{ draws: '1e9' }, /^draws must be a whole number from 0 to 1e5, got '1e9'$/],
    [{ colour: 'red' }, /colour/],
  ])('refuse %o with a message naming the attribute', (attributes, message) => {
    expect(parse(attributes as Record<string, string>).message).toMatch(message);
  });
});

describe('sampling lab URL state', () => {
  it('round-trips, and ignores what does not parse or does not match the candidates', () => {
    const state = { logits: [1, 2, 3, 4, 5, 6], temperature: 0.7, topK: 3, topP: 0.9, seed: 9, draws: 1000 };
    expect(applyUrlState(DEFAULT_PROPS, serialiseState(state))).toEqual(state);
    const { tokens: _tokens, ...defaults } = DEFAULT_PROPS;
    expect(applyUrlState(DEFAULT_PROPS, { logits: '1,2', t: '-3', k: 'many', p: '2', seed: '-1', draws: '0.5' })).toEqual(defaults);
  });
});
