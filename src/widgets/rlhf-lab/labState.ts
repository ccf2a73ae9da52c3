/**
 * The lab's state and every change the reader can make to it, as a reducer: pure, so that the URL sync and the tests
 * can build states without React. The reward model's fit and the PPO run are not state: they are recomputed from it.
 */
import type { PpoMode } from '../../math/rlhf/ppo.ts';
import {
  type LabTab,
  MAX_PPO_ITERATIONS,
  MAX_REWARD_STEPS,
  NUMERIC_SETTINGS,
  type NumericSetting,
  type RewardSource,
  type RlhfLabSettings,
} from './props.ts';

/** The tabs in order. */
export const TABS: readonly LabTab[] = ['rank', 'reward', 'ppo'];
/** Steps the "fit it for me" button gives the reward model: enough for the default settings to settle. */
export const QUICK_FIT_STEPS = 200;
/** Largest |c| of the shift demonstration. */
export const MAX_SHIFT = 100;

/** Which of the two step-by-step processes is playing. */
export type Playing = 'reward' | 'ppo' | undefined;

/** Everything the reader can set: the settings plus where each process stands. */
export interface LabState extends RlhfLabSettings {
  tab: LabTab;
  /** The reader's ranking, best first, as reply indices. */
  ranking: number[];
  /** Gradient-descent steps the reward model has taken (0 to MAX_REWARD_STEPS). */
  rewardStep: number;
  /** The constant added to every reward in the shift demonstration. */
  shift: number;
  /** PPO iterations done (0 to MAX_PPO_ITERATIONS). */
  ppoStep: number;
  playing: Playing;
}

/** A change to the lab. `tick` advances whatever plays, up to `limit` (the last step it can reach), then pauses. */
export type LabAction =
  | { type: 'tab'; tab: LabTab }
  | { type: 'move'; from: number; to: number }
  | { type: 'ranking'; ranking: number[] }
  | { type: 'setting'; key: NumericSetting; value: number }
  | { type: 'shift'; value: number }
  | { type: 'mode'; mode: PpoMode }
  | { type: 'reward'; reward: RewardSource }
  | { type: 'step'; which: 'reward' | 'ppo' }
  | { type: 'reset'; which: 'reward' | 'ppo' }
  | { type: 'quickFit' }
  | { type: 'play'; which: 'reward' | 'ppo' }
  | { type: 'pause' }
  | { type: 'playPause'; which: 'reward' | 'ppo' }
  | { type: 'tick'; limit: number };

/** The state a lab starts in: the directive's settings, the default ranking, nothing fitted or run. */
export function initialLabState(settings: RlhfLabSettings, ranking: readonly number[]): LabState {
  return { ...settings, tab: 'rank', ranking: [...ranking], rewardStep: 0, shift: 0, ppoStep: 0, playing: undefined };
}

/** The last step each process can take. */
export const LAST_STEP = { reward: MAX_REWARD_STEPS, ppo: MAX_PPO_ITERATIONS } as const;

const stepKey = (which: 'reward' | 'ppo') => (which === 'reward' ? 'rewardStep' : 'ppoStep');
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** Applies one change. Values arrive validated (number fields refuse what is out of range); they are clamped again. */
export function labReducer(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'move': {
      const { from, to } = action;
      if (from === to || from < 0 || to < 0 || from >= state.ranking.length || to >= state.ranking.length) return state;
      const ranking = [...state.ranking];
      const [moved] = ranking.splice(from, 1);
      ranking.splice(to, 0, moved!);
      return { ...state, ranking };
    }
    case 'ranking':
      return { ...state, ranking: [...action.ranking] };
    case 'setting': {
      const { min, max, integer } = NUMERIC_SETTINGS[action.key];
      const value = clamp(integer ? Math.round(action.value) : action.value, min, max);
      return Number.isFinite(value) ? { ...state, [action.key]: value } : state;
    }
    case 'shift':
      return Number.isFinite(action.value) ? { ...state, shift: clamp(action.value, -MAX_SHIFT, MAX_SHIFT) } : state;
    case 'mode':
      return { ...state, mode: action.mode };
    case 'reward':
      return { ...state, reward: action.reward };
    case 'step': {
      const key = stepKey(action.which);
      return { ...state, [key]: Math.min(state[key] + 1, LAST_STEP[action.which]), playing: undefined };
    }
    case 'reset':
      return { ...state, [stepKey(action.which)]: 0, playing: undefined };
    case 'quickFit':
      return { ...state, rewardStep: Math.max(state.rewardStep, QUICK_FIT_STEPS), playing: undefined };
    case 'play': {
      // Playing from the end starts again from 0, as a media player does.
      const key = stepKey(action.which);
      const restart = state[key] >= LAST_STEP[action.which];
      return { ...state, [key]: restart ? 0 : state[key], playing: action.which };
    }
    case 'pause':
      return { ...state, playing: undefined };
    case 'playPause':
      return state.playing === action.which ? { ...state, playing: undefined } : labReducer(state, { type: 'play', which: action.which });
    case 'tick': {
      if (!state.playing) return state;
      const key = stepKey(state.playing);
      const next = Math.min(state[key] + 1, action.limit);
      return { ...state, [key]: next, playing: next >= action.limit ? undefined : state.playing };
    }
  }
}
