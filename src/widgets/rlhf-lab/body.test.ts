import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { parseRlhfLabBody } from './body.ts';
import { DEFAULT_SETTINGS, rlhfLabAttributes } from './props.ts';

const render = (markdown: string) => `<${markdown}>`;
const body = () => ({
  prompt: 'Which is best?',
  features: [
    { id: 'code', label: 'Code' },
    { id: 'length', label: 'Length', unit: 'tokens', scale: 100 },
  ] as Record<string, unknown>[],
  replies: [
    { id: 'A', text: 'One', features: { code: true, length: 10 }, reference: 0.25, true: 1 },
    { id: 'B', text: 'Two', features: { code: false, length: 20 }, reference: 0.25, true: 0 },
    { id: 'C', text: 'Three', features: { code: true, length: 30 }, reference: 0.2501, true: 0 },
    { id: 'D', text: 'Four', features: { code: false, length: 40 }, reference: 0.25, true: -1 },
  ] as Record<string, unknown>[],
  ranking: ['B', 'A', 'D', 'C'] as unknown,
});
/** The first issue's path and message when `value` is refused. */
function problem(value: unknown): { path: string; message: string } {
  try {
    parseRlhfLabBody(value, DEFAULT_SETTINGS, render);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const issue = error.issues[0]!;
    return { path: issue.path.join('.'), message: issue.message };
  }
  throw new Error('the body was accepted');
}

describe('the YAML body', () => {
  it('becomes props: feature values in feature order, ranking as indices, Markdown rendered, π_ref rescaled to sum to 1', () => {
    const props = parseRlhfLabBody(body(), DEFAULT_SETTINGS, render);
    expect(props.features).toEqual([{ id: 'code', scale: undefined }, { id: 'length', scale: 100 }]);
    expect(props.replies.map((reply) => reply.values)).toEqual([[1, 10], [0, 20], [1, 30], [0, 40]]);
    expect(props.ranking).toEqual([1, 0, 3, 2]);
    expect(props.text.prompt).toBe('<Which is best?>');
    expect(props.text.replies[2]).toBe('<Three>');
    expect(props.text.features).toEqual([{ label: 'Code', unit: undefined }, { label: 'Length', unit: 'tokens' }]);
    expect(Math.abs(props.replies.reduce((sum, reply) => sum + reply.reference, 0) - 1)).toBeLessThan(1e-15);
    expect(props.replies[0]!.trueScore).toBe(1);
  });

  it('names the place and the problem for every kind of mistake', () => {
    const cases: [(b: ReturnType<typeof body>) => void, string, RegExp][] = [
      [(b) => (b.replies[1]!.features = { code: 'yes', length: 20 }), 'replies.1.features.code', /code must be true or false, got "yes"/],
      [(b) => (b.replies[1]!.features = { code: true, length: -3 }), 'replies.1.features.length', /length must be a number from 0/],
      [(b) => (b.replies[2]!.features = { code: true }), 'replies.2.features', /reply C has no value for feature 'length'/],
      [(b) => (b.replies[2]!.features = { code: true, length: 3, tone: 1 }), 'replies.2.features.tone', /unknown feature 'tone'/],
      [(b) => (b.replies[0]!.reference = 0.5), 'replies', /must add up to 1, got 1\.2501/],
      [(b) => (b.replies[0]!.reference = 0), 'replies.0.reference', /reference must be a number above 0/],
      [(b) => (b.replies[3]!.id = 'A'), 'replies.3.id', /reply id 'A' is used twice/],
      [(b) => (b.replies[3]!.id = 'a reply'), 'replies.3.id', /id must be a capital letter/],
      [(b) => (b.ranking = ['A', 'B', 'C']), 'ranking', /must list every reply id once.*got \[A, B, C\]/],
      [(b) => (b.ranking = ['A', 'B', 'C', 'C']), 'ranking', /must list every reply id once/],
      [(b) => b.replies.splice(3, 1), 'replies', /4 to 6 replies/],
      [(b) => (b.features[0] = { id: 'code', label: 'Code', unit: 'lines' }), 'features.0.unit', /unit needs a scale/],
      [(b) => (b.replies[0]!.true = 1e3), 'replies.0.true', /true must be a number from -100 to 100, got 1000/],
      [(b) => ((b as Record<string, unknown>).extra = 1), '', /extra/],
    ];
    for (const [mutate, path, message] of cases) {
      const value = body();
      mutate(value);
      const found = problem(value);
      expect({ path: found.path, matches: message.test(found.message) }).toEqual({ path, matches: true });
    }
  });
});

describe('the attributes', () => {
  it('default every setting and read each one', () => {
    expect(rlhfLabAttributes.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(rlhfLabAttributes.parse({ beta: '0.05', mode: 'exact', reward: 'true', batch: '64', eps: '0.1' })).toEqual({
      ...DEFAULT_SETTINGS, beta: 0.05, mode: 'exact', reward: 'true', batchSize: 64, epsilon: 0.1,
    });
  });

  it('refuse β ≤ 0, NaN, huge learning rates, fractional batches and unknown names, saying why', () => {
    const message = (attributes: Record<string, string>) => {
      const result = rlhfLabAttributes.safeParse(attributes);
      return result.success ? 'accepted' : result.error.issues.map((issue) => issue.message).join('; ');
    };
    expect(message({ beta: '0' })).toMatch(/^beta must be a number from 0\.001 to 100, got '0': β must be positive/);
    expect(message({ beta: '-1' })).toMatch(/beta must be/);
    expect(message({ eps: 'NaN' })).toMatch(/eps must be a number from 0\.01 to 1, got 'NaN'/);
    expect(message({ lr: '1e6' })).toMatch(/lr must be a number from 0\.001 to 20, got '1e6'/);
    expect(message({ batch: '2.5' })).toMatch(/batch must be a whole number/);
    expect(message({ mode: 'fast' })).toMatch(/mode must be one of sampled, exact/);
    expect(message({ temperature: '1' })).toMatch(/temperature/);
  });
});
