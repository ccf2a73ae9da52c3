// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import reference from '../../math/reference/sampling.json';
import { DEFAULT_PROPS } from './props.ts';
import SamplingLab from './SamplingLab.tsx';

/** The draws src/math/reference/sampling.py made with seed 3 from the chapter's logits at T = 1. */
const draws = reference.draws;

const context = { locale: 'en' as const, chapter: 'architecture', section: 'generation', instanceId: 'sampling-lab' };
const mount = (props: Partial<typeof DEFAULT_PROPS> = {}, locale: 'en' | 'zh' = 'en') =>
  render(<SamplingLab {...DEFAULT_PROPS} seed={draws.seed} {...props} context={{ ...context, locale }} />);
const shown = (testId: string) => screen.getByTestId(testId).textContent;
const type = (testId: string, text: string) => {
  const field = screen.getByTestId(`${testId}-input`);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

beforeEach(() => window.history.replaceState(null, '', '/en/architecture/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SamplingLab', () => {
  it('shows softmax of the chapter’s logits and, after 1,000 draws, the counts numpy gives for the same seed', () => {
    mount();
    expect(shown('sampling-p-0')).toBe('0.521');
    expect(shown('stage-final-5')).toBe('0.008');
    fireEvent.click(screen.getByTestId('draw-1000'));
    expect(draws.counts1000.map((_count, index) => Number(shown(`sampling-count-${index}`)))).toEqual(draws.counts1000);
    expect(shown('draws-total')).toBe('1,000 draws');
  });

  it('draws one token at a time in the reference order, and names the last', () => {
    mount();
    fireEvent.click(screen.getByTestId('draw-1'));
    fireEvent.click(screen.getByTestId('draw-1'));
    fireEvent.click(screen.getByTestId('draw-1'));
    // numpy's first three draws for seed 3: floor, mat, mat.
    expect(draws.first10.slice(0, 3)).toEqual([1, 0, 0]);
    expect(shown('last-draw')).toBe('Draw 3 picked "mat".');
    expect(shown('sampling-count-0')).toBe('2');
    expect(shown('sampling-count-1')).toBe('1');
  });

  it('filters with top-k and top-p, renormalising what is left', () => {
    mount();
    type('temperature', '0.7');
    type('topk', '3');
    // numpy: softmax(z/0.7) kept for the 3 most likely, renormalised: 0.665, 0.245, 0.090.
    expect([0, 1, 2].map((index) => shown(`stage-afterTopK-${index}`))).toEqual(['0.665', '0.245', '0.090']);
    expect(shown('sampling-p-3')).toBe('filtered out');
    type('topk', '8');
    type('temperature', '1');
    type('topp', '0.9');
    expect([0, 1, 2, 3].map((index) => shown(`stage-final-${index}`))).toEqual(['0.574', '0.285', '0.141', '0.000']);
  });

  it('treats T = 0 as greedy, with a note and every draw on the largest logit', () => {
    mount({ tokens: ['mat', 'floor', 'sofa'], logits: [1, 2, 2], temperature: 0 });
    expect(screen.getByTestId('greedy-note').textContent).toMatch(/first, if several tie/);
    expect(shown('sampling-p-1')).toBe('1.000');
    fireEvent.click(screen.getByTestId('draw-10'));
    expect(shown('sampling-count-1')).toBe('10');
    expect(shown('sampling-count-2')).toBe('0');
  });

  it('refuses a bad logit with a message and keeps the last value (never NaN on screen)', () => {
    mount();
    type('logit-0', 'abc');
    expect(screen.getByText(/"abc" refused/)).toBeTruthy();
    type('logit-0', '1e9');
    expect(shown('sampling-p-0')).toBe('0.521');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('writes its state to the URL and reads it back', () => {
    vi.useFakeTimers();
    mount();
    fireEvent.click(screen.getByTestId('draw-10'));
    type('temperature', '0.5');
    act(() => vi.advanceTimersByTime(1000));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('sampling-lab.t')).toBe('0.5');
    expect(params.get('sampling-lab.draws')).toBe('10');
    cleanup();
    mount();
    expect(shown('draws-total')).toBe('10 draws');
    expect(screen.getByTestId<HTMLInputElement>('temperature-input').value).toBe('0.5');
  });

  it('speaks Chinese', () => {
    mount({}, 'zh');
    expect(screen.getByRole('region', { name: '下一个词元实验台' })).toBeTruthy();
    expect(screen.getByText('垫子的 logit')).toBeTruthy();
  });
});
