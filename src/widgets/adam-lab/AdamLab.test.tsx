// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../content/locale.ts';
import AdamLab from './AdamLab.tsx';
import reference from '../../math/reference/optimizers.json';
import { adamLabAttributes } from './props.ts';

// jsdom parses KaTeX's HTML+MathML very slowly (about 0.2 s per equation on a busy machine), and every step re-typesets
// six of them. Here a stub stands in; AdamEquations.test.tsx and surfaceFormulas.test.ts typeset for real.
vi.mock('katex', () => ({
  renderToString: (tex: string) => `<span class="katex">${tex.replace(/[<>&]/g, '')}</span>`,
}));

/**
 * What the Adam table shows at step 5 of a reference run (src/math/reference/optimizers.json: float64 runs checked
 * against 30-digit ones), by the cells' test ids.
 */
function stepFiveCells(run: typeof reference.adamOnBowl) {
  const step = run.records[4]!;
  const cells: Record<string, number> = {};
  (['x', 'y'] as const).forEach((name, index) => {
    Object.assign(cells, {
      [`adam-${name}-g`]: step.g[index]!,
      [`adam-${name}-m`]: step.m[index]!,
      [`adam-${name}-v`]: step.v[index]!,
      [`adam-${name}-m-hat`]: step.mHat[index]!,
      [`adam-${name}-v-hat`]: step.vHat[index]!,
      [`adam-${name}-theta`]: step.theta[index]!,
    });
  });
  return { ...cells, 'adam-loss': step.loss };
}
// α = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8 from (1, 1), as the chapter's directive sets it.
const REFERENCE_STEP_5 = stepFiveCells(reference.adamOnBowl);
// The same run with β₁ = 0.5 and α = 0.05.
const HALF_BETA_STEP_5 = stepFiveCells(reference.adamOnBowlHalfBeta1);
// Six significant digits are shown, so a cell is within 5e-6 relative of the full value.
const SHOWN_RELATIVE = 5e-6;

const context = (locale: Locale = 'en') => ({ locale, chapter: 'adam', section: 'try-it', instanceId: 'adam-lab' });

function mount(attributes: Record<string, string> = { surface: 'bowl' }, locale: Locale = 'en') {
  const props = adamLabAttributes.parse(attributes);
  return render(<AdamLab {...props} context={context(locale)} />);
}

const cellNumber = (testId: string) => Number(screen.getByTestId(testId).textContent);

/** The cells that differ from `expected` by more than the shown precision, with what they show (empty when all match). */
function tableMismatches(expected: Record<string, number>): string[] {
  return Object.entries(expected)
    .filter(([testId, value]) => !(Math.abs(cellNumber(testId) - value) <= SHOWN_RELATIVE * Math.abs(value)))
    .map(([testId, value]) => `${testId}: shows ${screen.getByTestId(testId).textContent}, expected ${value}`);
}

/** A NumberField's text box, found through its <label> (label queries are slow in jsdom). */
function textField(label: string): HTMLInputElement {
  const element = screen.getByText(label, { selector: 'label' }) as HTMLLabelElement;
  return document.getElementById(element.htmlFor) as HTMLInputElement;
}

/** Types into a NumberField's text box (found by its label) and presses Enter. */
function typeInto(label: string, text: string) {
  const field = textField(label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
}

const stepForward = (times: number) => {
  for (let index = 0; index < times; index += 1) fireEvent.click(screen.getByTestId('step-forward'));
};

beforeEach(() => window.history.replaceState(null, '', '/en/adam/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Each test renders the whole lab several times; allow for a busy machine (jsdom is slow with large SVGs).
describe('AdamLab', { timeout: 20_000 }, () => {
  it('steps five times and shows the reference run’s numbers for both coordinates', () => {
    mount();
    expect(screen.getByTestId('step-counter').textContent).toBe('t = 0 of 50');
    expect(screen.getByTestId('adam-x-theta').textContent).toBe('1');
    expect(screen.getByTestId('adam-x-g').textContent).toBe('—');
    stepForward(5);
    expect(screen.getByTestId('step-counter').textContent).toBe('t = 5 of 50');
    expect(tableMismatches(REFERENCE_STEP_5)).toEqual([]);
    // SGD's y flips sign every step with α = 0.1 (y ← y − 0.1·20y = −y): after five steps y = −1.
    expect(screen.getByTestId('sgd-y-theta').textContent).toBe('-1');
  });

  it('recomputes after β₁ and α change, and steps back', () => {
    mount();
    typeInto('β₁ (decay of m)', '0.5');
    typeInto('Learning rate α', '0.05');
    stepForward(6);
    fireEvent.click(screen.getByTestId('step-back'));
    expect(tableMismatches(HALF_BETA_STEP_5)).toEqual([]);
  });

  it('refuses β₁ = 1 and explains that the bias correction would divide by zero', () => {
    mount();
    stepForward(1);
    typeInto('β₁ (decay of m)', '1');
    expect(screen.getByText(/bias correction divides by 1 − β₁ᵗ, which is 0 when β₁ = 1/)).toBeTruthy();
    // The last good β₁ is kept: Adam's first step is still 0.1 per coordinate.
    expect(cellNumber('adam-x-theta')).toBeCloseTo(0.9, 8);
  });

  it('shows the first step with and without bias correction (0.1 against 0.316)', () => {
    mount();
    expect(screen.getByTestId('bias-note').textContent).toMatch(/Adam moves 0\.1 \(about α\); without bias correction 0\.316228 = α\(1 − β₁\)/);
    fireEvent.click(screen.getByTestId('toggle-adam-no-bias-correction'));
    stepForward(1);
    expect(cellNumber('adam-no-bias-correction-x-delta')).toBeCloseTo(-0.316228, 6);
    expect(screen.getByTestId('adam-no-bias-correction-x-m').textContent).toBe('0.2');
  });

  it('marks and explains divergence for α = 10 on the bowl, and never shows NaN', () => {
    const { container } = mount();
    typeInto('Learning rate α', '10');
    expect(screen.getByTestId('divergence').textContent).toMatch(
      /^Diverged: SGD at step 3 \(loss > 1e\+12\); Momentum at step \d+ \(loss > 1e\+12\); each path stops at ✕\. α is too large/,
    );
    expect(screen.queryByTestId('sgd-diverged-marker')).toBeNull();
    stepForward(5);
    expect(screen.getByTestId('sgd-diverged-marker')).toBeTruthy();
    expect(screen.getByTestId('sgd-x-theta').textContent).toBe('—');
    // Adam's step stays about α: it oscillates but never diverges.
    expect(Number.isFinite(cellNumber('adam-x-theta'))).toBe(true);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('moves the start point with the keyboard', () => {
    mount();
    const handle = screen.getByTestId('start-handle');
    expect(handle.getAttribute('aria-valuetext')).toBe('at (1, 1)');
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    // One key press moves 1/60 of the domain's width (3): 0.05.
    expect(handle.getAttribute('aria-valuetext')).toBe('at (1.05, 0.95)');
    expect(screen.getByTestId('adam-y-theta').textContent).toBe('0.95');
    fireEvent.keyDown(handle, { key: 'ArrowLeft', shiftKey: true });
    expect(handle.getAttribute('aria-valuetext')).toBe('at (0.55, 0.95)');
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(handle.getAttribute('aria-valuetext')).toBe('at (1, 1)');
  });

  it('keeps the start inside the plotted region', () => {
    mount({ surface: 'bowl', start: '1.45,1' });
    const handle = screen.getByTestId('start-handle');
    fireEvent.keyDown(handle, { key: 'ArrowRight', shiftKey: true });
    expect(handle.getAttribute('aria-valuetext')).toBe('at (1.5, 1)');
  });

  it('writes its state into the URL under its instance id and reads it back', () => {
    vi.useFakeTimers();
    mount();
    typeInto('Learning rate α', '0.05');
    stepForward(2);
    act(() => vi.advanceTimersByTime(1000));
    expect(window.location.search).toMatch(/adam-lab\.lr=0\.05/);
    expect(window.location.search).toMatch(/adam-lab\.t=2/);
    cleanup();
    mount();
    expect(screen.getByTestId('step-counter').textContent).toBe('t = 2 of 50');
    expect(textField('Learning rate α').value).toBe('0.05');
  });

  it('plays and pauses, announcing the current step politely', () => {
    vi.useFakeTimers();
    mount({ surface: 'square', steps: '3' });
    fireEvent.click(screen.getByTestId('step-play'));
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByTestId('step-counter').textContent).toBe('t = 3 of 3');
    expect(screen.getByTestId('step-play').textContent).toMatch(/Play/);
    act(() => vi.advanceTimersByTime(1000));
    const live = screen.getByTestId('announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toMatch(/^Step 3\. SGD at θ = /);
  });

  it('switches surfaces, typesets each formula, and speaks Chinese', () => {
    mount({ surface: 'rosenbrock' }, 'zh');
    expect(screen.getByText('Adam 实验台')).toBeTruthy();
    expect(screen.getByTestId('surface-formula').querySelector('.katex')).toBeTruthy();
    expect(screen.getByTestId('start-handle').getAttribute('aria-valuetext')).toBe('位于 (-1.2, 1)');
    fireEvent.change(screen.getByTestId('surface-select'), { target: { value: 'double-well' } });
    expect(screen.getByTestId('start-handle').getAttribute('aria-valuetext')).toBe('位于 θ = 2');
    stepForward(1);
    // θ⁴ − 3θ² + θ at 2: g = 21, so Adam's first step is 0.1 and θ₁ = 1.9.
    expect(cellNumber('adam-x-theta')).toBeCloseTo(1.9, 8);
    fireEvent.click(screen.getByTestId('panel-tab-equations'));
    expect(screen.getByTestId('adam-equations').querySelectorAll('.katex')).toHaveLength(6);
  });

  it('hands Adam’s update with the current numbers to KaTeX', async () => {
    mount();
    stepForward(2);
    expect(screen.getByTestId('adam-equations').childElementCount).toBe(0);
    fireEvent.click(screen.getByTestId('panel-tab-equations'));
    expect(screen.getByTestId('panel-equations').hidden).toBe(false);
    const equations = screen.getByTestId('adam-equations').textContent ?? '';
    // m₂ = 0.9·0.2 + 0.1·1.8 = 0.36 and x₂ = 0.9 − 0.1·1.89474/(√3.61981 + 1e-8) = 0.800412.
    expect(equations).toContain('m_{2}=0.9\\cdot 0.2+0.1\\cdot 1.8=0.36');
    expect(equations).toContain('x_{2}=0.9-0.1\\cdot\\dfrac{1.89474}{\\sqrt{3.61981}+10^{-8}}=0.800412');
    fireEvent.change(screen.getByTestId('equation-coordinate'), { target: { value: '1' } });
    // A formula follows its numbers just after the next paint (TypesetMath).
    await waitFor(() => expect(screen.getByTestId('adam-equations').textContent).toContain('m_{2}=0.9\\cdot 2+0.1\\cdot 18=3.6'));
  });
});

describe('AdamLab detail tabs', { timeout: 20_000 }, () => {
  it('switches panels with the arrow keys and keeps the choice in the URL', () => {
    vi.useFakeTimers();
    mount();
    const numbers = screen.getByTestId('panel-tab-numbers');
    expect(numbers.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('panel-settings').hidden).toBe(true);
    fireEvent.keyDown(numbers, { key: 'ArrowLeft' });
    expect(screen.getByTestId('panel-tab-settings').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('panel-tab-settings'));
    expect(screen.getByTestId('panel-settings').hidden).toBe(false);
    expect(screen.getByTestId('panel-numbers').hidden).toBe(true);
    act(() => vi.advanceTimersByTime(1000));
    expect(window.location.search).toMatch(/adam-lab\.panel=settings/);
  });
});
