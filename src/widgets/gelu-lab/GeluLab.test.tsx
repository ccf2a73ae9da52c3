// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../content/locale.ts';
import { relativeError } from '../../math/testing.ts';
import { DEFAULT_PROPS, type GeluLabProps } from './props.ts';
import GeluLab from './GeluLab.tsx';
import { ANNOUNCE_INTERVAL_MS } from './props.ts';
import { URL_WRITE_DELAY_MS } from '../../ui/useUrlStateWriter.ts';

// jsdom re-parses the KaTeX markup on every probe move; on a busy machine a test with many moves needs more than the
// default 5 s. Nothing here measures time.
vi.setConfig({ testTimeout: 30_000 });

function renderLab(props: Partial<GeluLabProps> = {}, locale: Locale = 'en') {
  const context = { locale, chapter: 'gelu', section: 'try-it', instanceId: 'gelu-lab' };
  return render(<GeluLab {...DEFAULT_PROPS} {...props} context={context} />);
}
const readout = (id: string) => screen.getByTestId(`readout-${id}`).textContent;
const plot = () => screen.getByRole('slider', { name: /Plot of GeLU/ });
const typeProbe = (text: string) => {
  const field = screen.getByTestId('probe-input');
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

beforeEach(() => window.history.replaceState(null, '', '/en/gelu?other=1#try-it'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('readouts', () => {
  // Reference values: src/math/reference/gelu.json (x = 1, 0.93, 1.01, 1.02), shown to 6 significant digits.
  it('reads every curve at x = 1 to 6 significant digits', () => {
    renderLab({ x: 1 });
    expect(readout('x')).toBe('1');
    expect(readout('gelu')).toBe('0.841345');
    expect(readout('tanh')).toBe('0.841192');
    expect(readout('sigmoid')).toBe('0.845796');
    expect(readout('relu')).toBe('1.00000');
    expect(readout('erf')).toBe('0.842701');
    expect(readout('cdf')).toBe('0.841345');
    expect(readout('derivative')).toBe('1.08332');
    expect(readout('tanh-error')).toBe('error -1.53e-4');
  });

  it('typesets the formula with the probe’s numbers', () => {
    const { container } = renderLab({ x: 1 });
    const sources = [...container.querySelectorAll('annotation')].map((node) => node.textContent);
    expect(sources).toEqual([
      '\\operatorname{GeLU}(1)=1\\cdot\\Phi(1)=1\\cdot0.841345=0.841345',
      "\\operatorname{GeLU}'(1)=\\Phi(1)+1\\,\\varphi(1)=0.841345+1\\cdot0.241971=1.08332",
    ]);
  });

  it('retypesets the formula for a moved probe just after the next paint', () => {
    vi.useFakeTimers();
    const { container } = renderLab({ x: 1 });
    fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    expect(readout('gelu')).toBe('0.852190'); // the readouts in the input's own frame
    act(() => vi.advanceTimersByTime(50));
    const [geluSource] = [...container.querySelectorAll('annotation')].map((node) => node.textContent);
    expect(geluSource).toBe('\\operatorname{GeLU}(1.01)=1.01\\cdot\\Phi(1.01)=1.01\\cdot0.843752=0.852190');
  });

  it('never shows NaN or Infinity, even at ±1e6', () => {
    for (const x of [1e6, -1e6]) {
      const { container, unmount } = renderLab({ x });
      expect(container.textContent).not.toMatch(/NaN|Infinity/);
      unmount();
    }
  });
});

describe('moving the probe', () => {
  it('by the number field, with slider and readouts in step', () => {
    renderLab({ x: 1 });
    typeProbe('2');
    expect(readout('gelu')).toBe('1.95450');
    expect(readout('derivative')).toBe('1.08523');
    expect((screen.getByTestId('probe-slider') as HTMLInputElement).value).toBe('2');
  });

  it('refuses text that is not a number, or beyond ±1e6, and keeps the last good value', () => {
    renderLab({ x: 1 });
    for (const text of ['abc', '2e6', '']) {
      typeProbe(text);
      expect(screen.getByText(`x must be a number between -1e6 and 1e6, got '${text}'`)).toBeTruthy();
      expect(readout('x')).toBe('1');
    }
  });

  it('by the slider', () => {
    renderLab({ x: 1 });
    fireEvent.change(screen.getByTestId('probe-slider'), { target: { value: '-1' } });
    expect(readout('gelu')).toBe('-0.158655');
    expect((screen.getByTestId('probe-input') as HTMLInputElement).value).toBe('-1');
  });

  it('by arrow keys on the plot: 0.01 per press, 0.1 with Shift, Home and End to the edges', () => {
    renderLab({ x: 1 });
    for (let press = 0; press < 3; press += 1) fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    expect(readout('x')).toBe('1.03');
    fireEvent.keyDown(plot(), { key: 'ArrowLeft', shiftKey: true });
    expect(readout('x')).toBe('0.93');
    expect(readout('gelu')).toBe('0.766147'); // 0.93·Φ(0.93), src/math/reference/gelu.json
    fireEvent.keyDown(plot(), { key: 'ArrowUp' });
    expect(readout('x')).toBe('0.94');
    expect(plot().getAttribute('aria-valuenow')).toBe('0.94');
    fireEvent.keyDown(plot(), { key: 'Home' });
    expect(readout('x')).toBe('-4');
    fireEvent.keyDown(plot(), { key: 'End' });
    expect(readout('x')).toBe('4');
  });

  it('by dragging on the plot', () => {
    renderLab({ x: 1 });
    // jsdom lays nothing out, so the plot is at its fallback width of 640 with the plotting area from 40 to 628.
    fireEvent.pointerDown(plot(), { clientX: 334, button: 0, pointerId: 1 });
    expect(readout('x')).toBe('0');
    fireEvent.pointerMove(plot(), { clientX: 628, pointerId: 1 });
    expect(readout('x')).toBe('4');
    fireEvent.pointerUp(plot(), { pointerId: 1 });
    fireEvent.pointerMove(plot(), { clientX: 40, pointerId: 1 });
    expect(readout('x')).toBe('4');
  });
});

describe('view and curves', () => {
  it('switches a curve off: its readout and its line go', () => {
    const { container } = renderLab();
    fireEvent.click(screen.getByTestId('toggle-erf'));
    expect(screen.queryByTestId('readout-erf')).toBeNull();
    expect(container.querySelector('.gelu-lab__plot .gelu-lab__curve--erf')).toBeNull();
    expect(container.querySelector('.gelu-lab__plot .gelu-lab__curve--gelu')).not.toBeNull();
  });

  it('marks the key points on request', () => {
    renderLab();
    expect(screen.queryByTestId('key-point-minimum')).toBeNull();
    fireEvent.click(screen.getByTestId('toggle-keypoints'));
    expect(screen.getByTestId('key-point-minimum').textContent).toBe('minimum(-0.7518, -0.1700)');
    expect(screen.getByTestId('key-point-steepest').textContent).toBe('steepest(1.4142, 1.1289)');
  });

  it('zooms about the probe and offers presets', () => {
    renderLab({ x: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect([plot().getAttribute('aria-valuemin'), plot().getAttribute('aria-valuemax')]).toEqual(['-1.5', '2.5']);
    fireEvent.click(screen.getByRole('button', { name: /Show x from -6 to 6/ }));
    expect([plot().getAttribute('aria-valuemin'), plot().getAttribute('aria-valuemax')]).toEqual(['-6', '6']);
  });

  it('prints each approximation’s largest error over the visible range, computed', () => {
    renderLab({ xmin: -6, xmax: 6 });
    const tanh = screen.getByTestId('max-error-tanh');
    const sigmoid = screen.getByTestId('max-error-sigmoid');
    expect(tanh.textContent).toBe('tanh: max |error| 4.73e-4 at x = ±2.699');
    expect(sigmoid.textContent).toBe('sigmoid: max |error| 2.03e-2 at x = ±2.270');
    expect(relativeError(Number(tanh.dataset.value), 4.73235520687285e-4)).toBeLessThanOrEqual(1e-11);
    fireEvent.click(screen.getByRole('button', { name: /Show x from -2 to 1/ }));
    expect(Number(screen.getByTestId('max-error-tanh').dataset.value)).toBeLessThan(4.73e-4);
  });
});

describe('link state', () => {
  it('starts from the URL when it holds this instance’s keys', () => {
    window.history.replaceState(null, '', '/en/gelu?gelu-lab.x=-0.5&gelu-lab.curves=gelu,derivative&gelu-lab.keypoints=true');
    renderLab({ x: 1 });
    expect(readout('gelu')).toBe('-0.154269');
    expect(readout('derivative')).toBe('0.132505');
    expect(screen.queryByTestId('readout-tanh')).toBeNull();
  });

  it('ignores a URL value that does not parse', () => {
    window.history.replaceState(null, '', '/en/gelu?gelu-lab.x=abc');
    renderLab({ x: 2 });
    expect(readout('x')).toBe('2');
  });

  it('writes the state to the URL shortly after a change, keeping other keys and the hash', () => {
    vi.useFakeTimers();
    renderLab({ x: 1 });
    act(() => vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2));
    expect(window.location.search).toBe('?other=1'); // nothing written until the reader changes something
    fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    act(() => vi.advanceTimersByTime(URL_WRITE_DELAY_MS));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('gelu-lab.x')).toBe('1.01');
    expect(params.get('gelu-lab.xmin')).toBe('-4');
    expect(params.get('gelu-lab.curves')).toBe('gelu,tanh,sigmoid,relu,erf,cdf,derivative');
    expect(params.get('other')).toBe('1');
    expect(window.location.hash).toBe('#try-it');
  });
});

describe('accessibility', () => {
  it('announces the readouts politely, at most once per 500 ms', () => {
    vi.useFakeTimers();
    renderLab({ x: 1, curves: ['gelu'] });
    const live = screen.getByTestId('announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    // GeLU(1.01) = 0.852190 and GeLU(1.02) = 0.863058 (src/math/reference/gelu.json).
    fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    expect(live.textContent).toBe('x = 1.01: exact GeLU 0.852190');
    fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    expect(live.textContent).toBe('x = 1.01: exact GeLU 0.852190');
    act(() => vi.advanceTimersByTime(ANNOUNCE_INTERVAL_MS));
    expect(live.textContent).toBe('x = 1.02: exact GeLU 0.863058');
  });

  it('describes the plot in words', () => {
    renderLab({ x: 1 });
    const description = document.getElementById(plot().getAttribute('aria-describedby')!)!.textContent;
    expect(description).toContain('for x from -4 to 4');
    expect(description).toContain('lowest at x = -0.7518, where it is -0.1700');
    expect(description).toContain('steepest at x = 1.4142, where its slope is 1.1289');
  });

  it('has no axe violations (colour contrast is checked in the browser)', async () => {
    const { container } = renderLab({ keypoints: true });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('speaks Chinese when the page does', () => {
    renderLab({ x: 1 }, 'zh');
    expect(screen.getByText('精确 GeLU')).toBeTruthy();
    expect(screen.getByRole('slider', { name: /GeLU 及相关曲线的图/ })).toBeTruthy();
    typeProbe('abc');
    expect(screen.getByText('x 必须是 -1e6 到 1e6 之间的数，收到的是“abc”')).toBeTruthy();
  });
});
