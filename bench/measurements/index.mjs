// The interaction measurements the benchmark runs after Lighthouse. Each is { id, label, unit, budget, run(context) }
// where run resolves with { status: 'ok', value, detail } or { status: 'not available', reason }; context is
// { root, baseUrl, browser (playwright-core Chromium), cpuSlowdown }. Add a measurement by adding it to this list.
import { gptLabBytes } from './gptLabBytes.mjs';
import { gptLabPpo, gptLabTraining, startTraining } from './gptLabTraining.mjs';
import { searchQueryTime } from './searchQueryTime.mjs';
import { widgetInputToPaint } from './widgetInputToPaint.mjs';

/** Every interaction measurement, in report order. */
export const MEASUREMENTS = [
  widgetInputToPaint({
    id: 'gelu-lab',
    label: 'GeLU lab slider input → paint',
    widget: 'gelu-lab',
    path: '/en/gelu/',
    sliders: ['[data-testid="probe-slider"]', 'input[type="range"]'],
  }),
  widgetInputToPaint({
    id: 'adam-lab',
    label: 'Adam lab slider input → paint',
    widget: 'adam-lab',
    path: '/en/adam/',
    sliders: ['[data-testid="lr-slider"]', 'input[type="range"]'],
  }),
  widgetInputToPaint({
    id: 'softmax-lab',
    label: 'softmax lab slider input → paint',
    widget: 'softmax-lab',
    path: '/en/loss/',
    sliders: ['[data-testid="temperature-slider"]', 'input[type="range"]'],
  }),
  widgetInputToPaint({
    id: 'attention-lab',
    label: 'attention lab d_k slider input → paint',
    widget: 'attention-lab',
    path: '/en/architecture/',
    // d_k reshapes every matrix of the lab at once: its heaviest update (a W entry changes the same grids' numbers).
    sliders: ['[data-testid="dk-slider"]', 'input[type="range"]'],
  }),
  widgetInputToPaint({
    id: 'sampling-lab',
    label: 'next-token lab logit slider input → paint',
    widget: 'sampling-lab',
    path: '/en/architecture/',
    sliders: ['[data-testid="logit-0-slider"]', 'input[type="range"]'],
  }),
  widgetInputToPaint({
    id: 'gpt-lab-while-training',
    label: 'GPT lab temperature slider input → paint, while the model trains',
    widget: 'gpt-lab',
    path: '/en/build-your-own/',
    sliders: ['[data-testid="temperature-slider"]'],
    prepare: async (page) => {
      await startTraining(page);
      // The temperature slider is on the Inspect tab, which loads when first opened; training goes on meanwhile.
      await page.getByTestId('tab-inspect').click();
      return 'training';
    },
  }),
  gptLabBytes,
  gptLabTraining,
  gptLabPpo,
  widgetInputToPaint({
    id: 'rlhf-lab',
    label: 'RLHF lab β slider input → paint',
    widget: 'rlhf-lab',
    // PPO's step with a fitted reward model, 50 iterations in: each β recomputes the whole 300-iteration run and π*.
    path: '/en/rlhf/?rlhf-lab.tab=ppo&rlhf-lab.rmt=200&rlhf-lab.t=50',
    sliders: ['[data-testid="beta-slider"]'],
  }),
  searchQueryTime,
];
