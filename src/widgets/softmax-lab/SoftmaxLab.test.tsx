// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SoftmaxLab from './SoftmaxLab.tsx';

const context = { locale: 'en' as const, chapter: 'loss', section: 'try-it', instanceId: 'softmax-lab' };
const mount = () => render(<SoftmaxLab logits={[2, 1, 0.1]} target={0} temperature={1} context={context} />);
const shown = (testId: string) => screen.getByTestId(testId).textContent;
const type = (testId: string, text: string) => {
  const field = screen.getByTestId(`${testId}-input`);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

beforeEach(() => window.history.replaceState(null, '', '/en/loss/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Reference values: src/math/reference/softmax.json (its three cases), shown to 4 significant digits.
describe('SoftmaxLab', () => {
  it('shows softmax(2, 1, 0.1) and the loss of token 1', () => {
    mount();
    expect(shown('softmax-p-0')).toBe('0.659');
    expect(shown('softmax-loss')).toBe('0.417');
  });

  it('recomputes for a temperature, a logit and a target, and writes T and the target to the URL', () => {
    vi.useFakeTimers();
    mount();
    type('temperature', '0.5');
    expect(shown('softmax-p-0')).toBe('0.8638');
    expect(shown('softmax-loss')).toBe('0.1464');
    type('logit-2', '3'); // logits (2, 1, 3) at T = 0.5: p = (0.1173, 0.01588, 0.8668)
    expect(shown('softmax-p-2')).toBe('0.8668');
    fireEvent.click(screen.getAllByRole('radio')[2]!);
    expect(shown('softmax-loss')).toBe('0.1429'); // -ln 0.8668
    act(() => vi.advanceTimersByTime(1000));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('softmax-lab.t')).toBe('0.5');
    expect(params.get('softmax-lab.target')).toBe('2');
  });

  it('typesets the loss with the current numbers just after the next paint', () => {
    vi.useFakeTimers();
    const { container } = mount();
    type('temperature', '0.5');
    act(() => vi.advanceTimersByTime(50));
    expect(container.querySelector('annotation')?.textContent).toBe('\\mathcal{L} = -\\ln p_{1} = -\\ln 0.8638 = 0.1464');
  });
});
