import { describe, expect, it } from 'vitest';
import { DEFAULT_PROPS, gptLabAttributes } from './props.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

describe('gpt-lab attributes', () => {
  it('defaults every attribute', () => {
    expect(gptLabAttributes.parse({})).toEqual(DEFAULT_PROPS);
  });

  it('parses each attribute, context, sft-steps, reward-steps and ppo-iterations included', () => {
    expect(gptLabAttributes.parse({ seed: '7', layers: '1', width: '16', heads: '2', context: '32', batch: '4', steps: '400', 'sft-steps': '60', 'reward-steps': '12', 'ppo-iterations': '8', temperature: '0' }))
      .toEqual({ seed: 7, layers: 1, width: 16, heads: 2, contextLength: 32, batch: 4, steps: 400, sftSteps: 60, rewardSteps: 12, ppoIterations: 8, temperature: 0 });
  });

  it('refuses bad values with the house message', () => {
    const message = (attributes: Record<string, string>) => {
      const result = gptLabAttributes.safeParse(attributes);
      return result.success ? '' : result.error.issues.map((issue) => issue.message).join('; ');
    };
    expect(message({ layers: 'two' })).toBe("layers must be a whole number from 1 to 4, got 'two'");
    expect(message({ width: '30', heads: '4' })).toBe("width must be a multiple of heads (4), got '30'");
    expect(message({ context: '8' })).toMatch(/context must be a whole number from 16 to 128, got '8': the dialogues need/);
    expect(message({ temperature: '-1' })).toMatch(/temperature must be a number from 0 to 2/);
    expect(message({ 'ppo-iterations': '1.5' })).toBe("ppo-iterations must be a whole number from 2 to 1000, got '1.5'");
    expect(message({ 'reward-steps': '0' })).toBe("reward-steps must be a whole number from 2 to 2000, got '0'");
    expect(message({ colour: 'red' })).toMatch(/colour/);
  });
});

describe('gpt-lab URL state', () => {
  it('takes what parses from the URL and ignores the rest', () => {
    expect(applyUrlState(DEFAULT_PROPS, { seed: '5', temperature: '1.5', tab: 'inspect' })).toEqual({ seed: 5, temperature: 1.5, tab: 'inspect' });
    expect(applyUrlState(DEFAULT_PROPS, { tab: 'ppo' })).toMatchObject({ tab: 'ppo' });
    expect(applyUrlState(DEFAULT_PROPS, { seed: '-3', temperature: 'hot', tab: 'nowhere' })).toEqual({ seed: 1, temperature: 0.8, tab: 'pretrain' });
    expect(serialiseState({ seed: 5, temperature: 1.5, tab: 'sft' })).toEqual({ seed: '5', temperature: '1.5', tab: 'sft' });
  });
});
