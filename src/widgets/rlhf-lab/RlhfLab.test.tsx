// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../content/locale.ts';
import { expectation, optimalPolicy, probabilitiesOf } from '../../math/rlhf/policy.ts';
import { createPpoRun } from '../../math/rlhf/ppoRun.ts';
import { formatFixed, formatNumber } from '../../ui/formatNumber.ts';
import { URL_WRITE_DELAY_MS } from '../../ui/useUrlStateWriter.ts';
import { ANNOUNCE_INTERVAL_MS } from './props.ts';
import { chapterLabProps } from './testing.ts';
import { fitFor, labInputs, rewardModelAt } from './model.ts';
import RlhfLab from './RlhfLab.tsx';

// jsdom lays out nothing and re-parses KaTeX markup on each step: on a busy machine that takes a while. Nothing here
// measures time.
vi.setConfig({ testTimeout: 30_000 });

const props = { en: chapterLabProps('en'), zh: chapterLabProps('zh') };
const inputs = labInputs(props.en);
const renderLab = (locale: Locale = 'en') =>
  render(<RlhfLab {...props[locale]} context={{ locale, chapter: 'rlhf', section: 'rlhf-lab', instanceId: 'rlhf-lab' }} />);
const order = () => [...document.querySelectorAll<HTMLElement>('[data-reply]')].map((card) => card.dataset.reply).join('');
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

beforeEach(() => window.history.replaceState(null, '', '/en/rlhf/?other=1#rlhf-lab'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('step 1: ranking', () => {
  it("starts from the chapter's ranking and lists its ten pairs", () => {
    renderLab();
    expect(order()).toBe('AEBCD');
    expect(text('pairs')).toMatch(/C\(5, 2\) = 10 pairs/);
    expect([...document.querySelectorAll('.rlhf-lab__pair')].map((pair) => pair.textContent)).toEqual([
      'A≻E', 'A≻B', 'A≻C', 'A≻D', 'E≻B', 'E≻C', 'E≻D', 'B≻C', 'B≻D', 'C≻D',
    ]);
  });

  it('moves a card with ↑/↓ on its handle and with its ▲/▼ buttons, keeping the focus on the moved card, and says where it went', () => {
    vi.useFakeTimers();
    renderLab();
    const handle = screen.getByTestId('handle-E');
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    expect(order()).toBe('ABECD');
    expect(document.activeElement).toBe(screen.getByTestId('handle-E'));
    expect(screen.getByTestId('handle-E').getAttribute('aria-label')).toMatch(/rank 3 of 5/);
    act(() => vi.advanceTimersByTime(ANNOUNCE_INTERVAL_MS));
    expect(text('announcement')).toBe('Reply E is now rank 3 of 5.');
    fireEvent.click(screen.getByTestId('up-C'));
    fireEvent.click(screen.getByTestId('up-C'));
    fireEvent.click(screen.getByTestId('up-C'));
    expect(order()).toBe('CABED');
    // ▲ is disabled at the top: the focus moves to the card's handle rather than to the page.
    expect(document.activeElement).toBe(screen.getByTestId('handle-C'));
    fireEvent.click(screen.getByTestId('down-A'));
    expect(order()).toBe('CBAED');
    fireEvent.click(screen.getByTestId('default-ranking'));
    expect(order()).toBe('AEBCD');
  });
});

describe('step 2: the reward model', () => {
  it('steps gradient descent and shows the numbers of src/math/rlhf, loss formula included', () => {
    vi.useFakeTimers();
    renderLab();
    fireEvent.click(screen.getByTestId('tab-reward'));
    for (let i = 0; i < 3; i += 1) fireEvent.click(screen.getByTestId('reward-step'));
    expect(text('reward-counter')).toBe('step 3 / 500');
    const model = rewardModelAt(inputs, fitFor(inputs, props.en.ranking, 0.1, 1), 0.1, 3);
    model.weights.forEach((weight, j) => expect(text(`weight-${j}`)).toBe(formatNumber(weight, 4)));
    model.rewards.forEach((reward, k) => expect(text(`reward-${'ABCDE'[k]}`)).toBe(formatNumber(reward, 4)));
    const sigmas = screen.getAllByTestId('pair-sigma').map((cell) => cell.textContent?.split(' ')[0]);
    expect(sigmas).toEqual(model.evaluation.probabilities.map((p) => formatNumber(p, 4)));
    // The formula follows just after the frame that shows the tables.
    act(() => vi.advanceTimersByTime(500));
    const formula = screen.getByTestId('loss-formula').querySelector('annotation')?.textContent ?? '';
    expect(formula).toContain(`=${formatNumber(model.evaluation.loss, 4)}`);
    expect(formula).toContain(`-\\tfrac{1}{10}`);
  });

  it('adds a constant to every reward without changing the loss', () => {
    renderLab();
    fireEvent.click(screen.getByTestId('tab-reward'));
    fireEvent.click(screen.getByTestId('reward-step'));
    const field = screen.getByTestId('shift-input');
    fireEvent.change(field, { target: { value: '7.5' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const [, before, after] = /from r: (\d+\.\d+); from r \+ c: (\d+\.\d+)/.exec(text('shift-result')) ?? [];
    expect(before).toBeDefined();
    expect(after).toBe(before);
  });
});

describe('step 3: PPO', () => {
  it('starts at π_ref, offers to fit an unfitted model, and steps the same run as src/math/rlhf', () => {
    renderLab();
    fireEvent.click(screen.getByTestId('tab-ppo'));
    expect(screen.getByTestId('unfitted')).toBeTruthy();
    inputs.reference.forEach((p, k) => expect(text(`p-policy-${'ABCDE'[k]}`)).toBe(formatFixed(p, 3)));
    fireEvent.click(screen.getByTestId('quick-fit'));
    expect(screen.queryByTestId('unfitted')).toBeNull();
    fireEvent.click(screen.getByTestId('ppo-step'));
    fireEvent.click(screen.getByTestId('ppo-step'));
    const rewards = rewardModelAt(inputs, fitFor(inputs, props.en.ranking, 0.1, 1), 0.1, 200).rewards;
    const run = createPpoRun({ referenceProbabilities: inputs.reference, rewards, settings: props.en.settings, seed: 1 });
    const snapshot = run.extendTo(2);
    expect(text('kl')).toBe(formatNumber(snapshot.kl, 4));
    expect(text('expected-fitted')).toBe(formatFixed(expectation(snapshot.probabilities, rewards), 4));
    snapshot.probabilities.forEach((p, k) => expect(text(`p-policy-${'ABCDE'[k]}`)).toBe(formatFixed(p, 3)));
    const optimum = probabilitiesOf(optimalPolicy(inputs.reference.map(Math.log), rewards, 0.5));
    optimum.forEach((p, k) => expect(text(`p-optimum-${'ABCDE'[k]}`)).toBe(formatFixed(p, 3)));
  });

  it('refuses β = 0 and NaN with a reason, keeps the last good value, and never shows NaN', () => {
    renderLab();
    fireEvent.click(screen.getByTestId('tab-ppo'));
    const field = screen.getByTestId('beta-input');
    for (const typed of ['0', 'NaN', '-1']) {
      fireEvent.change(field, { target: { value: typed } });
      fireEvent.keyDown(field, { key: 'Enter' });
      expect(screen.getByTestId('panel-ppo').textContent).toMatch(/β must be above 0/);
    }
    expect(screen.getByTestId('beta-slider')).toHaveProperty('value');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('writes its state to the URL once the reader changes something, keeping other keys', () => {
    vi.useFakeTimers();
    renderLab();
    expect(window.location.search).toBe('?other=1');
    fireEvent.click(screen.getByTestId('tab-ppo'));
    fireEvent.click(screen.getByTestId('mode-exact'));
    act(() => vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('other')).toBe('1');
    expect(params.get('rlhf-lab.mode')).toBe('exact');
    expect(params.get('rlhf-lab.rank')).toBe('A,E,B,C,D');
  });
});

describe('accessibility and language', () => {
  it('has no axe violations on any step (colour contrast is checked in the browser)', async () => {
    const { container } = renderLab();
    for (const tab of ['rank', 'reward', 'ppo']) {
      fireEvent.click(screen.getByTestId(`tab-${tab}`));
      if (tab === 'ppo') fireEvent.click(screen.getByTestId('quick-fit'));
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((violation) => `${tab}: ${violation.id}: ${violation.help}`)).toEqual([]);
    }
  });

  it('speaks Chinese when the page does', () => {
    renderLab('zh');
    expect(screen.getByRole('tab', { name: '1 · 排序' })).toBeTruthy();
    expect(within(screen.getByTestId('ranking')).getAllByText(/词元/).length).toBe(5);
  });
});
