/**
 * The lab's state and every way it changes, as a pure reducer: settings (the directive's props), the selected step t,
 * and playback. Values arrive already validated by the controls; the reducer still clamps what could break a run.
 */
import { OPTIMIZER_KINDS, type OptimizerKind } from '../../math/optimizers/optimizer.ts';
import { SURFACES } from '../../math/surfaces/catalog.ts';
import type { SurfaceId } from '../../math/surfaces/surface.ts';
import { type AdamLabProps, defaultStart, LIMITS } from './props.ts';

/** Playback speeds offered, in steps per second. */
export const SPEEDS = [1, 2, 5, 10, 25] as const;
/** Playback speed before the reader picks one. */
export const DEFAULT_SPEED = 5;

/** The lab's detail panels, in tab order: the numbers of step t, Adam's equations, the settings. */
export const PANEL_IDS = ['numbers', 'equations', 'settings'] as const;
/** One of the detail panels. */
export type PanelId = (typeof PANEL_IDS)[number];

/** Digits kept for a dragged start point: enough for the plot, short in a link. */
const START_DECIMALS = 3;

/** The numeric settings a control can change, by attribute name. */
export type NumericSetting = 'lr' | 'beta1' | 'beta2' | 'eps' | 'wd' | 'momentum';

/** Everything the lab shows follows from this. */
export interface LabState extends AdamLabProps {
  /** The selected step t, from 0 (the start) to `steps`. */
  step: number;
  /** True while Play advances t by itself. */
  playing: boolean;
  /** Playback speed in steps per second (one of SPEEDS). */
  speed: number;
  /** The detail panel on show. */
  panel: PanelId;
}

/** A change to the lab's state. */
export type LabAction =
  | { type: 'surface'; surface: SurfaceId }
  | { type: 'start'; start: readonly number[] }
  | { type: 'setting'; key: NumericSetting; value: number }
  | { type: 'steps'; steps: number }
  | { type: 'toggle'; kind: OptimizerKind }
  | { type: 'forward' }
  | { type: 'back' }
  | { type: 'reset' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'tick' }
  | { type: 'speed'; speed: number }
  | { type: 'panel'; panel: PanelId };

/** The state a lab starts in: its props at step 0, paused. */
export function initialLabState(props: AdamLabProps, step = 0, speed: number = DEFAULT_SPEED, panel: PanelId = 'numbers'): LabState {
  return {
    ...props,
    start: props.start.slice(),
    optimizers: [...props.optimizers],
    step: Math.min(step, props.steps),
    playing: false,
    speed,
    panel,
  };
}

/** Clamps a point into the surface's plotted domain, rounded to START_DECIMALS. */
export function clampStart(surface: SurfaceId, start: readonly number[]): number[] {
  const scale = 10 ** START_DECIMALS;
  return SURFACES[surface].domain.map(([low, high], index) => {
    const value = start[index] ?? 0;
    return Math.round(Math.min(high, Math.max(low, value)) * scale) / scale;
  });
}

/** Applies one action. Returns the same object when nothing changes, so React can skip the render. */
export function labReducer(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case 'surface':
      return action.surface === state.surface ? state : { ...state, surface: action.surface, start: defaultStart(action.surface) };
    case 'start': {
      if (action.start.some((value) => !Number.isFinite(value))) return state;
      const start = clampStart(state.surface, action.start);
      return start.every((value, index) => value === state.start[index]) ? state : { ...state, start };
    }
    case 'setting':
      return Number.isFinite(action.value) && state[action.key] !== action.value ? { ...state, [action.key]: action.value } : state;
    case 'steps': {
      const steps = Math.round(Math.min(LIMITS.steps.max, Math.max(LIMITS.steps.min, action.steps)));
      return Number.isFinite(steps) && steps !== state.steps ? { ...state, steps, step: Math.min(state.step, steps) } : state;
    }
    case 'toggle': {
      const on = state.optimizers.includes(action.kind);
      const optimizers = OPTIMIZER_KINDS.filter((kind) => (kind === action.kind ? !on : state.optimizers.includes(kind)));
      return { ...state, optimizers };
    }
    case 'forward':
      return state.step < state.steps ? { ...state, step: state.step + 1, playing: false } : { ...state, playing: false };
    case 'back':
      return { ...state, step: Math.max(0, state.step - 1), playing: false };
    case 'reset':
      return state.step === 0 && !state.playing ? state : { ...state, step: 0, playing: false };
    case 'play':
      // Playing from the last step starts over, as a media player would.
      return { ...state, playing: true, step: state.step >= state.steps ? 0 : state.step };
    case 'pause':
      return state.playing ? { ...state, playing: false } : state;
    case 'tick': {
      if (!state.playing) return state;
      const step = Math.min(state.step + 1, state.steps);
      return { ...state, step, playing: step < state.steps };
    }
    case 'speed':
      return (SPEEDS as readonly number[]).includes(action.speed) ? { ...state, speed: action.speed } : state;
    case 'panel':
      return action.panel === state.panel ? state : { ...state, panel: action.panel };
  }
}
