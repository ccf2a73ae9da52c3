/**
 * The lab's state in the page URL, so that a link reproduces the view: every setting, the selected step and the
 * playback speed, under the widget instance's prefix (`adam-lab.lr=0.1`). URL values are untrusted: each is parsed by
 * the directive's own attribute parser, and what does not parse (or does not fit the surface) is ignored.
 */
import { SURFACES } from '../../math/surfaces/catalog.ts';
import { attributeParsers, defaultStart, startProblem } from './props.ts';
import { initialLabState, type LabState, PANEL_IDS, SPEEDS } from './labState.ts';

/** The state as it goes into a link (playback itself is not shared: a link opens paused). */
export function serialiseState(state: LabState): Record<string, string> {
  return {
    surface: state.surface,
    start: state.start.join(','),
    lr: String(state.lr),
    beta1: String(state.beta1),
    beta2: String(state.beta2),
    eps: String(state.eps),
    wd: String(state.wd),
    momentum: String(state.momentum),
    steps: String(state.steps),
    optimizers: state.optimizers.join(','),
    t: String(state.step),
    speed: String(state.speed),
    panel: state.panel,
  };
}

const NUMERIC_KEYS = ['lr', 'beta1', 'beta2', 'eps', 'wd', 'momentum', 'steps'] as const;

/** Applies the URL's values to `base` (the state from the directive's props); what does not parse is ignored. */
export function applyUrlState(base: LabState, raw: Record<string, string>): LabState {
  const next = initialLabState(base, base.step, base.speed, base.panel);
  const surface = raw.surface === undefined ? undefined : attributeParsers.surface.safeParse(raw.surface);
  if (surface?.success && surface.data !== base.surface) {
    next.surface = surface.data;
    next.start = defaultStart(surface.data);
  }
  const start = raw.start === undefined ? undefined : attributeParsers.start.safeParse(raw.start);
  if (start?.success && startProblem(SURFACES[next.surface], start.data) === undefined) next.start = start.data;
  for (const key of NUMERIC_KEYS) {
    const parsed = raw[key] === undefined ? undefined : attributeParsers[key].safeParse(raw[key]);
    if (parsed?.success) next[key] = parsed.data;
  }
  // An empty list means "all switched off", which the attribute parser (rightly, for authors) refuses.
  if (raw.optimizers === '') next.optimizers = [];
  else if (raw.optimizers !== undefined) {
    const optimizers = attributeParsers.optimizers.safeParse(raw.optimizers);
    if (optimizers.success) next.optimizers = optimizers.data;
  }
  const step = Number(raw.t);
  if (raw.t !== undefined && Number.isInteger(step) && step >= 0) next.step = step;
  next.step = Math.min(next.step, next.steps);
  const speed = Number(raw.speed);
  if ((SPEEDS as readonly number[]).includes(speed)) next.speed = speed;
  const panel = PANEL_IDS.find((id) => id === raw.panel);
  if (panel) next.panel = panel;
  return next;
}
