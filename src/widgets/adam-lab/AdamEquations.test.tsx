// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'katex';
import { afterEach, describe, expect, it } from 'vitest';
import { SURFACE_IDS, SURFACES } from '../../math/surfaces/catalog.ts';
import { KATEX_OPTIONS } from '../../math-typesetting/katexOptions.ts';
import { AdamEquations } from './AdamEquations.tsx';
import { BiasNote } from './BiasNote.tsx';
import { computeRuns } from './runs.ts';
import { STRINGS } from './strings.ts';

const SETTINGS = { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
const bowlRuns = () => computeRuns({ surface: 'bowl', start: [1, 1], ...SETTINGS, wd: 0.01, momentum: 0.9, steps: 5 });

afterEach(cleanup);

// jsdom parses KaTeX's HTML+MathML slowly; allow for a busy machine.
describe('AdamEquations (real KaTeX)', { timeout: 20_000 }, () => {
  it('typesets the six symbolic equations before the first step', () => {
    render(<AdamEquations runs={bowlRuns()} step={0} dimension={2} settings={SETTINGS} strings={STRINGS.en} />);
    const lines = screen.getByTestId('adam-equations');
    expect(lines.querySelectorAll('.katex')).toHaveLength(6);
    // KaTeX keeps the source in a MathML annotation, which screen readers and this test can read.
    expect(lines.textContent).toContain('\\hat m_t=\\dfrac{m_t}{1-\\beta_1^{t}}');
    expect(screen.getByText(STRINGS.en.equationsIdle)).toBeTruthy();
  });

  it('substitutes step 1 on the bowl: m̂₁ = g₁ = 2 and x₁ = 1 − 0.1·2/(√4 + 1e-8) = 0.9', () => {
    render(<AdamEquations runs={bowlRuns()} step={1} dimension={2} settings={SETTINGS} strings={STRINGS.en} />);
    const text = screen.getByTestId('adam-equations').textContent ?? '';
    expect(text).toContain('\\hat m_{1}=\\dfrac{0.2}{1-0.9^{1}}=2');
    expect(text).toContain('x_{1}=1-0.1\\cdot\\dfrac{2}{\\sqrt{4}+10^{-8}}=0.9');
  });

  it('compares the first step with and without bias correction', () => {
    render(<BiasNote runs={bowlRuns()} strings={STRINGS.en} />);
    expect(screen.getByTestId('bias-note').textContent).toMatch(/Adam moves 0\.1 \(about α\); without bias correction 0\.316228 = α\(1 − β₁\)/);
  });

  it('names the coordinate θ on a one-dimensional surface', () => {
    const runs = computeRuns({ surface: 'square', start: [1], ...SETTINGS, wd: 0, momentum: 0.9, steps: 3 });
    render(<AdamEquations runs={runs} step={3} dimension={1} settings={SETTINGS} strings={STRINGS.zh} />);
    const text = screen.getByTestId('adam-equations').textContent ?? '';
    // The reference run on θ² (src/math/reference/optimizers.json), t = 3: g₃ = 1.60082, θ₃ = 0.701586272946030.
    expect(text).toContain("g_{3}=f'(\\theta_{t-1})=1.60082");
    expect(text).toContain('\\theta_{3}=0.800412-0.1');
    expect(text).toContain('=0.701586');
    expect(screen.queryByTestId('equation-coordinate')).toBeNull();
  });

  it('typesets every surface formula in strict mode', () => {
    for (const id of SURFACE_IDS) {
      expect(() => renderToString(SURFACES[id].tex, { ...KATEX_OPTIONS, throwOnError: true })).not.toThrow();
    }
  });
});
