// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AttentionLab from './AttentionLab.tsx';
import { DEFAULT_PROPS } from './props.ts';

const context = { locale: 'en' as const, chapter: 'architecture', section: 'causal-self-attention', instanceId: 'attention-lab' };
const mount = (props: Partial<typeof DEFAULT_PROPS> = {}, locale: 'en' | 'zh' = 'en') =>
  render(<AttentionLab {...DEFAULT_PROPS} {...props} context={{ ...context, locale }} />);
const cell = (testId: string) => screen.getByTestId(testId).textContent;

beforeEach(() => window.history.replaceState(null, '', '/en/architecture/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Numbers: src/math/reference/attention.py (case "walkthrough"), rounded to the lab's three significant digits; the
// edited cases were computed with the same numpy code (W changed as each test says).
describe('AttentionLab', () => {
  it('shows the worked example: X, and the weights of fish as a heat map with its entropy', () => {
    mount();
    expect(cell('inputs-0-2-1')).toBe('1');
    expect(['weights-0-2-0', 'weights-0-2-1', 'weights-0-2-2'].map(cell)).toEqual(['0.14', '0.576', '0.284']);
    expect(cell('entropy-0-2-0')).toBe('0.951');
    expect(cell('weights-0-0-1')).toBe('0');
    expect(screen.getByTestId('attention-summary').textContent).toMatch(/fish looks at cat 0\.14, ate 0\.576, fish 0\.284\./);
  });

  it('nudges a W entry from the keyboard and recomputes Q and the weights', () => {
    mount();
    fireEvent.click(screen.getByTestId('stage-tab-projections'));
    const entry = screen.getByTestId('wq-0-0-1');
    fireEvent.focus(entry);
    // W_Q[1,2] from 1 to 2: q_cat = (0, 2).
    fireEvent.keyDown(entry, { key: 'PageUp' });
    expect(cell('wq-0-0-1')).toBe('2');
    expect(cell('queries-0-0-1')).toBe('2');
    // Then W_Q[3,1] from 0 to 1 with ten presses of +: q_cat = (1, 2), and q_fish = (1, 2) too.
    fireEvent.keyDown(entry, { key: 'ArrowDown' });
    fireEvent.keyDown(entry, { key: 'ArrowDown' });
    fireEvent.keyDown(entry, { key: 'ArrowLeft' });
    const third = screen.getByTestId('wq-0-2-0');
    for (let i = 0; i < 10; i += 1) fireEvent.keyDown(third, { key: '+' });
    expect(cell('wq-0-2-0')).toBe('1');
    expect(cell('queries-0-0-0')).toBe('1');
    expect(cell('queries-0-2-1')).toBe('2');
    // numpy: fish's weights become (0.0454, 0.7679, 0.1867); ate's stay (0.5, 0.5).
    expect(['weights-0-2-0', 'weights-0-2-1', 'weights-0-2-2'].map(cell)).toEqual(['0.0454', '0.768', '0.187']);
    expect(cell('weights-0-1-0')).toBe('0.5');
  });

  it('edits the selected weight with its number field, refusing what is out of range', () => {
    mount();
    fireEvent.click(screen.getByTestId('stage-tab-projections'));
    fireEvent.focus(screen.getByTestId('wk-0-1-1'));
    const field = screen.getByTestId('weight-input');
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    // W_K[2,2] = 0: k_ate = (1, 1); numpy gives fish the weights (0.2483, 0.5035, 0.2483).
    expect(['weights-0-2-0', 'weights-0-2-1', 'weights-0-2-2'].map(cell)).toEqual(['0.248', '0.503', '0.248']);
    fireEvent.change(field, { target: { value: '12' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByText(/"12" refused: enter a number from -5 to 5/)).toBeTruthy();
    expect(cell('wk-0-1-1')).toBe('0');
  });

  it('switches the mask off and says what leaks', () => {
    mount();
    fireEvent.click(screen.getByTestId('switch-mask'));
    expect(cell('weights-0-0-1')).toBe('0.576');
    expect(screen.getByTestId('lesson-mask').textContent).toMatch(/"cat" now takes 86% of its attention from later tokens/);
  });

  it('shows the formula of a focused cell with its numbers', () => {
    vi.useFakeTimers();
    mount();
    fireEvent.focus(screen.getByTestId('weights-0-2-1'));
    act(() => vi.advanceTimersByTime(500));
    expect(screen.getByTestId('cell-formula').textContent).toMatch(/A = softmax\(Z \+ M\), row 3 \(fish\), column 2/);
    expect(screen.getByTestId('cell-formula').querySelector('annotation')?.textContent).toMatch(/=0\.575975$/);
  });

  it('proves the permutation point: no change without positions, a change with them', () => {
    mount({ tokens: ['dog', 'chased', 'mouse', 'it'] });
    expect(screen.getByTestId('lesson-positions').textContent).toMatch(/leaves its output at/);
    fireEvent.click(screen.getByTestId('switch-positions'));
    expect(screen.getByTestId('lesson-positions').textContent).toMatch(/changes its output from/);
    fireEvent.click(screen.getByTestId('reverse-earlier'));
    expect(screen.getByTestId<HTMLSelectElement>('token-0').value).toBe('mouse');
  });

  it('adds a second head side by side and concatenates the outputs', () => {
    mount();
    fireEvent.click(screen.getByTestId('switch-heads'));
    expect(screen.getByTestId('grid-weights-1')).toBeTruthy();
    fireEvent.click(screen.getByTestId('stage-tab-output'));
    expect(screen.getByTestId('grid-concat-0').querySelectorAll('thead th')).toHaveLength(5);
  });

  it('writes its state to the URL', () => {
    vi.useFakeTimers();
    mount();
    fireEvent.click(screen.getByTestId('switch-scale'));
    act(() => vi.advanceTimersByTime(1000));
    expect(new URLSearchParams(window.location.search).get('attention-lab.scale')).toBe('false');
  });

  it('speaks Chinese', () => {
    mount({}, 'zh');
    expect(screen.getByRole('region', { name: '注意力实验台' })).toBeTruthy();
    expect(screen.getByTestId('attention-summary').textContent).toMatch(/鱼看向 猫 0\.14，吃 0\.576，鱼 0\.284。/);
  });
});
