// @vitest-environment jsdom
// PPO's settings: a bad value is refused with a message and never reaches the session; a good one (β = 0 included,
// below the slider's range) reaches it once the reader stops, merged with any other change made meanwhile.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PpoKnobs } from './PpoKnobs.tsx';
import { RLHF_STRINGS } from './rlhfStrings.ts';
import type { PpoKnobs as Knobs } from './worker/sessionMeta.ts';

const knobs: Knobs = { beta: 0.1, epsilon: 0.2, learningRate: 1e-4, rollouts: 16 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function type(testId: string, text: string) {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('PpoKnobs', () => {
  it('refuses a value that is not a number, or out of range, and sends nothing', () => {
    const onChange = vi.fn<(knobs: Knobs) => void>();
    render(<PpoKnobs knobs={knobs} onChange={onChange} rlhf={RLHF_STRINGS.en} />);
    type('ppo-beta-input', 'abc');
    expect(screen.getByText(/"abc" refused: enter a number from 0 to 10/)).toBeTruthy();
    type('ppo-epsilon-input', '0.95');
    expect(screen.getByText(/"0.95" refused: enter a number from 0.01 to 0.9/)).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('sends β = 0 and a new learning rate together, once, after the reader stops', () => {
    const onChange = vi.fn<(knobs: Knobs) => void>();
    render(<PpoKnobs knobs={knobs} onChange={onChange} rlhf={RLHF_STRINGS.en} />);
    type('ppo-beta-input', '0');
    act(() => vi.advanceTimersByTime(100));
    type('ppo-learning-rate-input', '0.001');
    act(() => vi.advanceTimersByTime(100));
    expect(onChange).not.toHaveBeenCalled();
    // The fields show what was typed while the session has not answered yet.
    expect((screen.getByTestId('ppo-beta-input') as HTMLInputElement).value).toBe('0');
    act(() => vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ beta: 0, epsilon: 0.2, learningRate: 0.001, rollouts: 16 });
  });

  it('offers replies per iteration in multiples of the four replies per question', () => {
    const onChange = vi.fn<(knobs: Knobs) => void>();
    render(<PpoKnobs knobs={knobs} onChange={onChange} rlhf={RLHF_STRINGS.zh} />);
    const select = screen.getByLabelText('每轮的回答数') as HTMLSelectElement;
    expect([...select.options].map((option) => Number(option.value)).every((count) => count % 4 === 0)).toBe(true);
    fireEvent.change(select, { target: { value: '32' } });
    act(() => vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenCalledWith({ ...knobs, rollouts: 32 });
  });
});
